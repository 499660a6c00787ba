import { defineRule } from './rule';
import type { Prose } from '../text/prose';
import { rangeIn, sentencesOf } from '../text/prose';

/** Fewer characters than this in one sentence is a one-liner, not an account of problems and their remedies. */
const SHORT = 40;
const NOTHING = /^(无|暂无|没有|无问题)[。.]?$/;

export const sectionFiveThin = defineRule({
  id: 'section-five-thin',
  severity: 'warning',
  category: 'text',
  fixable: false,
  summary: { zh: '第五部分“存在的主要问题及改进情况”为空、只写“无”或只有一句短话', en: 'section 五 (problems and improvements) is empty, says only 无, or is one short sentence' },
  messages: {
    empty: { zh: '第五部分“存在的主要问题及改进情况”没有内容', en: 'Section 五 (problems and improvements) is empty' },
    nothing: { zh: '第五部分只写了“{text}”：模板要求说明存在的主要问题及改进情况', en: 'Section 五 says only "{text}": the template asks for the main problems and how they are being remedied' },
    short: { zh: '第五部分只有一句话（{length} 字）：模板要求说明存在的主要问题及改进情况', en: 'Section 五 is one sentence ({length} characters): the template asks for the main problems and how they are being remedied' },
  },
  check(ctx) {
    const section = ctx.model.sections.find((s) => s.canonical === 5);
    if (!section) return; // section-missing says it
    // The section's text is kept only while it is short: a longer one says more than 无, and is no one-liner.
    let first: Prose | undefined;
    let last: Prose | undefined;
    let length = 0;
    let text = '';
    let sentences = 0;
    for (const p of ctx.prose) {
      if (p.section !== 5) continue;
      first ??= p;
      last = p;
      length += p.text.length;
      if (length < SHORT) {
        text += p.text;
        sentences += sentencesOf(p).length;
      }
    }
    if (!first || !last) return ctx.report({ range: section.headingRange, message: 'empty' });
    const end = last;
    const range = () => ({ start: rangeIn(first!, 0, 0).start, end: rangeIn(end, 0, end.text.length).end });
    if (length >= SHORT) return;
    if (NOTHING.test(text)) return ctx.report({ range: range(), message: 'nothing', data: { text } });
    if (sentences === 1) ctx.report({ range: range(), message: 'short', data: { length } });
  },
});

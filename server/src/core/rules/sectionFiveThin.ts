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
    const prose = ctx.prose.filter((p) => p.section === 5);
    const text = prose.map((p) => p.text).join('');
    if (!text) return ctx.report({ range: section.headingRange, message: 'empty' });
    const last = prose[prose.length - 1];
    const range = () => ({ start: rangeIn(prose[0], 0, 0).start, end: rangeIn(last, 0, last.text.length).end });
    if (NOTHING.test(text)) return ctx.report({ range: range(), message: 'nothing', data: { text } });
    // Only a short section is split into sentences: a longer one is no one-liner, however many it has.
    if (text.length < SHORT && oneSentence(prose)) ctx.report({ range: range(), message: 'short', data: { length: text.length } });
  },
});

function oneSentence(prose: Prose[]): boolean {
  let count = 0;
  for (const p of prose) count += sentencesOf(p).length;
  return count === 1;
}

import type { Diagnostic, OffsetRange, SectionModel } from '../types';
import type { Rule, RuleContext } from './rule';
import { SECTIONS } from '../template/sections';
import { chineseNumeral } from '../text/normalize';
import { L } from '../i18n/names';
import { structureUnreadable } from './unreadable';

const official = (n: number) => SECTIONS[n - 1];
const heading = (n: number) => `${chineseNumeral(n)}、${official(n).title}`;

/** Where a missing section should have been: before the next section that is there, else after the last one. */
function placeFor(ctx: RuleContext, n: number): OffsetRange {
  const { sections } = ctx.report;
  const next = sections.find((s) => s.canonical !== undefined && s.canonical > n);
  if (next) return next.headingRange;
  const last = sections[sections.length - 1];
  if (last) return last.headingRange;
  return ctx.report.title?.range ?? { start: 0, end: 0 };
}

export const sectionMissing: Rule = {
  id: 'section-missing',
  severity: 'error',
  description: { zh: '缺少模板规定的六个部分之一', en: 'One of the six sections of the template is absent' },
  check(ctx) {
    if (structureUnreadable(ctx.report) || ctx.report.problem) return [];
    const found = new Set(ctx.report.sections.map((s) => s.canonical));
    return SECTIONS.filter((s) => !found.has(s.canonical)).map((s): Diagnostic => ({
      rule: 'section-missing', severity: 'error', range: placeFor(ctx, s.canonical),
      message: L(ctx.lang, `缺少第${chineseNumeral(s.canonical)}部分“${heading(s.canonical)}”`, `Section ${s.canonical} "${s.titleEn}" (${heading(s.canonical)}) is missing`),
    }));
  },
};

export const sectionOrder: Rule = {
  id: 'section-order',
  severity: 'error',
  description: { zh: '各部分顺序错乱、重复出现或编号错误', en: 'Sections out of order, repeated, or misnumbered' },
  check(ctx) {
    if (structureUnreadable(ctx.report)) return [];
    const out: Diagnostic[] = [];
    const seen = new Map<number, SectionModel>();
    let highest = 0;
    let previousNumber = 0;
    for (const s of ctx.report.sections) {
      const n = s.canonical;
      const written = s.numberText ? s.numberValue : NaN;
      if (n !== undefined) {
        const first = seen.get(n);
        if (first) {
          out.push({
            rule: 'section-order', severity: 'error', range: s.headingRange,
            message: L(ctx.lang, `第${chineseNumeral(n)}部分“${official(n).title}”重复出现`, `Section ${n} "${official(n).titleEn}" appears twice`),
            related: [{ range: first.headingRange, message: L(ctx.lang, '第一次出现', 'first occurrence') }],
          });
        } else if (n < highest) {
          out.push({
            rule: 'section-order', severity: 'error', range: s.headingRange,
            message: L(ctx.lang, `第${chineseNumeral(n)}部分“${official(n).title}”应排在第${chineseNumeral(highest)}部分之前`, `Section ${n} "${official(n).titleEn}" should come before section ${highest}`),
          });
        }
        seen.set(n, first ?? s);
        highest = Math.max(highest, n);
      }
      // Numbering as written must run on from the previous heading; a number that matches the section's own place
      // in the template is fine too (the previous section may be missing, which section-missing reports).
      if (!Number.isNaN(written) && written !== previousNumber + 1 && written !== n) {
        out.push({
          rule: 'section-order', severity: 'error', range: s.headingRange,
          message: L(ctx.lang, `编号“${s.numberText}”不连续，应为“${chineseNumeral(previousNumber + 1)}”`, `Numbered "${s.numberText}", out of sequence: should be ${previousNumber + 1}`),
        });
      }
      if (!Number.isNaN(written)) previousNumber = written;
      else previousNumber++;
    }
    return out;
  },
};

export const sectionExtra: Rule = {
  id: 'section-extra',
  severity: 'warning',
  description: { zh: '模板六个部分之外的一级标题', en: 'A top-level section that is not one of the six' },
  check(ctx) {
    if (structureUnreadable(ctx.report)) return [];
    return ctx.report.sections.filter((s) => s.canonical === undefined).map((s): Diagnostic => ({
      rule: 'section-extra', severity: 'warning', range: s.headingRange,
      message: L(ctx.lang, `“${s.title}”不是模板规定的六个部分之一（旧版模板的部分？）`, `"${s.title}" is not one of the template's six sections (from an older template?)`),
    }));
  },
};

export const sectionTitle: Rule = {
  id: 'section-title',
  severity: 'warning',
  description: { zh: '部分标题与模板不一致', en: 'A section title that differs from the official one' },
  check(ctx) {
    return ctx.report.sections.filter((s) => s.canonical !== undefined && s.titleMatch !== 'official').map((s): Diagnostic => {
      const o = official(s.canonical!);
      return {
        rule: 'section-title', severity: 'warning', range: s.titleRange,
        message: L(ctx.lang, `标题“${s.title}”与模板不一致，应为“${o.title}”`, `Title "${s.title}" differs from the template's "${o.title}" (${o.titleEn})`),
        fix: { title: L(ctx.lang, `将标题“${s.title}”改为“${o.title}”`, `Change title "${s.title}" to "${o.title}"`), edits: [{ start: s.titleRange.start, end: s.titleRange.end, text: o.title }] },
      };
    });
  },
};

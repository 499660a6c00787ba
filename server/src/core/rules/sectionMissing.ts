import type { OffsetRange } from '../types';
import type { RuleContext } from './rule';
import { defineRule } from './rule';
import { SECTIONS } from '../template/sections';
import { chineseNumeral } from '../text/normalize';
import { structureUnreadable } from './structureUnreadable';

export const sectionMissing = defineRule({
  id: 'section-missing',
  severity: 'error',
  category: 'structure',
  fixable: false,
  structural: true,
  summary: { zh: '缺少模板规定的六个部分之一', en: 'one of the six sections is absent' },
  messages: {
    missing: { zh: '缺少第{numeral}部分“{heading}”', en: 'Section {number} "{titleEn}" ({heading}) is missing' },
  },
  check(ctx) {
    if (structureUnreadable(ctx.model) || ctx.model.problem) return;
    const found = new Set(ctx.model.sections.map((s) => s.canonical));
    for (const s of SECTIONS) {
      if (found.has(s.canonical)) continue;
      const data = { numeral: chineseNumeral(s.canonical), number: s.canonical, heading: `${chineseNumeral(s.canonical)}、${s.title}`, titleEn: s.titleEn };
      ctx.report({ range: placeFor(ctx, s.canonical), message: 'missing', data });
    }
  },
});

/** Where a missing section should have been: before the next section that is there, else after the last one. */
function placeFor(ctx: RuleContext, n: number): OffsetRange {
  const { sections } = ctx.model;
  const next = sections.find((s) => s.canonical !== undefined && s.canonical > n);
  if (next) return next.headingRange;
  const last = sections[sections.length - 1];
  if (last) return last.headingRange;
  return ctx.model.title?.range ?? { start: 0, end: 0 };
}

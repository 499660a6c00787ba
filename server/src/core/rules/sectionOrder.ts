import type { SectionModel } from '../types';
import { defineRule } from './rule';
import { SECTIONS } from '../template/sections';
import { chineseNumeral } from '../text/normalize';
import { structureUnreadable } from './structureUnreadable';

export const sectionOrder = defineRule({
  id: 'section-order',
  severity: 'error',
  category: 'structure',
  fixable: false,
  structural: true,
  summary: { zh: '各部分顺序错乱、重复出现或编号错误', en: 'sections out of order, repeated, or misnumbered' },
  messages: {
    repeated: { zh: '第{numeral}部分“{title}”重复出现', en: 'Section {number} "{titleEn}" appears twice' },
    firstOccurrence: { zh: '第一次出现', en: 'first occurrence' },
    late: { zh: '第{numeral}部分“{title}”应排在第{highestNumeral}部分之前', en: 'Section {number} "{titleEn}" should come before section {highest}' },
    numbering: { zh: '编号“{written}”不连续，应为“{expectedNumeral}”', en: 'Numbered "{written}", out of sequence: should be {expected}' },
  },
  check(ctx) {
    if (structureUnreadable(ctx.model)) return;
    const seen = new Map<number, SectionModel>();
    let highest = 0;
    let previousNumber = 0;
    for (const s of ctx.model.sections) {
      const n = s.canonical;
      const written = s.numberText ? s.numberValue : NaN;
      if (n !== undefined) {
        const o = SECTIONS[n - 1];
        const data = { numeral: chineseNumeral(n), number: n, title: o.title, titleEn: o.titleEn, highest, highestNumeral: chineseNumeral(highest) };
        const first = seen.get(n);
        if (first) ctx.report({ range: s.headingRange, message: 'repeated', data, related: [{ range: first.headingRange, message: ctx.message('firstOccurrence') }] });
        else if (n < highest) ctx.report({ range: s.headingRange, message: 'late', data });
        seen.set(n, first ?? s);
        highest = Math.max(highest, n);
      }
      // Numbering as written must run on from the previous heading; a number that matches the section's own place
      // in the template is fine too (the previous section may be missing, which section-missing reports).
      if (!Number.isNaN(written) && written !== previousNumber + 1 && written !== n) {
        ctx.report({ range: s.headingRange, message: 'numbering', data: { written: s.numberText, expected: previousNumber + 1, expectedNumeral: chineseNumeral(previousNumber + 1) } });
      }
      if (!Number.isNaN(written)) previousNumber = written;
      else previousNumber++;
    }
  },
});

import type { OffsetRange } from '../types';
import type { Claim } from '../claims/claim';
import type { RuleContext } from './rule';
import { defineRule } from './rule';
import { claimedCells, readableTable } from './textAgainstTable';
import { rangeIn } from '../text/prose';
import { cellName } from '../i18n/names';
import { matchesIn } from '../text/matches';

/** "Every application was settled": 全部办结, 均已办结, 办结率100%, 均已答复完毕. */
const ALL_SETTLED = /(?:所有|全部|均已|已全部|全部已|均)[^，。；0-9]{0,8}?(?:办结|办理完毕)|办结率[达为]?\s*(?:100|１００)\s*[%％]|(?:均已|全部)[^，。；0-9]{0,4}?答复完毕/g;

/** "All settled" must be said of this year's applications, not of proposals (建议提案) or last year's. */
const ABOUT_APPLICATIONS = /申请/;
/** Words that make "all" less than all, or another year's: 除…外, 其余, 上年结转的申请均已办结. */
const NOT_ALL = /除|其余|以外|上年|去年|上一年|建议|提案|信访|投诉/;

const MESSAGES = {
  allSettled: {
    zh: '正文说“{words}”，表三“四、结转下年度继续办理 × 总计”却为 {carriedOut}：仍有申请未办结',
    en: 'The text says "{words}", but table 3\'s "IV. Carried over to next year × total" is {carriedOut}: some applications were not settled',
  },
  twoFigures: { zh: '正文对“{subject}”给出两个数字：此处 {value}，前文 {first}', en: 'The text gives "{subject}" two figures: {value} here, {first} before' },
  firstFigure: { zh: '前文：{first}', en: 'before: {first}' },
};

export const textContradiction = defineRule({
  id: 'text-contradiction',
  severity: 'warning',
  category: 'text',
  fixable: false,
  summary: { zh: '正文自相矛盾：称全部办结而表三仍有结转，或同一件数在两处写成不同的数字', en: 'the text contradicts itself: all settled while table 3 carries some over, or one figure given two values' },
  messages: MESSAGES,
  check(ctx) {
    const table3 = readableTable(ctx, 3);
    const carried = table3?.rows.find((r) => r.key === 'carried_out')?.cells.get('total');
    if (carried?.state === 'number' && carried.value! > 0) {
      for (const s of ctx.sentences) {
        if ((!s.text.includes('办结') && !s.text.includes('答复完毕')) || !ABOUT_APPLICATIONS.test(s.text) || NOT_ALL.test(s.text)) continue;
        for (const m of matchesIn(s.text, ALL_SETTLED)) {
          ctx.report({ range: rangeIn(s.prose, s.from + m.index, s.from + m.index + m[0].length), message: 'allSettled', data: { words: m[0], carriedOut: carried.value! }, table: 3, row: 'carried_out', column: 'total' });
        }
      }
    }
    twoFigures(ctx);
  },
});

/** Where a claim's figure stands in the document. */
const placeOf = (c: Claim) => rangeIn(c.sentence.prose, c.sentence.from + c.from, c.sentence.from + c.to);

/** One figure, two values: each claim against the first claim of the same cells, in document order. */
function twoFigures(ctx: RuleContext<keyof typeof MESSAGES>): void {
  const claims = [...ctx.claims(3), ...ctx.claims(4)].map((c) => ({ c, at: placeOf(c) })).sort((a, b) => a.at.start - b.at.start);
  const first = new Map<string, { c: Claim; at: OffsetRange }>();
  for (const { c, at } of claims) {
    const key = `${c.table}:${c.cells.map((k) => `${k.row}|${k.column}`).join('+')}`;
    const earlier = first.get(key);
    if (!earlier) first.set(key, { c, at });
    else if (earlier.c.value !== c.value) {
      const table = readableTable(ctx, c.table);
      const cells = table && claimedCells(table, c);
      const subject = cells ? cells.map((x) => cellName(ctx.lang, c.table, x, table!.version)).join(' + ') : c.words.trim();
      ctx.report({
        range: at, message: 'twoFigures', data: { subject, value: c.value, first: earlier.c.value },
        related: [{ range: earlier.at, message: ctx.message('firstFigure', { first: earlier.c.value }) }],
      });
    }
  }
}

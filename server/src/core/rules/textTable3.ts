import type { Claim } from '../claims/claim';
import type { RuleContext } from './rule';
import { defineRule } from './rule';
import { rangeIn } from '../text/prose';
import { CLAIM_MESSAGES, readableTable, reportClaims } from './textAgainstTable';

export const textTable3 = defineRule({
  id: 'text-table3',
  severity: 'warning',
  category: 'text',
  fixable: 'suggestion',
  summary: { zh: '正文中申请的件数（新收、上年结转、办结、结转下年度、未收到申请）与表三总计列不符', en: 'counts of applications in the text (received, carried in, answered, carried over, none received) differ from table 3\'s total column' },
  messages: {
    ...CLAIM_MESSAGES,
    textBalance: {
      zh: '这句话的四个数字不满足表三的勾稽关系“一 + 二 = （七） + 四”：{new} + {carriedIn} = {left}，{total} + {carriedOut} = {right}',
      en: 'The four figures of this sentence break table 3\'s I + II = (7) + IV: {new} + {carriedIn} = {left}, {total} + {carriedOut} = {right}',
    },
  },
  check(ctx) {
    const claims = ctx.claims(3);
    const table = readableTable(ctx, 3);
    if (table) reportClaims(ctx, table, claims);
    else for (const group of bySentence(claims)) balanceOfSentence(ctx, group);
  },
});

/** Claims in document order, a sentence's together: the claims of each sentence that makes any. */
function bySentence(claims: Claim[]): Claim[][] {
  const out: Claim[][] = [];
  for (const c of claims) {
    const last = out[out.length - 1];
    if (last && last[0].sentence === c.sentence) last.push(c);
    else out.push([c]);
  }
  return out;
}

/**
 * A sentence that gives all four figures (受理 X 件，答复 Y 件（含上年度结转申请 Z 件，另有 W 件顺延到下年度答复）) is
 * held to table 3's balance, 一 + 二 = （七） + 四, on its own: the text is checked where the table cannot be read.
 */
function balanceOfSentence(ctx: RuleContext<keyof typeof textTable3.messages>, claims: Claim[]): void {
  const total = (row: string) => claims.find((c) => c.written === 'number' && c.cells.length === 1 && c.cells[0].row === row && c.cells[0].column === 'total');
  const [n, ci, t, co] = ['new', 'carried_in', 'total', 'carried_out'].map(total);
  if (!n || !ci || !t || !co) return;
  const left = n.value + ci.value;
  const right = t.value + co.value;
  if (left === right) return;
  const s = n.sentence;
  const from = Math.min(n.from, ci.from, t.from, co.from);
  const to = Math.max(n.to, ci.to, t.to, co.to);
  ctx.report({ range: rangeIn(s.prose, s.from + from, s.from + to), message: 'textBalance', data: { new: n.value, carriedIn: ci.value, total: t.value, carriedOut: co.value, left, right }, table: 3 });
}

// The four equation rules share how a failing equation is reported: on its stated cell, with the fix policy's
// verdict (which cell to change, or why none can be told) after the rule's own first sentence.
import type { Cell, Fix, Lang, ReportModel } from '../types';
import type { Equation, EquationRule } from '../model/equations';
import type { RuleContext } from './rule';
import type { Verdict } from '../fix/repair';
import { required } from '../fix/repair';
import { visible } from './analysis';
import { cellName, columnName, rowName, tableName } from '../i18n/names';
import { formatMessage, Message, MessageData } from '../i18n/message';
import { takesLineBreak } from '../text/lines';

/** The parts of an equation finding's message that all four rules share; the rule's own message names them. */
export const VERDICT_MESSAGES = {
  blank: { zh: '（其中 1 个空白单元格按 0 计算）', en: ' (1 blank cell counted as 0)' },
  blanks: { zh: '（其中 {count} 个空白单元格按 0 计算）', en: ' ({count} blank cells counted as 0)' },
  fixHere: { zh: '可修复：改为 {value}。', en: 'Fix: change it to {value}.' },
  fixByHand: { zh: '应改为 {value}；该数字跨行书写，未提供自动修复。', en: 'It should be {value}; the number is written over two lines, so no automatic fix.' },
  suspect: { zh: '可疑的是 {cell}（现为 {now}）：改为 {value} 可使全表等式成立。', en: 'The suspect is {cell} (now {now}): {value} there makes every equation of the table hold.' },
  several: { zh: '以下任一单元格单独改动都能使等式成立，无法判断哪个有误：{cells}。', en: 'Changing any one of these would make it hold; which is wrong cannot be told: {cells}.' },
  resultRows: {
    zh: '（七）总计与“一 + 二 − 四”相符，可疑的是办理结果各行（如重复计数或录入错误），而非（七）总计；未提供自动修复。',
    en: '(7) Total agrees with I + II − IV, so the result rows are suspect (a request counted twice, a typo), not the total; no automatic fix.',
  },
  carriedOut: {
    zh: '行总计与列总计均成立，通常应为“四、结转下年度继续办理” = 一 + 二 − （七） = {value}；但改动它会破坏该行的总计，请同时核对该行。',
    en: "Row and column totals hold; usually IV = I + II − (7) = {value}, but changing it alone would break that row's total: check the row.",
  },
  noRepair: { zh: '没有哪一个单元格单独改动能使{table}的等式全部成立，请核对：{places}。', en: 'No single cell can be changed to make every equation of {table} hold; check: {places}.' },
  setCell: { zh: '将 {cell} 改为 {value}', en: 'Change {cell} to {value}' },
  related: { zh: '{cell} = {value}', en: '{cell} = {value}' },
} satisfies Record<string, Message>;

type VerdictKey = keyof typeof VERDICT_MESSAGES;
const say = (lang: Lang, key: VerdictKey, data?: MessageData) => formatMessage(VERDICT_MESSAGES[key], lang, data);

/**
 * One finding per failing equation of the rule. The rule's message gets the equation's figures, `blanks` (how many
 * blank cells were counted as 0, or nothing) and `verdict` (the fix policy's conclusion), besides `data(e)`.
 */
export function reportEquations<M extends string>(ctx: RuleContext<M>, id: EquationRule, message: M, data: (e: Equation) => MessageData): void {
  if (!ctx.verdictOf.size) return; // no equation fails
  const { lang, model } = ctx;
  for (const eqs of ctx.equations.values()) {
    for (const e of eqs) {
      if (e.rule !== id || e.holds !== false) continue;
      const verdict = ctx.verdictOf.get(e)!;
      const count = [...e.parts, ...e.stated].filter((c) => c.state === 'missing').length;
      ctx.report({
        range: visible(model.text, e.anchor.valueRange), message,
        data: { expected: e.expected!, actual: e.actual!, blanks: count ? say(lang, count === 1 ? 'blank' : 'blanks', { count }) : '', verdict: diagnosis(ctx, e), ...data(e) },
        table: e.table, row: e.row, column: e.column, expected: e.expected, actual: e.actual,
        related: relatedCells(ctx, e).map((c) => ({ range: visible(model.text, c.valueRange), message: say(lang, 'related', { cell: cellName(lang, e.table, c), value: String(c.value) }) })),
        fix: verdict.chosen && writable(model, verdict.chosen.cell) ? setCellFix(lang, verdict.chosen.cell, verdict.chosen.value, cellName(lang, e.table, verdict.chosen.cell)) : undefined,
      });
    }
  }
}

/** Whether a fix may write into a cell: not when its number stands over a line break (a wrapped cell's lines stay). */
const writable = (model: ReportModel, cell: Cell) => !takesLineBreak(model.text, cell.valueRange, model.hiddenBreaks);

/** The edit that puts `value` into a cell, touching only the number's own characters. */
function setCellFix(lang: Lang, cell: Cell, value: number, name: string): Fix {
  return { title: say(lang, 'setCell', { cell: name, value }), edits: [{ start: cell.valueRange.start, end: cell.valueRange.end, text: String(value) }] };
}

/**
 * The cells the message points the reader to, besides the one it is on: the other stated figures, the cells the
 * verdict suspects, the totals of the other failing equations it names, and for a column total cleared by the
 * balance, that balance's figures. The terms of the sum are not listed: the hover on the total shows them.
 */
function relatedCells(ctx: RuleContext, e: Equation): Cell[] {
  const v = ctx.verdictOf.get(e)!;
  const cells = [...e.stated, ...v.repairs.map((r) => r.cell), ...v.failing.filter((q) => q !== e).map((q) => q.anchor)];
  const balance = e.rule === 'column-total' && !v.repairs.length ? balanceOf(ctx, e) : undefined;
  if (balance?.holds) cells.push(...balance.parts, ...balance.stated);
  return [...new Set(cells)].filter((c) => c !== e.anchor);
}

/** The balance equation (一 + 二 = （七） + 四) of a table-3 column equation's column. */
function balanceOf(ctx: RuleContext, e: Equation): Equation | undefined {
  for (const eqs of ctx.equations.values()) if (eqs.includes(e)) return eqs.find((q) => q.rule === 'balance' && q.column === e.column);
  return undefined;
}

function diagnosis(ctx: RuleContext, e: Equation): string {
  const { lang } = ctx;
  const v: Verdict = ctx.verdictOf.get(e)!;
  if (v.chosen) {
    if (v.chosen.cell === e.anchor) return say(lang, writable(ctx.model, e.anchor) ? 'fixHere' : 'fixByHand', { value: v.chosen.value });
    return say(lang, 'suspect', { cell: cellName(lang, e.table, v.chosen.cell), now: String(v.chosen.cell.value), value: v.chosen.value });
  }
  if (v.repairs.length > 1) return say(lang, 'several', { cells: v.repairs.map((r) => cellName(lang, e.table, r.cell)).join(lang === 'en' ? ', ' : '、') });
  if (e.rule === 'column-total' && balanceOf(ctx, e)?.holds) return say(lang, 'resultRows');
  // A balance that fails alone: 四 is what would make it hold, though changing it breaks its row's total.
  if (e.rule === 'balance' && v.failing.length === 1) return say(lang, 'carriedOut', { value: required(e, e.stated[1]) });
  const places = [...new Set(v.failing.map((q) => (q.rule === 'row-total' ? rowName(lang, q.table, q.row) : columnName(lang, q.table, q.column))))];
  return say(lang, 'noRepair', { table: tableName(lang, e.table), places: places.join(lang === 'en' ? ', ' : '、') });
}

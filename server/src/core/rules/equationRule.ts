import type { Cell, Diagnostic, Lang, RuleId } from '../types';
import type { Equation, EquationRule } from '../model/equations';
import { cellName, columnName, L, rowName, tableName } from '../i18n/names';
import { RuleContext, setCellFix, visible } from './rule';

/** The first sentence of a failing equation's message: what should add up to what, and by how much it does not. */
export type Describe = (lang: Lang, e: Equation) => string;

/** Diagnostics for one equation rule: one per failing equation, with the fix policy's verdict in the message. */
export function checkEquations(ctx: RuleContext, id: EquationRule, describe: Describe): Diagnostic[] {
  const { lang } = ctx;
  const out: Diagnostic[] = [];
  if (!ctx.verdictOf.size) return out; // no equation fails
  for (const eqs of ctx.equations.values()) {
    for (const e of eqs) {
      if (e.rule !== id || e.holds !== false) continue;
      const verdict = ctx.verdictOf.get(e)!;
      let message = describe(lang, e);
      const blanks = [...e.parts, ...e.stated].filter((c) => c.state === 'missing').length;
      if (blanks) message += L(lang, `（其中 ${blanks} 个空白单元格按 0 计算）`, ` (${blanks} blank cell${blanks > 1 ? 's' : ''} counted as 0)`);
      message += L(lang, '。', '. ') + diagnosis(ctx, e);
      const d: Diagnostic = {
        rule: id as RuleId, severity: 'error', message, range: visible(ctx.report.text, e.anchor.valueRange),
        table: e.table, row: e.row, column: e.column, expected: e.expected, actual: e.actual,
        related: relatedCells(ctx, e).map((c) => ({
          range: visible(ctx.report.text, c.valueRange), message: `${cellName(lang, e.table, c)} = ${c.value}`,
        })),
      };
      if (verdict.chosen) d.fix = setCellFix(lang, verdict.chosen.cell, verdict.chosen.value, cellName(lang, e.table, verdict.chosen.cell));
      out.push(d);
    }
  }
  return out;
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
  const v = ctx.verdictOf.get(e)!;
  if (v.chosen) {
    const name = cellName(lang, e.table, v.chosen.cell);
    if (v.chosen.cell === e.anchor) return L(lang, `可修复：改为 ${v.chosen.value}。`, `Fix: change it to ${v.chosen.value}.`);
    return L(
      lang,
      `可疑的是 ${name}（现为 ${v.chosen.cell.value}）：改为 ${v.chosen.value} 可使全表等式成立。`,
      `The suspect is ${name} (now ${v.chosen.cell.value}): ${v.chosen.value} there makes every equation of the table hold.`,
    );
  }
  if (v.repairs.length > 1) {
    const names = v.repairs.map((r) => cellName(lang, e.table, r.cell)).join(L(lang, '、', ', '));
    return L(lang, `以下任一单元格单独改动都能使等式成立，无法判断哪个有误：${names}。`, `Changing any one of these would make it hold; which is wrong cannot be told: ${names}.`);
  }
  if (e.rule === 'column-total') {
    if (balanceOf(ctx, e)?.holds) {
      return L(
        lang,
        '（七）总计与“一 + 二 − 四”相符，可疑的是办理结果各行（如重复计数或录入错误），而非（七）总计；未提供自动修复。',
        '(7) Total agrees with I + II − IV, so the result rows are suspect (a request counted twice, a typo), not the total; no automatic fix.',
      );
    }
  }
  if (e.rule === 'balance') {
    const others = v.failing.filter((q) => q !== e);
    if (!others.length) {
      const four = (e.expected as number) - ((e.actual as number) - (e.stated[1].value as number));
      return L(
        lang,
        `行总计与列总计均成立，通常应为“四、结转下年度继续办理” = 一 + 二 − （七） = ${four}；但改动它会破坏该行的总计，请同时核对该行。`,
        `Row and column totals hold; usually IV = I + II − (7) = ${four}, but changing it alone would break that row's total: check the row.`,
      );
    }
  }
  const rows = [...new Set(v.failing.map((q) => (q.rule === 'row-total' ? rowName(lang, q.table, q.row) : columnName(lang, q.table, q.column))))];
  return L(
    lang,
    `没有哪一个单元格单独改动能使${tableName(lang, e.table)}的等式全部成立，请核对：${rows.join('、')}。`,
    `No single cell can be changed to make every equation of ${tableName(lang, e.table)} hold; check: ${rows.join(', ')}.`,
  );
}


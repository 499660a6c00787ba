// The text rules against the tables share how a claim is held to its table: the cells it names must all be read
// numbers (else nothing is claimed), their sum is the table's figure, and a difference is reported on the text's
// number, with the cells as related places and, for a written number, the table's figure offered in its place.
import type { Cell, TableModel, TableNumber } from '../types';
import type { Claim } from '../claims/claim';
import type { RuleContext } from './rule';
import { cellName, tableName } from '../i18n/names';
import { isContiguous, rangeIn } from '../text/prose';
import { visible } from './analysis';
import { LARGEST_COUNT } from '../parse/cellValue';

/** The messages the rules of the text against a table share (table 2's figures are not all counts: its own differs). */
export const CLAIM_MESSAGES = {
  differs: { zh: '正文写的是 {value} 件（“{words}”），{table}“{cell}”为 {actual}', en: 'The text says {value} ("{words}"), {table} "{cell}" says {actual}' },
  noneButTable: { zh: '正文说“{words}”，{table}“{cell}”却为 {actual}', en: 'The text says "{words}", but {table} "{cell}" is {actual}' },
  fix: { zh: '将正文的 {value} 改为表中的 {actual}', en: 'Change {value} in the text to the table\'s {actual}' },
  cell: { zh: '{cell} = {value}', en: '{cell} = {value}' },
};
export type ClaimMessage = keyof typeof CLAIM_MESSAGES;

/** The readable table of a number, if the report has exactly one. */
export function readableTable(ctx: RuleContext, n: TableNumber): TableModel | undefined {
  const tables = ctx.model.tables.filter((t) => t.number === n);
  return tables.length === 1 && !tables[0].unreadable ? tables[0] : undefined;
}

/** The cells a claim names, when every one of them is in the table and holds a number. */
export function claimedCells(table: TableModel, claim: Claim): Cell[] | undefined {
  const cells: Cell[] = [];
  for (const k of claim.cells) {
    const c = table.rows.find((r) => r.key === k.row)?.cells.get(k.column);
    if (!c || c.state !== 'number') return undefined;
    cells.push(c);
  }
  return cells;
}

export function reportClaims(ctx: RuleContext<ClaimMessage>, table: TableModel, claims: Claim[]): void {
  const { lang, model } = ctx;
  for (const claim of claims) {
    const cells = claimedCells(table, claim);
    if (!cells) continue;
    const actual = cells.reduce((a, c) => a + c.value!, 0);
    if (actual === claim.value) continue;
    const p = claim.sentence.prose;
    const from = claim.sentence.from + claim.from;
    const to = claim.sentence.from + claim.to;
    const name = cells.map((c) => cellName(lang, table.number, c, table.version)).join(' + ');
    const data = { words: claim.words.trim(), value: claim.value, actual, table: tableName(lang, table.number), cell: name };
    const range = rangeIn(p, from, to);
    ctx.report({
      range, message: claim.written === 'number' ? 'differs' : 'noneButTable', data, table: table.number,
      row: cells.length === 1 ? cells[0].row : undefined, column: cells.length === 1 ? cells[0].column : undefined, expected: actual, actual: claim.value,
      related: cells.map((c) => ({ range: visible(model.text, c.valueRange), message: ctx.message('cell', { cell: cellName(lang, table.number, c, table.version), value: c.value! }) })),
      fix: claim.written === 'number' && isContiguous(p, from, to) && actual <= LARGEST_COUNT ? { title: ctx.message('fix', data), edits: [{ ...range, text: String(actual) }] } : undefined,
    });
  }
}

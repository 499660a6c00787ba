import type { Cell, ColumnModel, OffsetRange, RowProblem } from '../types';
import type { RawCell } from '../parse/blocks';
import { looksLikeValue, parseCellValue } from '../parse/cellValue';
import { normalizeLabel } from '../text/normalize';

/** Index of the row's last label cell (text that is not a number or a blank), or -1 when it has none. */
export function lastLabelIndex(cells: RawCell[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (!looksLikeValue(cells[i].text)) return i;
  return -1;
}

export function isBlank(cell: RawCell): boolean {
  return normalizeLabel(cell.text) === '';
}

export interface ReadValues {
  cells: Map<string, Cell>;
  problem?: RowProblem;
}

/**
 * Reads a row's value cells into the given columns. Blank cells beyond the column count at either edge are an
 * export artifact (an extra empty column) and are dropped. Surplus zeros are set aside only when exactly one
 * reading makes the row add up (`sumCheck`); otherwise the row is left unread: never guess which number is extra.
 */
export function readValues(
  values: RawCell[],
  columns: ColumnModel[],
  rowKey: string,
  sumCheck?: (v: number[]) => boolean,
): ReadValues {
  let vs = values.slice();
  while (vs.length > columns.length && isBlank(vs[0])) vs.shift();
  while (vs.length > columns.length && isBlank(vs[vs.length - 1])) vs.pop();
  const found = vs.length;
  if (found < columns.length) return { cells: new Map(), problem: { kind: 'too-few', found, expected: columns.length } };
  let ignored: OffsetRange[] = [];
  if (found > columns.length) {
    const reading = sumCheck ? uniqueReading(vs, columns, sumCheck) : undefined;
    if (!reading) return { cells: new Map(), problem: { kind: 'too-many', found, expected: columns.length } };
    ignored = reading.dropped.map((i) => vs[i].range);
    vs = vs.filter((_, i) => !reading.dropped.includes(i));
  }
  const cells = new Map<string, Cell>();
  columns.forEach((col, i) => cells.set(col.key, makeCell(vs[i], rowKey, col)));
  const problem: RowProblem | undefined = ignored.length
    ? { kind: 'surplus-resolved', found, expected: columns.length, ignored }
    : undefined;
  return { cells, problem };
}

export function makeCell(raw: RawCell, row: string, col: ColumnModel): Cell {
  const p = parseCellValue(raw.text, raw.range.start, col.kind);
  return { text: raw.text, range: raw.range, valueRange: p.valueRange, state: p.state, value: p.value, row, column: col.key };
}

/**
 * Sets surplus cells aside: every way of dropping them is tried, and the row is read only if all readings that add
 * up give the same values and one of them drops nothing but zeros or blanks.
 */
function uniqueReading(vs: RawCell[], columns: ColumnModel[], sumCheck: (v: number[]) => boolean): { dropped: number[] } | undefined {
  const surplus = vs.length - columns.length;
  if (surplus > 2) return undefined;
  const nums = vs.map((c) => parseCellValue(c.text, 0, 'count'));
  if (nums.some((n) => n.state === 'invalid')) return undefined;
  const all = vs.map((_, i) => i);
  const choices: number[][] = surplus === 1 ? all.map((i) => [i]) : all.flatMap((a) => all.filter((b) => b > a).map((b) => [a, b]));
  let key: string | undefined;
  let zeroDrop: number[] | undefined;
  for (const dropped of choices) {
    const v = nums.filter((_, i) => !dropped.includes(i)).map((n) => n.value ?? 0);
    if (!sumCheck(v)) continue;
    const k = v.join(',');
    if (key !== undefined && key !== k) return undefined;
    key = k;
    if (!zeroDrop && dropped.every((i) => nums[i].value === 0)) zeroDrop = dropped;
  }
  return zeroDrop && { dropped: zeroDrop };
}

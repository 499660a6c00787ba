import type { Cell, ColumnModel, RowProblem } from '../types';
import type { RawCells } from '../parse/rawTable';
import { isAsciiDigits, looksLikeValue, parseCellValue } from '../parse/cellValue';
import { isBlankLabel } from '../text/normalize';
import { NO_CELLS, RowCells } from './rowCells';

/** Whether cell i is a label: text that is not a number, a missing-marker or a blank. */
export function isLabelCell(cells: RawCells, i: number): boolean {
  return cells.digits(i) < 0 && !looksLikeValue(cells.text(i));
}

/** Index of the row's last label cell, or -1 when it has none. */
export function lastLabelIndex(cells: RawCells): number {
  for (let i = cells.length - 1; i >= 0; i--) if (isLabelCell(cells, i)) return i;
  return -1;
}

/** Whether cell i has nothing in it once padding and bookmark markers are set aside. */
export function isBlank(cells: RawCells, i: number): boolean {
  return cells.digits(i) < 0 && isBlankLabel(cells.text(i));
}

/** Whether cell i is ASCII digits only: a number, never a label. */
export function isDigitsCell(cells: RawCells, i: number): boolean {
  return cells.digits(i) >= 0 || isAsciiDigits(cells.text(i));
}

export interface ReadValues {
  cells: RowCells;
  problem?: RowProblem;
}

/**
 * Reads a row's value cells (`values` from index `from` on) into the given columns. Blank cells beyond the column
 * count at either edge are an export artifact (an extra empty column) and are dropped. Surplus zeros are set aside
 * only when exactly one reading makes the row add up (`sumCheck`); otherwise the row is left unread: never guess
 * which number is extra.
 */
export function readValues(
  values: RawCells,
  from: number,
  columns: ColumnModel[],
  rowKey: string,
  sumCheck?: (v: number[]) => boolean,
): ReadValues {
  let a = from;
  let b = values.length;
  while (b - a > columns.length && isBlank(values, a)) a++;
  while (b - a > columns.length && isBlank(values, b - 1)) b--;
  const found = b - a;
  const split = splitCell(values, a, b);
  if (split >= 0) return { cells: NO_CELLS, problem: { kind: 'split', found, expected: columns.length, cell: values.range(split), text: values.text(split) } };
  if (found < columns.length) return { cells: NO_CELLS, problem: { kind: 'too-few', found, expected: columns.length } };
  if (found === columns.length) {
    const cells: Cell[] = new Array(columns.length);
    for (let i = 0; i < columns.length; i++) cells[i] = makeCell(values, a + i, rowKey, columns[i]);
    return { cells: new RowCells(cells), problem: undefined };
  }
  const dropped = sumCheck ? uniqueReading(values, a, b, columns.length, sumCheck) : undefined;
  if (!dropped) return { cells: NO_CELLS, problem: { kind: 'too-many', found, expected: columns.length } };
  const ignored = dropped.map((i) => values.range(a + i));
  const cells: Cell[] = [];
  // `dropped` is in ascending order: step through it alongside the cells.
  for (let i = 0, col = 0, d = 0; i < found; i++) {
    if (d < dropped.length && dropped[d] === i) {
      d++;
      continue;
    }
    cells.push(makeCell(values, a + i, rowKey, columns[col]));
    col++;
  }
  return { cells: new RowCells(cells), problem: { kind: 'surplus-resolved', found, expected: columns.length, ignored } };
}

/** The index of the first of values[from, to) whose digits have white space between them (`10 1`), or -1. */
function splitCell(values: RawCells, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (values.digits(i) >= 0) continue;
    const text = values.text(i);
    if (text.length > 2 && parseCellValue(text, 0, 'count').reason === 'split') return i;
  }
  return -1;
}

/** The model's cell of values[i], in row `row` and column `col`. */
export function makeCell(values: RawCells, i: number, row: string, col: ColumnModel): Cell {
  // Most cells are a few plain digits: then the number is the whole cell, and the value range is the cell's range
  // (unless the cell was joined from wrapped lines).
  const text = values.text(i);
  const range = values.range(i);
  const digits = values.digits(i);
  if (digits >= 0 && range.end - range.start === text.length) return { text, range, valueRange: range, state: 'number', value: digits, invalid: undefined, row, column: col.key };
  const p = parseCellValue(text, range.start, col.kind);
  // The value's offsets count its characters from the cell's start, which holds on a wrapped cell's first line
  // only: a number that reaches past it stands somewhere in the whole cell, line breaks and all.
  const firstLine = values.firstLine(i);
  const wrapped = firstLine !== undefined && p.valueRange.end > range.start + firstLine;
  return { text, range, valueRange: wrapped ? range : p.valueRange, state: p.state, value: p.value, invalid: p.reason, row, column: col.key };
}

/**
 * Sets surplus cells aside: every way of dropping them from `values[from..to)` is tried, and the row is read only if
 * all readings that add up give the same values and one of them drops nothing but zeros or blanks. Returns the
 * dropped indices (relative to `from`) of that reading.
 */
function uniqueReading(values: RawCells, from: number, to: number, columns: number, sumCheck: (v: number[]) => boolean): number[] | undefined {
  const n = to - from;
  const surplus = n - columns;
  if (surplus > 2) return undefined;
  const nums: number[] = [];
  for (let i = from; i < to; i++) {
    const num = cellNumber(values, i);
    if (num < 0) return undefined;
    nums.push(num);
  }
  // Every reading is written into the one `reading` array; the first that adds up is kept as a copy.
  const reading: number[] = [];
  let agreed: number[] | undefined;
  let zeroDrop: number[] | undefined;
  /** Checks `reading`, cells x and y left out (y = -1: only x): false when it adds up to other values than an earlier one. */
  const consistent = (x: number, y: number): boolean => {
    if (!sumCheck(reading)) return true;
    if (agreed && !sameNumbers(agreed, reading)) return false;
    agreed ??= reading.slice();
    if (!zeroDrop && nums[x] === 0 && (y < 0 || nums[y] === 0)) zeroDrop = y < 0 ? [x] : [x, y];
    return true;
  };
  if (surplus === 1) {
    fillReading(reading, nums, 0, -1);
    for (let x = 0; x < n; x++) {
      // Dropping cell x instead of cell x - 1 changes one number: position x - 1 now holds cell x - 1.
      if (x > 0) reading[x - 1] = nums[x - 1];
      if (!consistent(x, -1)) return undefined;
    }
    return zeroDrop;
  }
  for (let x = 0; x < n; x++) {
    for (let y = x + 1; y < n; y++) {
      fillReading(reading, nums, x, y);
      if (!consistent(x, y)) return undefined;
    }
  }
  return zeroDrop;
}

/** The numbers of a reading that leaves out cells x and y (y = -1: only x). */
function fillReading(reading: number[], nums: number[], x: number, y: number): void {
  let k = 0;
  for (let i = 0; i < nums.length; i++) if (i !== x && i !== y) reading[k++] = nums[i];
}

/** A surplus-row cell's number for the sum check (missing counts as 0), or -1 when it is not a number. */
function cellNumber(values: RawCells, i: number): number {
  if (values.digits(i) >= 0) return values.digits(i);
  const p = parseCellValue(values.text(i), 0, 'count');
  return p.state === 'invalid' ? -1 : p.value ?? 0;
}

/** Same numbers in the same order. */
function sameNumbers(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// A table as a reader read it, before the model knows which table it is: rows of cells with their text and place.
// Rows and cells are read by index. The text reader keeps a table's cells as offsets into the text, in typed
// arrays, and makes a cell or a row object only when one is asked for: a text of millions of tab-only lines (or a
// Word row of a million cells) holds no object per cell. Other readers, whose documents are small, hand in arrays.
import type { Layout, OffsetRange } from '../types';
import type { UnreadableReason } from '../source/document';
import { plainDigitsValue } from './cellValue';

export interface RawCell {
  text: string;
  range: OffsetRange;
  /**
   * The number when the text is 1–9 ASCII digits and nothing else (`plainDigitsValue`), else -1. Most cells are such
   * numbers: they are read once, as the cell is cut, and every later step asks this instead of the text.
   */
  digits: number;
  /**
   * A cell joined from pieces on several lines (a wrapped cell): how many of its text's characters stand on its
   * first line, from `range.start` on. The rest stand further on in its range, after a line break.
   */
  firstLine?: number;
}

/** A cell of the given text, its number read. */
export function rawCell(text: string, range: OffsetRange): RawCell {
  return { text, range, digits: plainDigitsValue(text) };
}

/** A row's cells by index (0 ≤ i < length); `range` and `cell` make a new object on each call. */
export interface RawCells {
  readonly length: number;
  text(i: number): string;
  digits(i: number): number;
  start(i: number): number;
  end(i: number): number;
  range(i: number): OffsetRange;
  /** A wrapped cell's characters on its first line (see RawCell); undefined for a cell on one line. */
  firstLine(i: number): number | undefined;
  cell(i: number): RawCell;
}

export interface RawRow {
  cells: RawCells;
  range: OffsetRange;
}

/** A table's rows by index; `row` makes the row when asked for. */
export interface RawRows {
  readonly length: number;
  row(i: number): RawRow;
}

export interface RawTable {
  layout: Layout;
  rows: RawRows;
  range: OffsetRange;
  /** Set by a reader that could not read the table with certainty: nothing is claimed from its cells. */
  unreadable?: UnreadableReason;
}

/** Cells held as objects: a small document's reader, a row joined from two, a caption. */
export class CellArray implements RawCells {
  constructor(private readonly list: readonly RawCell[]) {}

  get length(): number {
    return this.list.length;
  }
  text(i: number): string {
    return this.list[i].text;
  }
  digits(i: number): number {
    return this.list[i].digits;
  }
  start(i: number): number {
    return this.list[i].range.start;
  }
  end(i: number): number {
    return this.list[i].range.end;
  }
  range(i: number): OffsetRange {
    const r = this.list[i].range;
    return { start: r.start, end: r.end };
  }
  firstLine(i: number): number | undefined {
    return this.list[i].firstLine;
  }
  cell(i: number): RawCell {
    const c = this.list[i];
    return c.firstLine === undefined ? { text: c.text, range: this.range(i), digits: c.digits } : { text: c.text, range: this.range(i), digits: c.digits, firstLine: c.firstLine };
  }
}

/** Rows held as objects. */
export class RowArray implements RawRows {
  constructor(private readonly list: readonly RawRow[]) {}

  get length(): number {
    return this.list.length;
  }
  row(i: number): RawRow {
    return this.list[i];
  }
}

/** Every row, as objects (for a reader of a few rows: a test, a document made of a text). */
export function rowList(rows: RawRows): RawRow[] {
  return Array.from({ length: rows.length }, (_, i) => rows.row(i));
}

/** Every cell, as objects. */
export function cellList(cells: RawCells): RawCell[] {
  return Array.from({ length: cells.length }, (_, i) => cells.cell(i));
}

/** Runs of rows of one or more tables, one after another: the rows of one statistical table. */
export class RowRuns implements RawRows {
  private readonly runs: { rows: RawRows; from: number }[] = [];
  /** Where each run ends, counted over all runs. */
  private readonly ends: number[] = [];

  get length(): number {
    return this.ends.length ? this.ends[this.ends.length - 1] : 0;
  }

  /** Rows [from, to) of `rows` after the runs so far. */
  add(rows: RawRows, from: number, to: number): this {
    if (to > from) {
      this.runs.push({ rows, from });
      this.ends.push(this.length + to - from);
    }
    return this;
  }

  /** The rows of `other` after the runs so far. */
  addAll(other: RowRuns): this {
    other.runs.forEach((run, k) => this.add(run.rows, run.from, run.from + other.ends[k] - (k ? other.ends[k - 1] : 0)));
    return this;
  }

  row(i: number): RawRow {
    if (this.runs.length === 1) return this.runs[0].rows.row(this.runs[0].from + i);
    // The run that holds row i: the first to end after it.
    let lo = 0;
    let hi = this.ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid] > i) hi = mid;
      else lo = mid + 1;
    }
    const run = this.runs[lo];
    return run.rows.row(run.from + i - (lo ? this.ends[lo - 1] : 0));
  }
}

/** cells[from, to) followed by more[0, length): a row broken by a page break, put together again. */
export function joinedCells(cells: RawCells, from: number, more: RawCells): RawCells {
  const list: RawCell[] = [];
  for (let i = from; i < cells.length; i++) list.push(cells.cell(i));
  for (let i = 0; i < more.length; i++) list.push(more.cell(i));
  return new CellArray(list);
}

/** The most cells a store keeps the texts of once cut. */
const KEEP_TEXTS_UP_TO = 1 << 16;

/** The strings of 0–999, made once: most table cells are one of them. */
const SMALL_NUMBERS = Array.from({ length: 1000 }, (_, n) => String(n));

/**
 * The cells and rows of a text's tables, as offsets: cell k is text[starts[k], ends[k]) with its `digits`, unless
 * `joined` gives it another text (a cell wrapped over lines); row r holds cells [firsts[r], firsts[r + 1]) and is
 * text[rowStarts[r], rowEnds[r]). Filled in reading order, up to the capacity the reader counted first, so that no
 * array is grown past its use; a table is a run of its rows (`rowsFrom`).
 */
export class TableCells {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly cellDigits: Int32Array;
  /** The text of each cell that was asked for, unless it costs nothing to make again (a small number, an empty cell). */
  private texts?: (string | undefined)[];
  /** The texts of the cells joined from wrapped lines, and how much of each stands on its first line. */
  private joined?: Map<number, string>;
  private firstLines?: Map<number, number>;
  private readonly firsts: Int32Array;
  private readonly rowStarts: Int32Array;
  private readonly rowEnds: Int32Array;
  private cells = 0;
  private rows = 0;

  /**
   * A store for the tables of `source`: `cellCount` cells (its texts are kept in an array of that size) and
   * `rowCount` rows. Its arrays share one buffer: one allocation instead of six.
   */
  constructor(private readonly source: string, private readonly cellCount: number, rowCount: number) {
    const buffer = new ArrayBuffer(4 * (3 * cellCount + 3 * rowCount + 1));
    let offset = 0;
    const next = (length: number): Int32Array => {
      const array = new Int32Array(buffer, offset, length);
      offset += 4 * length;
      return array;
    };
    this.starts = next(cellCount);
    this.ends = next(cellCount);
    this.cellDigits = next(cellCount);
    this.firsts = next(rowCount + 1);
    this.rowStarts = next(rowCount);
    this.rowEnds = next(rowCount);
  }

  /** How many rows are read so far. */
  get rowCount(): number {
    return this.rows;
  }

  /** How many cells the row being read has so far. */
  get openCells(): number {
    return this.cells - this.firsts[this.rows];
  }

  /** A cell of the row being read: text[start, end). */
  addCell(start: number, end: number): void {
    const k = this.cells++;
    this.starts[k] = start;
    this.ends[k] = end;
    this.cellDigits[k] = plainDigitsValue(this.source, start, end);
  }

  /** The text of the last cell read. */
  lastCellText(): string {
    return this.cellText(this.cells - 1);
  }

  /** The last cell read continues on a line that ends at `end`: its text becomes `text`. */
  extendLastCell(end: number, text: string): void {
    const k = this.cells - 1;
    const lines = (this.firstLines ??= new Map());
    if (!lines.has(k)) lines.set(k, this.cellText(k).length);
    this.ends[k] = end;
    (this.joined ??= new Map()).set(k, text);
    this.cellDigits[k] = plainDigitsValue(text);
  }

  /** A wrapped cell's characters on its first line; undefined for a cell on one line. */
  cellFirstLine(k: number): number | undefined {
    return this.firstLines?.get(k);
  }

  /** Ends the row being read, [start, end) of the text. */
  endRow(start: number, end: number): void {
    const r = this.rows++;
    this.rowStarts[r] = start;
    this.rowEnds[r] = end;
    this.firsts[r + 1] = this.cells;
  }

  /** Drops the cells of the row being read (a Markdown delimiter row). */
  dropOpenRow(): void {
    const from = this.firsts[this.rows];
    // Its texts, kept as they were read, are not the next row's.
    for (let k = from; k < this.cells; k++) {
      if (this.texts) this.texts[k] = undefined;
      this.joined?.delete(k);
      this.firstLines?.delete(k);
    }
    this.cells = from;
  }

  /** The text of the open row's cells, from its first: whether every one passes `test`. */
  openCellsAll(test: (text: string) => boolean): boolean {
    for (let k = this.firsts[this.rows]; k < this.cells; k++) if (!test(this.cellText(k))) return false;
    return true;
  }

  /** Rows [from, from + count) as a table's rows. */
  rowsFrom(from: number, count: number): RawRows {
    return new StoredRows(this, from, count);
  }

  row(r: number): RawRow {
    const from = this.firsts[r];
    return { cells: new StoredCells(this, from, this.firsts[r + 1] - from), range: { start: this.rowStarts[r], end: this.rowEnds[r] } };
  }

  /**
   * The text of cell k. A number of up to three digits without a leading zero is not cut out of the text; other
   * texts (labels, mostly) are kept once cut, as the model reads a label several times.
   */
  cellText(k: number): string {
    const start = this.starts[k];
    const length = this.ends[k] - start;
    if (length === 0) return '';
    const d = this.cellDigits[k];
    // (A joined cell of digits is that number too: its text starts where its range does.)
    if (d >= 0 && length <= 3 && (length === 1 || this.source.charCodeAt(start) !== 0x30 /* 0 */)) return SMALL_NUMBERS[d];
    const kept = this.joined?.get(k) ?? this.texts?.[k];
    if (kept !== undefined) return kept;
    const text = this.source.slice(start, start + length);
    this.keep(k, text);
    return text;
  }

  /**
   * Keeps the text of cell k, in an array made for the first kept text. A text of more cells than a report has (a
   * million) keeps none: the array would cost more than cutting a label again.
   */
  private keep(k: number, text: string): void {
    if (this.cellCount <= KEEP_TEXTS_UP_TO) (this.texts ??= new Array<string | undefined>(this.cellCount))[k] = text;
  }

  cellDigitsAt(k: number): number {
    return this.cellDigits[k];
  }
  cellStart(k: number): number {
    return this.starts[k];
  }
  cellEnd(k: number): number {
    return this.ends[k];
  }
}

/** A run of rows of a TableCells. */
class StoredRows implements RawRows {
  constructor(private readonly store: TableCells, private readonly from: number, readonly length: number) {}

  row(i: number): RawRow {
    return this.store.row(this.from + i);
  }
}

/** The cells of one row of a TableCells. */
class StoredCells implements RawCells {
  constructor(private readonly store: TableCells, private readonly from: number, readonly length: number) {}

  text(i: number): string {
    return this.store.cellText(this.from + i);
  }
  digits(i: number): number {
    return this.store.cellDigitsAt(this.from + i);
  }
  start(i: number): number {
    return this.store.cellStart(this.from + i);
  }
  end(i: number): number {
    return this.store.cellEnd(this.from + i);
  }
  range(i: number): OffsetRange {
    return { start: this.start(i), end: this.end(i) };
  }
  firstLine(i: number): number | undefined {
    return this.store.cellFirstLine(this.from + i);
  }
  cell(i: number): RawCell {
    const firstLine = this.firstLine(i);
    const cell: RawCell = { text: this.text(i), range: this.range(i), digits: this.digits(i) };
    if (firstLine !== undefined) cell.firstLine = firstLine;
    return cell;
  }
}

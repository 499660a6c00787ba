import type { Layout } from '../types';
import { isPadding, skipPadding } from './cellValue';
import { breaksAtLf, countBreaks, lineEnd, nextLineStart } from '../text/lines';
import { isWhiteSpaceOnly } from '../text/normalize';
import { RawTable, TableCells } from './rawTable';

export type { RawCell, RawCells, RawRow, RawRows, RawTable } from './rawTable';
export { rawCell } from './rawTable';

/** A line outside the tables: prose, a heading, a title or a blank line. [start, end) leaves out the line break. */
export interface TextLine {
  start: number;
  end: number;
  text: string;
}

export type Block =
  | { kind: 'text'; line: TextLine }
  | { kind: 'table'; table: RawTable };

/** The lines of a text as offsets: line i < count is [starts[i], ends[i]), its break left out. */
export interface LineSpans {
  text: string;
  count: number;
  starts: Int32Array;
  ends: Int32Array;
}

const BLANK = 0;
/** A Word cell: one tab, at the start. */
const CELL = 1;
/** A tab-separated row: a tab anywhere else, or two. */
const TSV = 2;
const PIPE = 3;
const TEXT = 4;

const LAYOUTS: Layout[] = ['word', 'tsv', 'markdown'];
const WORD = 0;
const TSV_LAYOUT = 1;
const MARKDOWN = 2;

/** Lines a text's arrays are first made for (a report has a few hundred): a longer text's are made to its count. */
const FIRST_LINES = 1024;
/** Per table run: first line, last line, the line after its blank lines, layout, first row, row count. */
const RUN = 6;

/** How many lines the text has: one more than its line breaks. */
const lineCount = (text: string) => countBreaks(text) + 1;

/**
 * The text's lines and their kinds in one pass, without cutting the text into strings. Most lines of a report are
 * a Word cell: a tab and a few characters, read character by character. Other lines (prose, tab-separated rows) are
 * longer: their break and tabs are searched for, and the next tab of the text is remembered between lines, so a
 * line is searched for tabs only when it may hold one. When the first arrays are full, the lines left are counted
 * and arrays of the size needed made: never more than the text's lines, however long the text.
 */
function scanLines(text: string): LineSpans & { kinds: Uint8Array } {
  let { starts, ends, kinds } = lineArrays(Math.min(FIRST_LINES, text.length + 1));
  let count = 0;
  const n = text.length;
  const lfOnly = breaksAtLf(text);
  let tabAt = -1;
  for (let start = 0; ; ) {
    let end: number;
    let kind: number;
    if (text.charCodeAt(start) === 9 /* tab */) {
      // A line ends at its first CR or LF (with lfOnly, every CR is followed by an LF).
      end = start + 1;
      let tabs = 1;
      for (; end < n; end++) {
        const c = text.charCodeAt(end);
        if (c === 10 || c === 13) break;
        if (c === 9) tabs++;
      }
      kind = tabs > 1 ? TSV : CELL;
    } else {
      end = lineEnd(text, start, lfOnly);
      if (tabAt < start) tabAt = nextTab(text, start);
      if (tabAt < end) kind = TSV; // a tab after the line's start
      else {
        const i = skipPadding(text, start, end);
        kind = i === end ? BLANK : text.charCodeAt(i) === 0x7c /* | */ ? PIPE : TEXT;
      }
    }
    if (count === starts.length) {
      // The first arrays are full: the rest of the text is counted, and arrays of the size needed made.
      const larger = lineArrays(count + lineCount(text.slice(start)));
      larger.starts.set(starts);
      larger.ends.set(ends);
      larger.kinds.set(kinds);
      ({ starts, ends, kinds } = larger);
    }
    starts[count] = start;
    ends[count] = end;
    kinds[count] = kind;
    count++;
    if (end === n) return { text, count, starts, ends, kinds };
    start = nextLineStart(text, end);
  }
}

/** Arrays for `size` lines, on one buffer: one allocation instead of three. */
function lineArrays(size: number): { starts: Int32Array; ends: Int32Array; kinds: Uint8Array } {
  const buffer = new ArrayBuffer(size * 9);
  return { starts: new Int32Array(buffer, 0, size), ends: new Int32Array(buffer, 4 * size, size), kinds: new Uint8Array(buffer, 8 * size, size) };
}

/** The first tab at or after `from`; the text's length when there is none. */
function nextTab(text: string, from: number): number {
  const at = text.indexOf('\t', from);
  return at < 0 ? text.length : at;
}

/** A non-tab line right after a non-empty Word cell is that cell's wrapped continuation, if it is short. */
function isContinuation(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 40 && !/[。；;]$/.test(t);
}

const isTableKind = (k: number) => k === CELL || k === TSV || k === PIPE;

type Lines = ReturnType<typeof scanLines>;

/**
 * A text's blocks in reading order, made as they are read (a block is not kept for every line): the lines that are
 * not white space only, outside the table runs, and each run's table, then the text lines among its trailing blank
 * lines.
 */
class TextBlocks implements Iterable<Block> {
  constructor(private readonly lines: LineSpans, private readonly runs: Int32Array, private readonly runCount: number, private readonly cells: TableCells) {}

  *[Symbol.iterator](): Iterator<Block> {
    const { count } = this.lines;
    let run = 0;
    for (let i = 0; i < count; ) {
      if (run < this.runCount && this.runs[run * RUN] === i) {
        yield { kind: 'table', table: this.table(run) };
        const resume = this.runs[run * RUN + 2];
        for (let b = this.runs[run * RUN + 1] + 1; b < resume; b++) if (this.isText(b)) yield this.textBlock(b);
        i = resume;
        run++;
        continue;
      }
      if (this.isText(i)) yield this.textBlock(i);
      i++;
    }
  }

  /**
   * A text line becomes a block unless it is white space only. That is not the same as BLANK: a zero-width space is
   * padding in a cell but not white space, and a form feed is white space but not padding.
   */
  private isText(i: number): boolean {
    return !isWhiteSpaceOnly(this.lines.text, this.lines.starts[i], this.lines.ends[i]);
  }

  private textBlock(i: number): Block {
    const { text, starts, ends } = this.lines;
    return { kind: 'text', line: { start: starts[i], end: ends[i], text: text.slice(starts[i], ends[i]) } };
  }

  private table(run: number): RawTable {
    const r = this.runs.subarray(run * RUN, run * RUN + RUN);
    return { layout: LAYOUTS[r[3]], rows: this.cells.rowsFrom(r[4], r[5]), range: { start: this.lines.starts[r[0]], end: this.lines.ends[r[1]] } };
  }
}

/**
 * One linear pass over the lines: runs of table lines become tables, every other line that is not white space only a
 * text line. The runs are found first and their cells counted, then read into arrays of that size.
 * `isHeading` keeps a heading that directly follows a cell line from being read as a wrapped cell.
 * Returns the lines too, as offsets: a section ends at the last line of content before the next heading.
 */
export function readBlocks(text: string, isHeading: (text: string) => boolean): { blocks: Iterable<Block>; lines: LineSpans } {
  const lines = scanLines(text);
  const { starts, ends, kinds, count } = lines;
  const lineText = (i: number) => text.slice(starts[i], ends[i]);
  let runs: Int32Array = new Int32Array(RUN * 8);
  let runCount = 0;
  let cellCount = 0;
  let rowCount = 0;
  let i = 0;
  while (i < count) {
    const k = kinds[i];
    if (!isTableKind(k)) {
      i++;
      continue;
    }
    // A table run: table lines, blank lines, and wrapped continuations, up to the next plain text line.
    const first = i;
    let last = i;
    let j = i;
    let hasTsv = false;
    while (j < count) {
      const kj = kinds[j];
      if (isTableKind(kj)) {
        if ((k === PIPE) !== (kj === PIPE)) break;
        if (kj === TSV) hasTsv = true;
        last = j;
        j++;
      } else if (kj === BLANK) {
        j++;
      } else if (kinds[j - 1] === CELL && !isWhiteSpaceOnly(text, starts[j - 1], ends[j - 1]) && isContinuation(lineText(j)) && !isHeading(lineText(j))) {
        kinds[j] = TEXT;
        last = j;
        j++;
      } else {
        break;
      }
    }
    const layout = k === PIPE ? MARKDOWN : hasTsv ? TSV_LAYOUT : WORD;
    const [cells, rows] = capacityOf(lines, layout, first, last);
    cellCount += cells;
    rowCount += rows;
    if ((runCount + 1) * RUN > runs.length) runs = grown(runs);
    runs.set([first, last, j, layout, 0, 0], runCount * RUN);
    runCount++;
    i = j;
  }
  const store = new TableCells(text, cellCount, rowCount);
  for (let r = 0; r < runCount; r++) {
    const at = r * RUN;
    const from = store.rowCount;
    const read = runs[at + 3] === WORD ? wordRows : runs[at + 3] === TSV_LAYOUT ? tsvRows : pipeRows;
    read(lines, runs[at], runs[at + 1], store);
    runs[at + 4] = from;
    runs[at + 5] = store.rowCount - from;
  }
  const spans = { text, count, starts, ends };
  return { blocks: new TextBlocks(spans, runs, runCount, store), lines: spans };
}

/** `array` in one twice its size. */
function grown(array: Int32Array): Int32Array {
  const to = new Int32Array(array.length * 2);
  to.set(array);
  return to;
}

/**
 * How many cells and rows a table run may hold at most: its Word cells and the runs of them between blank lines, or
 * its tabs or pipes and lines.
 */
function capacityOf({ text, starts, ends, kinds }: Lines, layout: number, first: number, last: number): [number, number] {
  let lines = 0;
  let cells = 0;
  let rows = 0;
  let inRow = false;
  for (let n = first; n <= last; n++) {
    if (layout === WORD) {
      if (kinds[n] === CELL) {
        cells++;
        if (!inRow) rows++;
        inRow = true;
      } else if (kinds[n] === BLANK) inRow = false;
    } else if (kinds[n] !== BLANK && (layout === TSV_LAYOUT || kinds[n] === PIPE)) {
      lines++;
      // Blank lines hold no tab or pipe, and a pipe run has no wrapped lines: the run's separators are its rows'.
    }
  }
  if (layout === WORD) return [cells, rows];
  const mark = layout === TSV_LAYOUT ? '\t' : '|';
  const end = ends[last];
  let marks = 0;
  for (let at = text.indexOf(mark, starts[first]); at >= 0 && at < end; at = text.indexOf(mark, at + 1)) marks++;
  return layout === TSV_LAYOUT ? [lines + marks, lines] : [marks, lines];
}

/** Word export: a cell per tab-led line, a blank line ends the row, a tab-less line continues the cell above. */
function wordRows({ text, starts, ends, kinds }: Lines, first: number, last: number, store: TableCells): void {
  let rowStart = 0;
  let lastEnd = 0;
  const flush = () => {
    if (store.openCells) store.endRow(rowStart, lastEnd);
  };
  for (let n = first; n <= last; n++) {
    const start = starts[n];
    const end = ends[n];
    if (kinds[n] === BLANK) {
      flush();
      continue;
    }
    if (kinds[n] === TEXT) {
      // Continuation of the previous cell: join the pieces, the range spans both lines.
      if (store.openCells) store.extendLastCell(end, store.lastCellText() + text.slice(start, end).trim());
      lastEnd = end;
      continue;
    }
    if (!store.openCells) rowStart = start;
    store.addCell(start + 1, end);
    lastEnd = end;
  }
  flush();
}

/** Tab-separated rows: one row per line, blank lines (page breaks) in between skipped. */
function tsvRows({ text, starts, ends, kinds }: Lines, first: number, last: number, store: TableCells): void {
  for (let n = first; n <= last; n++) {
    if (kinds[n] === BLANK) continue;
    const start = starts[n];
    const end = ends[n];
    // Cells are short: a loop over the line's characters finds the tabs faster than a search per cell.
    for (let s = start, p = start; p <= end; p++) {
      if (p === end || text.charCodeAt(p) === 9 /* tab */) {
        store.addCell(s, p);
        s = p + 1;
      }
    }
    store.endRow(start, end);
  }
}

const DELIMITER_CELL = /^:?-{2,}:?$/;
const isDelimiterCell = (t: string) => DELIMITER_CELL.test(t);

/** Markdown pipe rows; the delimiter row (|---|) is skipped, cell text is trimmed (ranges follow the text). */
function pipeRows({ text, starts, ends, kinds }: Lines, first: number, last: number, store: TableCells): void {
  for (let n = first; n <= last; n++) {
    if (kinds[n] !== PIPE) continue;
    const lineStart = starts[n];
    const lineEnd = ends[n];
    const open = text.indexOf('|', lineStart);
    let close = lineEnd;
    while (close > open + 1 && isPadding(text.charCodeAt(close - 1))) close--;
    if (close > open + 1 && text.charCodeAt(close - 1) === 0x7c /* | */) close--;
    let s = open + 1;
    for (let p = open + 1; p <= close; p++) {
      if (p === close || (text.charCodeAt(p) === 0x7c && text.charCodeAt(p - 1) !== 0x5c /* \ */)) {
        let a = skipPadding(text, s, p);
        let b = p;
        while (b > a && isPadding(text.charCodeAt(b - 1))) b--;
        // An empty cell: the insertion point is just after the opening pipe and one space, if there is one.
        if (a === b) a = b = Math.min(s + 1, p);
        store.addCell(a, b);
        s = p + 1;
      }
    }
    if (store.openCellsAll(isDelimiterCell)) store.dropOpenRow();
    else store.endRow(lineStart, lineEnd);
  }
}

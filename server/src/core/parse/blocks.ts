import type { Layout, OffsetRange } from '../types';
import type { UnreadableReason } from '../source/document';
import { isPadding, plainDigitsValue, skipPadding } from './cellValue';
import { breaksAtLf, lineEnd, nextLineStart } from '../text/lines';
import { isWhiteSpaceOnly } from '../text/normalize';

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

export interface RawRow {
  cells: RawCell[];
  range: OffsetRange;
}

export interface RawTable {
  layout: Layout;
  rows: RawRow[];
  range: OffsetRange;
  /** Set by a reader that could not read the table with certainty: nothing is claimed from its cells. */
  unreadable?: UnreadableReason;
}

/** A line outside the tables: prose, a heading, a title or a blank line. [start, end) leaves out the line break. */
export interface TextLine {
  start: number;
  end: number;
  text: string;
}

export type Block =
  | { kind: 'text'; line: TextLine }
  | { kind: 'table'; table: RawTable };

/**
 * The lines of a text as offsets: line i < count is [starts[i], ends[i]), its break left out. The arrays are
 * reused by the next call of readBlocks: read them before parsing another text.
 */
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

/**
 * The text's lines and their kinds in one pass, without cutting the text into strings. Most lines of a report are
 * a Word cell: a tab and a few characters, read character by character. Other lines (prose, tab-separated rows) are
 * longer: their break and tabs are searched for, and the next tab of the text is remembered between lines, so a
 * line is searched for tabs only when it may hold one. The offsets go into the scratch typed arrays, grown by
 * doubling.
 */
function scanLines(text: string): LineSpans & { kinds: Uint8Array } {
  let capacity = scratch.starts.length;
  let { starts, ends, kinds } = scratch;
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
    if (count === capacity) {
      capacity *= 2;
      starts = grown(starts, new Int32Array(capacity));
      ends = grown(ends, new Int32Array(capacity));
      kinds = grown(kinds, new Uint8Array(capacity));
    }
    starts[count] = start;
    ends[count] = end;
    kinds[count] = kind;
    count++;
    if (end === n) {
      if (capacity <= MAX_KEPT_LINES) scratch = { starts, ends, kinds };
      return { text, count, starts, ends, kinds };
    }
    start = nextLineStart(text, end);
  }
}

/** The first tab at or after `from`; the text's length when there is none. */
function nextTab(text: string, from: number): number {
  const at = text.indexOf('\t', from);
  return at < 0 ? text.length : at;
}

/**
 * The arrays of the last scan, reused by the next one: allocating typed arrays costs more than scanning a report's
 * lines. A scan's spans are therefore read before the next scan starts (buildReport does). Arrays grown past
 * MAX_KEPT_LINES, for one very long text, are not kept.
 */
let scratch = { starts: new Int32Array(1024), ends: new Int32Array(1024), kinds: new Uint8Array(1024) };
const MAX_KEPT_LINES = 1 << 16;

/** `larger` with the contents of `array` at its start. */
function grown<T extends Int32Array | Uint8Array>(array: T, larger: T): T {
  larger.set(array);
  return larger;
}

/** The strings of 0–999, made once: most table cells are one of them. */
const SMALL_NUMBERS = Array.from({ length: 1000 }, (_, n) => String(n));

/**
 * The cell [start, end) of the document, its digits read where it stands. A number of up to three digits without a
 * leading zero takes its text from SMALL_NUMBERS instead of being cut out: a report's tables are mostly such cells.
 */
function cutCell(text: string, start: number, end: number): RawCell {
  const length = end - start;
  const digits = plainDigitsValue(text, start, end);
  const small = digits >= 0 && length <= 3 && (length === 1 || text.charCodeAt(start) !== 0x30 /* 0 */);
  return { text: small ? SMALL_NUMBERS[digits] : text.slice(start, end), range: { start, end }, digits };
}

/** A non-tab line right after a non-empty Word cell is that cell's wrapped continuation, if it is short. */
function isContinuation(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 40 && !/[。；;]$/.test(t);
}

const isTableKind = (k: number) => k === CELL || k === TSV || k === PIPE;

/**
 * One linear pass over the lines: runs of table lines become tables, every other line that is not white space only a
 * text line.
 * `isHeading` keeps a heading that directly follows a cell line from being read as a wrapped cell.
 * Returns the lines too, as offsets: a section ends at the last line of content before the next heading.
 */
export function readBlocks(text: string, isHeading: (text: string) => boolean): { blocks: Block[]; lines: LineSpans } {
  const blocks: Block[] = [];
  const lines = scanLines(text);
  const { starts, ends, kinds, count } = lines;
  const lineText = (i: number) => text.slice(starts[i], ends[i]);
  /**
   * A text line becomes a block unless it is white space only. That is not the same as BLANK: a zero-width space is
   * padding in a cell but not white space, and a form feed is white space but not padding.
   */
  const pushText = (i: number) => {
    if (!isWhiteSpaceOnly(text, starts[i], ends[i])) blocks.push({ kind: 'text', line: { start: starts[i], end: ends[i], text: lineText(i) } });
  };
  let i = 0;
  while (i < count) {
    const k = kinds[i];
    if (!isTableKind(k)) {
      pushText(i);
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
    const layout: Layout = k === PIPE ? 'markdown' : hasTsv ? 'tsv' : 'word';
    const rows = layout === 'word' ? wordRows(lines, first, last) : layout === 'tsv' ? tsvRows(lines, first, last) : pipeRows(lines, first, last);
    blocks.push({ kind: 'table', table: { layout, rows, range: { start: starts[first], end: ends[last] } } });
    for (let b = last + 1; b < j; b++) pushText(b);
    i = j;
  }
  return { blocks, lines: { text, count, starts, ends } };
}

type Lines = ReturnType<typeof scanLines>;

/** Word export: a cell per tab-led line, a blank line ends the row, a tab-less line continues the cell above. */
function wordRows({ text, starts, ends, kinds }: Lines, first: number, last: number): RawRow[] {
  const rows: RawRow[] = [];
  let cells: RawCell[] = [];
  let rowStart = 0;
  let lastEnd = 0;
  const flush = () => {
    if (cells.length) rows.push({ cells, range: { start: rowStart, end: lastEnd } });
    cells = [];
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
      const prev = cells[cells.length - 1];
      if (prev) {
        prev.firstLine ??= prev.text.length;
        prev.text += text.slice(start, end).trim();
        prev.range = { start: prev.range.start, end };
        prev.digits = plainDigitsValue(prev.text);
      }
      lastEnd = end;
      continue;
    }
    if (!cells.length) rowStart = start;
    cells.push(cutCell(text, start + 1, end));
    lastEnd = end;
  }
  flush();
  return rows;
}

/** Tab-separated rows: one row per line, blank lines (page breaks) in between skipped. */
function tsvRows({ text, starts, ends, kinds }: Lines, first: number, last: number): RawRow[] {
  const rows: RawRow[] = [];
  for (let n = first; n <= last; n++) {
    if (kinds[n] === BLANK) continue;
    const start = starts[n];
    const end = ends[n];
    const cells: RawCell[] = [];
    // Cells are short: a loop over the line's characters finds the tabs faster than a search per cell.
    for (let s = start, p = start; p <= end; p++) {
      if (p === end || text.charCodeAt(p) === 9 /* tab */) {
        cells.push(cutCell(text, s, p));
        s = p + 1;
      }
    }
    rows.push({ cells, range: { start, end } });
  }
  return rows;
}

/** Markdown pipe rows; the delimiter row (|---|) is skipped, cell text is trimmed (ranges follow the text). */
function pipeRows({ text: all, starts, ends, kinds }: Lines, first: number, last: number): RawRow[] {
  const rows: RawRow[] = [];
  for (let n = first; n <= last; n++) {
    if (kinds[n] !== PIPE) continue;
    const lineStart = starts[n];
    const text = all.slice(lineStart, ends[n]);
    const open = text.indexOf('|');
    let close = text.length;
    while (close > open + 1 && isPadding(text.charCodeAt(close - 1))) close--;
    if (close > open + 1 && text[close - 1] === '|') close--;
    const cells: RawCell[] = [];
    let s = open + 1;
    for (let p = open + 1; p <= close; p++) {
      if (p === close || (text[p] === '|' && text[p - 1] !== '\\')) {
        let a = s;
        let b = p;
        a = skipPadding(text, a, b);
        while (b > a && isPadding(text.charCodeAt(b - 1))) b--;
        // An empty cell: the insertion point is just after the opening pipe and one space, if there is one.
        if (a === b) a = b = Math.min(s + 1, p);
        cells.push(rawCell(text.slice(a, b), { start: lineStart + a, end: lineStart + b }));
        s = p + 1;
      }
    }
    if (cells.every((c) => /^:?-{2,}:?$/.test(c.text))) continue;
    rows.push({ cells, range: { start: lineStart, end: ends[n] } });
  }
  return rows;
}

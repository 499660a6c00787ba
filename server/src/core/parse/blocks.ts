import type { Layout, OffsetRange } from '../types';
import { isPadding } from './cellValue';
import type { Line } from '../text/lines';

export interface RawCell {
  text: string;
  range: OffsetRange;
}

export interface RawRow {
  cells: RawCell[];
  range: OffsetRange;
  /** Index of the row's first line. */
  line: number;
  /** A blank line came between this row and the previous one (a page break in tab-separated exports). */
  afterBlank: boolean;
}

export interface RawTable {
  layout: Layout;
  rows: RawRow[];
  range: OffsetRange;
  firstLine: number;
  lastLine: number;
}

export type Block =
  | { kind: 'text'; line: Line }
  | { kind: 'table'; table: RawTable };

type LineKind = 'blank' | 'cell' | 'tsv' | 'pipe' | 'text';

export function classifyLine(text: string): LineKind {
  const tab = text.indexOf('\t');
  if (tab >= 0) {
    if (tab > 0 || text.indexOf('\t', 1) >= 0) return 'tsv';
    return 'cell';
  }
  let i = 0;
  while (i < text.length && isPadding(text.charCodeAt(i))) i++;
  if (i === text.length) return 'blank';
  if (text.charCodeAt(i) === 0x7c /* | */) return 'pipe';
  return 'text';
}

/** A non-tab line right after a non-empty Word cell is that cell's wrapped continuation, if it is short. */
function isContinuation(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 40 && !/[。；;]$/.test(t);
}

/**
 * One linear pass over the lines: runs of table lines become tables, everything else stays a text line.
 * `isHeading` keeps a heading that directly follows a cell line from being read as a wrapped cell.
 */
export function readBlocks(lines: Line[], isHeading: (text: string) => boolean): Block[] {
  const blocks: Block[] = [];
  const kinds = lines.map((l) => classifyLine(l.text));
  let i = 0;
  while (i < lines.length) {
    const k = kinds[i];
    if (k === 'text' || k === 'blank') {
      blocks.push({ kind: 'text', line: lines[i] });
      i++;
      continue;
    }
    // A table run: table lines, blank lines, and wrapped continuations, up to the next plain text line.
    const first = i;
    let last = i;
    let j = i;
    let hasTsv = false;
    while (j < lines.length) {
      const kj = kinds[j];
      if (kj === 'cell' || kj === 'tsv' || kj === 'pipe') {
        if (k === 'pipe' && kj !== 'pipe') break;
        if (k !== 'pipe' && kj === 'pipe') break;
        if (kj === 'tsv') hasTsv = true;
        last = j;
        j++;
      } else if (kj === 'blank') {
        j++;
      } else if (kinds[j - 1] === 'cell' && lines[j - 1].text.trim() !== '' && isContinuation(lines[j].text) && !isHeading(lines[j].text)) {
        kinds[j] = 'text';
        last = j;
        j++;
      } else {
        break;
      }
    }
    const run = lines.slice(first, last + 1);
    const runKinds = kinds.slice(first, last + 1);
    const layout: Layout = k === 'pipe' ? 'markdown' : hasTsv ? 'tsv' : 'word';
    const rows = layout === 'word' ? wordRows(run, runKinds) : layout === 'tsv' ? tsvRows(run, runKinds) : pipeRows(run, runKinds);
    blocks.push({
      kind: 'table',
      table: { layout, rows, range: { start: lines[first].start, end: lines[last].end }, firstLine: first, lastLine: last },
    });
    for (let b = last + 1; b < j; b++) blocks.push({ kind: 'text', line: lines[b] });
    i = j;
  }
  return blocks;
}

/** Word export: a cell per tab-led line, a blank line ends the row, a tab-less line continues the cell above. */
function wordRows(run: Line[], kinds: LineKind[]): RawRow[] {
  const rows: RawRow[] = [];
  let cells: RawCell[] = [];
  let rowStart = 0;
  let rowLine = 0;
  let lastEnd = 0;
  // Every Word row ends with a blank line, so `afterBlank` (a page break in tab-separated exports) stays false.
  const flush = () => {
    if (cells.length) rows.push({ cells, range: { start: rowStart, end: lastEnd }, line: rowLine, afterBlank: false });
    cells = [];
  };
  for (let n = 0; n < run.length; n++) {
    const line = run[n];
    if (kinds[n] === 'blank') {
      flush();
      continue;
    }
    if (kinds[n] === 'text') {
      // Continuation of the previous cell: join the pieces, the range spans both lines.
      const prev = cells[cells.length - 1];
      if (prev) {
        prev.text += line.text.trim();
        prev.range = { start: prev.range.start, end: line.end };
      }
      lastEnd = line.end;
      continue;
    }
    if (!cells.length) {
      rowStart = line.start;
      rowLine = line.index;
    }
    cells.push({ text: line.text.slice(1), range: { start: line.start + 1, end: line.end } });
    lastEnd = line.end;
  }
  flush();
  return rows;
}

function splitCells(line: Line, sep: string, from: number, to: number): RawCell[] {
  const cells: RawCell[] = [];
  let s = from;
  for (let p = from; p <= to; p++) {
    if (p === to || line.text[p] === sep) {
      cells.push({ text: line.text.slice(s, p), range: { start: line.start + s, end: line.start + p } });
      s = p + 1;
    }
  }
  return cells;
}

/** Tab-separated rows: one row per line; a blank line in between marks a possible page break. */
function tsvRows(run: Line[], kinds: LineKind[]): RawRow[] {
  const rows: RawRow[] = [];
  let sawBlank = false;
  for (let n = 0; n < run.length; n++) {
    const line = run[n];
    if (kinds[n] === 'blank') {
      sawBlank = rows.length > 0;
      continue;
    }
    const cells = splitCells(line, '\t', 0, line.text.length);
    rows.push({ cells, range: { start: line.start, end: line.end }, line: line.index, afterBlank: sawBlank });
    sawBlank = false;
  }
  return rows;
}

/** Markdown pipe rows; the delimiter row (|---|) is skipped, cell text is trimmed (ranges follow the text). */
function pipeRows(run: Line[], kinds: LineKind[]): RawRow[] {
  const rows: RawRow[] = [];
  for (let n = 0; n < run.length; n++) {
    if (kinds[n] !== 'pipe') continue;
    const line = run[n];
    const text = line.text;
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
        while (a < b && isPadding(text.charCodeAt(a))) a++;
        while (b > a && isPadding(text.charCodeAt(b - 1))) b--;
        // An empty cell: the insertion point is just after the opening pipe and one space, if there is one.
        if (a === b) a = b = Math.min(s + 1, p);
        cells.push({ text: text.slice(a, b), range: { start: line.start + a, end: line.start + b } });
        s = p + 1;
      }
    }
    if (cells.every((c) => /^:?-{2,}:?$/.test(c.text))) continue;
    rows.push({ cells, range: { start: line.start, end: line.end }, line: line.index, afterBlank: false });
  }
  return rows;
}

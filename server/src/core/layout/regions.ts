// Lines → paragraphs and table regions. A table's lines are set smaller than the body text or cut into cells by
// wide gaps; a region is a table only if some line of it holds a number. Body lines join into paragraphs: a new
// one starts at an indented line, after a line that stops short of the right margin, or where the size changes.
import { isSectionHeading } from './heading';
import type { Line, Segment } from './types';

const TABLE_SIZE = 0.85;

/** The body text's font size: the size most characters are set in. */
export function bodySize(lines: Line<unknown>[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) for (const s of l.segments) {
    const k = Math.round(s.size * 2) / 2;
    weight.set(k, (weight.get(k) ?? 0) + s.text.length);
  }
  let best = 0, size = 0;
  for (const [k, w] of weight) if (w > best) { best = w; size = k; }
  return size;
}

export type Region<R> = { kind: 'lines'; lines: Line<R>[] } | { kind: 'table'; lines: Line<R>[] };

function lineSize(l: Line<unknown>): number {
  let size = -Infinity;
  for (const s of l.segments) size = Math.max(size, s.size);
  return size;
}

function isTableLine(l: Line<unknown>, body: number): boolean {
  return l.segments.length >= 2 || l.segments.some((s) => s.numeric) || lineSize(l) < TABLE_SIZE * body;
}

/**
 * Short lines of one cell each (at most `maxLines`), no larger than the table's text, between two table lines on one page
 * (a text's pages are one run of lines: `crossPages`) and no further apart than `maxGap` font sizes: a wrapped cell's lines, part of the table (a heading is set larger or
 * further apart).
 */
function isCellRun(lines: Line<unknown>[], from: number, to: number, o: CellRunOptions): boolean {
  const prev = lines[from - 1], next = lines[to];
  if (!prev || !next || to - from > o.maxLines) return false;
  const size = Math.min(lineSize(prev), lineSize(next));
  let above = prev;
  for (let i = from; i <= to; i++) {
    const l = lines[i];
    // Across a page break (a cell broken by it) the gap is not measured: the line must open its page.
    if (l.page !== above.page) {
      if (l.page !== above.page + 1 || (!o.crossPages && lines[i - 1] !== above)) return false;
    } else if (l.top - above.bottom >= o.maxGap * size) return false;
    if (i < to && (l.segments.length !== 1 || lineSize(l) > 1.15 * size || isHeading(l.segments[0].text))) return false;
    above = l;
  }
  return true;
}

/** A section heading (三、收到和处理…) is never a table's line. */
const isHeading = isSectionHeading;

/** A short line of one cell right above a table line, on its page: a header cell's line, not a heading or a sentence. */
function isHeaderLine(l: Line<unknown>, below: Line<unknown>): boolean {
  if (l.page !== below.page || l.segments.length !== 1 || isHeading(l.segments[0].text) || /[。；]/.test(l.segments[0].text)) return false;
  const size = lineSize(below);
  return lineSize(l) <= 1.15 * size && below.top - l.bottom < 1.5 * size && l.segments[0].text.length <= 30;
}

/** Cuts the lines into runs of table lines (with a number somewhere) and runs of other lines. */
export interface CellRunOptions { maxGap: number; maxLines: number; crossPages: boolean }
/** A PDF's: wrapped cell lines stand close, on one page. */
const PDF_CELL_RUNS: CellRunOptions = { maxGap: 1.5, maxLines: 3, crossPages: false };

export function regions<R>(lines: Line<R>[], body: number, cellRuns: CellRunOptions = PDF_CELL_RUNS): Region<R>[] {
  const out: Region<R>[] = [];
  const isTable = lines.map((l) => isTableLine(l, body));
  for (let i = 1; i < lines.length; i++) {
    if (isTable[i] || !isTable[i - 1]) continue;
    let j = i;
    while (j < lines.length && !isTable[j]) j++;
    if (j < lines.length && isCellRun(lines, i, j, cellRuns)) for (let k = i; k < j; k++) isTable[k] = true;
    i = j;
  }
  // A table's header lines above its first row of cells (set as large as the body, one cell each): up to three.
  for (let i = 1; i < lines.length; i++) {
    if (!isTable[i] || isTable[i - 1]) continue;
    for (let k = i - 1, n = 0; k >= 0 && n < 3 && !isTable[k] && isHeaderLine(lines[k], lines[k + 1]); k--, n++) isTable[k] = true;
  }
  let i = 0;
  while (i < lines.length) {
    const table = isTable[i];
    let j = i + 1;
    while (j < lines.length && isTable[j] === table) j++;
    const run = lines.slice(i, j);
    const kind = table && run.some((l) => l.segments.some((s) => s.numeric) && l.segments.length >= 2) ? 'table' : 'lines';
    const last = out[out.length - 1];
    if (kind === 'lines' && last?.kind === 'lines') for (const l of run) last.lines.push(l); // (a spread of a long run overflows the stack)
    else out.push({ kind, lines: run });
    i = j;
  }
  return out;
}

/** Joins body lines into paragraphs (each a list of line segments, in reading order). */
export function paragraphs<R>(lines: Line<R>[]): Segment<R>[][] {
  let left = Infinity, right = -Infinity;
  for (const l of lines) { left = Math.min(left, l.segments[0].x0); right = Math.max(right, l.segments[l.segments.length - 1].x1); }
  const out: Segment<R>[][] = [];
  let prev: Line<R> | undefined;
  let prevHeading = false;
  for (const l of lines) {
    const size = lineSize(l);
    const first = l.segments[0];
    // A section heading is a paragraph of its own, however the lines around it are set.
    const heading = l.segments.length === 1 && isHeading(first.text);
    const starts = !prev || heading || prevHeading || first.x0 > left + size || Math.abs(lineSize(prev) - size) > 0.5 ||
      prev.segments[prev.segments.length - 1].x1 < right - 2 * size || prev.page !== l.page && first.x0 > left + 0.5 * size;
    prevHeading = heading;
    if (starts) out.push([...l.segments]);
    else for (const s of l.segments) out[out.length - 1].push(s);
    prev = l;
  }
  return out;
}

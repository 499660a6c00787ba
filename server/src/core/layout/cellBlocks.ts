// A table's text segments → cell blocks: the lines of one cell stacked under each other (a wrapped label, a header
// cell 商业 / 企业, a label set one character per line). Numbers are never stacked: each is a cell of its own.
import type { Line, Segment } from './types';

export interface CellBlock<R> {
  page: number;
  lines: Segment<R>[];
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  size: number;
  numeric: boolean;
  /** The table line with numbers (a row's number line) that a line of the block stands on, if any. */
  numberLine?: Line<R>;
}

/** Lines of a cell are set at most this many font sizes apart (between one line's bottom and the next one's top). */
const WRAP_GAP = 1.2;
/** A label set one character per line may be spaced wider (its characters still exactly in one column). */
const STACK_PITCH = 3.2;
/** How a label of a list item starts: 1. （一） 一、 第二十条. */
export const ITEM_START = /^(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|第[一二三四五六七八九十百\d]+条)/;
/** Lines of a header cell, with no numbers near: set as far apart as exact line spacing puts them. */
const HEADER_GAP = 3.5;

/** The line has a label (not a number) right of the segment: the segment is not that row's own label. */
function labelRightOf<R>(line: Line<R>, seg: Segment<R>): boolean {
  return line.segments.some((x) => !x.numeric && x.x0 > seg.x1);
}

/** One character (or two) right under another, in one column: a label set one character per line. */
function isStacked(last: Segment<unknown>, s: Segment<unknown>): boolean {
  return Math.abs(last.x0 - s.x0) <= 0.5 && s.text.length <= 2 && last.text.length <= 2 && s.top - last.top <= STACK_PITCH * s.size;
}

function fits<R>(b: CellBlock<R>, s: Segment<R>, numberLine: Line<R> | undefined, numberBetween: (top: number, bottom: number) => boolean, alone: Set<Segment<R>>, headerLine: Set<Segment<R>>): boolean {
  const last = b.lines[b.lines.length - 1];
  if (b.numeric || s.numeric) return false;
  if (Math.abs(last.size - s.size) > 0.15 * s.size) return false;
  const gap = s.top - last.bottom;
  if (gap < -0.2 * s.size) return false;
  const size = s.size;
  // Left-aligned, centred, or set within the line above (a wrapped line indented or centred in its cell).
  const aligned = Math.abs(last.x0 - s.x0) <= size || Math.abs((last.x0 + last.x1) / 2 - (s.x0 + s.x1) / 2) <= size ||
    (s.x0 >= last.x0 - size && s.x1 <= last.x1 + size);
  if (!aligned) return false;
  if (isStacked(last, s)) return true;
  // Two lines that each carry a row's numbers are two rows, however close.
  // ... unless both lines stand left of those rows' own labels: then they are a group label's lines, set across
  // its rows (（三）不予 / 公开 beside 2.… and 3.…).
  if (b.numberLine && numberLine && b.numberLine !== numberLine && !(labelRightOf(b.numberLine, last) && labelRightOf(numberLine, s))) return false;
  // A header line's cell (its line has other cells and no number) does not run into a row's number line.
  if (headerLine.has(last) && numberLine) return false;
  // A line that starts with an item number (1、 2. （三） 四、) or a caption (第二十条…) starts a cell of its own.
  if (ITEM_START.test(s.text)) return false;
  // Header cells (no number line beside them or between them) may be set with wide line spacing.
  // A line standing alone (a caption over the table) is not a header cell's line.
  const header = !b.numberLine && !numberLine && !numberBetween(last.bottom, s.top) && !alone.has(last);
  return gap <= (header ? HEADER_GAP : WRAP_GAP) * size;
}

/**
 * Stacks a page's table segments into cell blocks, top to bottom. In `text` (pdftotext's lines, where a label is
 * never set between rows) a cell's lines are those nearest one number line.
 *
 * Lines come top to bottom, and a block grows only when a segment joins it: a block that ends more than three of the
 * page's largest font sizes above a line can take no segment of it or of any line below, and is no longer looked
 * at. So each segment is compared with the blocks of the last few lines, not with every block of the page.
 */
export function cellBlocks<R>(lines: Line<R>[], text = false): CellBlock<R>[] {
  const blocks: CellBlock<R>[] = [];
  const numberLines = lines.filter((l) => l.segments.some((s) => s.numeric));
  const numbers = new NumberLineIndex(numberLines);
  const numberBetween = (top: number, bottom: number) => numbers.between(top, bottom);
  const nearest = (seg: Segment<R>) => numbers.nearest((seg.top + seg.bottom) / 2);
  const alone = new Set(lines.filter((l) => l.segments.length === 1).map((l) => l.segments[0]));
  const headerLine = new Set(lines.filter((l) => l.segments.length > 1 && !l.segments.some((s) => s.numeric)).flatMap((l) => l.segments));
  let largest = 0;
  for (const l of lines) for (const s of l.segments) largest = Math.max(largest, s.size);
  const topDown = isAscending(lines.map((l) => l.top));
  /** The blocks of the current page that a segment of this line or a later one may join, oldest first. */
  let open: CellBlock<R>[] = [];
  let page: number | undefined;
  for (const line of lines) {
    if (line.page !== page) {
      open = [];
      page = line.page;
    }
    if (topDown) open = open.filter((b) => !(b.bottom < line.top - 3 * largest));
    const numberLine = line.segments.some((s) => s.numeric);
    for (const s of line.segments) {
      const onNumber = numberLine && !s.numeric ? line : undefined;
      let home: CellBlock<R> | undefined;
      for (let i = open.length - 1; i >= 0; i--) {
        const b = open[i];
        if (b.bottom < s.top - 3 * s.size) continue;
        // In text, two lines of one cell are nearest the same row's number line (a label is never set between rows).
        if (text && !isStacked(b.lines[b.lines.length - 1], s) && nearest(b.lines[b.lines.length - 1]) !== nearest(s)) continue;
        if (fits(b, s, onNumber, numberBetween, alone, headerLine) && (!home || b.bottom > home.bottom)) home = b;
      }
      if (home) {
        home.lines.push(s);
        home.x0 = Math.min(home.x0, s.x0); home.x1 = Math.max(home.x1, s.x1); home.bottom = Math.max(home.bottom, s.bottom);
        home.numberLine ??= onNumber;
      } else {
        const block: CellBlock<R> = { page: line.page, lines: [s], x0: s.x0, x1: s.x1, top: s.top, bottom: s.bottom, size: s.size, numeric: s.numeric, numberLine: onNumber };
        blocks.push(block);
        open.push(block);
      }
    }
  }
  return blocks;
}

/**
 * The lines with numbers, searched by height. Lines come top to bottom; their middles and tops are then in order too
 * (checked: otherwise every line is looked at), and a search halves the lines instead of reading them all.
 */
class NumberLineIndex<R> {
  private readonly middles: number[];
  private readonly tops: number[];
  private readonly sortedMiddles: boolean;
  private readonly sortedTops: boolean;

  constructor(private readonly lines: Line<R>[]) {
    this.middles = lines.map((l) => (l.top + l.bottom) / 2);
    this.tops = lines.map((l) => l.top);
    this.sortedMiddles = isAscending(this.middles);
    this.sortedTops = isAscending(this.tops) && lines.every((l) => l.bottom >= l.top);
  }

  /** The line whose middle is nearest `m`; of lines as near, the first. */
  nearest(m: number): Line<R> | undefined {
    const { lines, middles } = this;
    if (!this.sortedMiddles) {
      let best: Line<R> | undefined, d = Infinity;
      for (let k = 0; k < lines.length; k++) { const e = Math.abs(middles[k] - m); if (e < d) { d = e; best = lines[k]; } }
      return best;
    }
    const after = firstAtLeast(middles, m);
    let best = after < lines.length ? after : -1;
    if (after > 0) {
      // The first of the lines that share the middle just below m.
      const before = firstAtLeast(middles, middles[after - 1]);
      if (best < 0 || Math.abs(middles[before] - m) <= Math.abs(middles[best] - m)) best = before;
    }
    return best < 0 ? undefined : lines[best];
  }

  /** Whether a line with numbers stands within [top, bottom]. */
  between(top: number, bottom: number): boolean {
    const { lines } = this;
    if (!this.sortedTops) return lines.some((l) => l.top >= top && l.bottom <= bottom);
    // A line that starts below `bottom` does not end above it.
    for (let k = firstAtLeast(this.tops, top); k < lines.length && lines[k].top <= bottom; k++) if (lines[k].bottom <= bottom) return true;
    return false;
  }
}

function isAscending(v: number[]): boolean {
  for (let i = 1; i < v.length; i++) if (!(v[i] >= v[i - 1])) return false;
  return true;
}

/** The first index of an ascending array whose value is ≥ x (its length when none is). */
export function firstAtLeast(v: number[], x: number): number {
  let lo = 0;
  let hi = v.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A block's text: its lines joined without a separator (a cell's wrapped lines, as Word's export joins them). */
export function blockText(b: { lines: Segment<unknown>[] }): string {
  return b.lines.map((l) => l.text).join('');
}

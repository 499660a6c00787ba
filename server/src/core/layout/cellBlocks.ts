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
 */
export function cellBlocks<R>(lines: Line<R>[], text = false): CellBlock<R>[] {
  const blocks: CellBlock<R>[] = [];
  const numberLines = lines.filter((l) => l.segments.some((s) => s.numeric));
  const numberBetween = (top: number, bottom: number) => numberLines.some((l) => l.top >= top && l.bottom <= bottom);

  const nearest = (seg: Segment<R>) => {
    const m = (seg.top + seg.bottom) / 2;
    let best: Line<R> | undefined, d = Infinity;
    for (const l of numberLines) { const e = Math.abs((l.top + l.bottom) / 2 - m); if (e < d) { d = e; best = l; } }
    return best;
  };
  const alone = new Set(lines.filter((l) => l.segments.length === 1).map((l) => l.segments[0]));
  const headerLine = new Set(lines.filter((l) => l.segments.length > 1 && !l.segments.some((s) => s.numeric)).flatMap((l) => l.segments));
  for (const line of lines) {
    const numberLine = line.segments.some((s) => s.numeric);
    for (const s of line.segments) {
      const onNumber = numberLine && !s.numeric ? line : undefined;
      let home: CellBlock<R> | undefined;
      for (let i = blocks.length - 1; i >= 0; i--) {
        const b = blocks[i];
        if (b.page !== line.page) break;
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
        blocks.push({ page: line.page, lines: [s], x0: s.x0, x1: s.x1, top: s.top, bottom: s.bottom, size: s.size, numeric: s.numeric, numberLine: onNumber });
      }
    }
  }
  return blocks;
}

/** A block's text: its lines joined without a separator (a cell's wrapped lines, as Word's export joins them). */
export function blockText(b: { lines: Segment<unknown>[] }): string {
  return b.lines.map((l) => l.text).join('');
}

// Characters → words. PDFium gives a page's characters one by one, in content order, each with its box; the layout
// (core/layout) reads runs of characters set together. A word here is such a run: characters on one baseline, each
// starting close to where the one before ends, spaces kept inside (`10 1` stays one word, whose text the layout
// reads with its two readings; `情  形` stays one cell's text). A wide gap, a move back, a change of baseline or a
// control character ends it. CJK characters set one under the other, one em apart, are one tall word: vertical
// text, which the layout keeps out of the rows it crosses.
import { isWide } from '../../core/layout/lines';
import type { LayoutWord } from '../../core/layout';
import type { SourceLocation } from '../../core/source/document';

export type PdfLocation = Extract<SourceLocation, { format: 'pdf' }>;

/** One character, y from the page's top: x from its origin to its advance, top and bottom from the font's ascent and descent. */
export interface PdfChar {
  code: number;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  baseline: number;
  /** The font's size on the page (its em, in points). */
  size: number;
}

/**
 * A gap wider than this many font sizes ends a word; a narrower one wider than SPACE_GAP is a space inside it. The
 * layout's thresholds (a cell gap of 0.5 em next to CJK text, 0.8 em otherwise) were set on runs cut this way:
 * `10 1` set with a gap is one word `10 1`, whose two readings the layout keeps out of the sums, never two numbers.
 */
const WORD_GAP = 0.6;
const SPACE_GAP = 0.1;
/** A character this far back over the one before it (in font sizes) starts another word. */
const OVERLAP = 0.2;
/** How far from the same x two characters of vertical text may stand. */
const COLUMN_SHIFT = 0.1;
/** A baseline moved by more than this many font sizes is another line (a superscript, the next line). */
const BASELINE_SHIFT = 0.2;

/** How far from one em the step between two characters of vertical text may be. */
const VERTICAL_SLACK = 0.15;

/** A source location's coordinate: points to one decimal. */
export const round1 = (v: number) => Math.round(v * 10) / 10;

/** Spaces: inside a word when set between its characters, never at its ends. */
const isSpace = (code: number) => code === 0x20 || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b) || code === 0xfeff;
/** A character that ends a word: PDFium's for a control character or one without a usable box. */
const isBreak = (c: PdfChar) => c.code < 0x20 || c.code === 0xfffe || c.code === 0xffff || !(c.size > 0);

function continuesLine(prev: PdfChar, c: PdfChar): boolean {
  const size = Math.min(prev.size, c.size);
  const gap = c.x0 - prev.x1;
  return Math.abs(c.baseline - prev.baseline) <= BASELINE_SHIFT * size && gap <= WORD_GAP * size && gap >= -OVERLAP * size;
}

/**
 * Whether a CJK character stands right under the one before it, one em down, at the same x: vertical text (a
 * vertical font's, or ideographs set solid one per line). It is one word, tall, which the layout keeps apart from
 * the rows it crosses.
 */
function continuesColumn(prev: PdfChar, c: PdfChar): boolean {
  const size = prev.size;
  if (isSpace(prev.code) || isSpace(c.code) || !isWide(prev.code) || !isWide(c.code) || Math.abs(c.size - size) > 0.1 * size) return false;
  const step = c.baseline - prev.baseline;
  return Math.abs(c.x0 - prev.x0) <= COLUMN_SHIFT * size && step >= (1 - VERTICAL_SLACK) * size && step <= (1 + VERTICAL_SLACK) * size;
}

/** Whether the word of chars[from, to) runs down a column: its second character stands on a lower line. */
const isColumn = (chars: PdfChar[], from: number, to: number) =>
  to - from > 1 && chars[from + 1].baseline - chars[from].baseline > BASELINE_SHIFT * chars[from].size;

function wordOf(chars: PdfChar[], from: number, to: number, page: number): LayoutWord<PdfLocation> {
  return isColumn(chars, from, to) ? columnWord(chars, from, to, page) : lineWord(chars, from, to, page);
}

function columnWord(chars: PdfChar[], from: number, to: number, page: number): LayoutWord<PdfLocation> {
  let text = '';
  for (let i = from; i < to; i++) text += String.fromCodePoint(chars[i].code);
  const first = chars[from], x0 = first.x0;
  return { text, page, x0, x1: x0 + first.size, top: first.top, bottom: chars[to - 1].bottom, size: first.size, ref: { format: 'pdf', page, x: round1(x0), y: round1(first.top) } };
}

function lineWord(chars: PdfChar[], from: number, to: number, page: number): LayoutWord<PdfLocation> {
  let text = '', top = Infinity, bottom = -Infinity, size = 0;
  for (let i = from; i < to; i++) {
    const c = chars[i], prev = chars[i - 1];
    if (i > from && !isSpace(c.code) && !isSpace(prev.code) && c.x0 - prev.x1 > SPACE_GAP * Math.min(c.size, prev.size)) text += ' ';
    text += String.fromCodePoint(c.code);
    if (c.top < top) top = c.top;
    if (c.bottom > bottom) bottom = c.bottom;
    if (c.size > size) size = c.size;
  }
  const x0 = chars[from].x0;
  return { text, page, x0, x1: chars[to - 1].x1, top, bottom, size, ref: { format: 'pdf', page, x: round1(x0), y: round1(top) } };
}

/** Whether chars[i] goes on the word that starts at chars[start]: along its line, or down its column. */
function continues(chars: PdfChar[], start: number, i: number): boolean {
  const prev = chars[i - 1], c = chars[i];
  if (isColumn(chars, start, i)) return continuesColumn(prev, c);
  return i - start > 1 ? continuesLine(prev, c) : continuesLine(prev, c) || continuesColumn(prev, c);
}

/** A page's characters, in content order, as the layout's words. */
export function charWords(chars: PdfChar[], page: number): LayoutWord<PdfLocation>[] {
  const words: LayoutWord<PdfLocation>[] = [];
  let start = -1;
  const end = (to: number) => {
    while (to > start && isSpace(chars[to - 1].code)) to--;
    if (to > start) words.push(wordOf(chars, start, to, page));
    start = -1;
  };
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (isBreak(c)) { if (start >= 0) end(i); continue; }
    if (start >= 0 && !continues(chars, start, i)) end(i);
    if (start < 0 && !isSpace(c.code)) start = i;
  }
  if (start >= 0) end(chars.length);
  return words;
}

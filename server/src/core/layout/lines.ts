// Words → lines → segments. A line is the words whose heights overlap by half (a row's label and its numbers,
// set in different sizes, differ by a point or two); a segment is a run of a line's words with no wide gap.
import type { Line, LayoutWord, Segment } from './types';

/** A gap of this many font sizes separates two cells; text inside a cell is set much closer. */
const CELL_GAP = 0.8;
const CJK_CELL_GAP = 0.5;
/** A gap of this many font sizes between two runs of text reads as a space (pdftotext writes one). */
const SPACE_GAP = 0.2;

const NUMBER = /^[+\-−]?\d[\d,]*(?:\.\d+)?$/;
export const isNumberText = (t: string): boolean => NUMBER.test(t);

/** Whether a character is CJK or full-width, which is set without spaces between words. */
export function isWide(c: number): boolean {
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x3000 && c <= 0x303f) || (c >= 0x2018 && c <= 0x201d);
}

function overlapsLine(w: LayoutWord<unknown>, top: number, bottom: number): boolean {
  const overlap = Math.min(w.bottom, bottom) - Math.max(w.top, top);
  return overlap >= 0.5 * Math.min(w.bottom - w.top, bottom - top);
}

const isTall = (w: LayoutWord<unknown>) => w.bottom - w.top > 2 * w.size;

/** Groups one page's words into lines, top to bottom; each line's words left to right. */
export function pageLines<R>(words: LayoutWord<R>[]): LayoutWord<R>[][] {
  const sorted = [...words].sort((a, b) => a.top - b.top || a.x0 - b.x0);
  const lines: { top: number; bottom: number; words: LayoutWord<R>[] }[] = [];
  for (const w of sorted) {
    // A word taller than two lines is text set vertically: a line of its own, never the home of other words.
    if (isTall(w)) { lines.push({ top: w.top, bottom: w.top, words: [w] }); continue; }
    // Only the last few lines can overlap a word that comes later in top order.
    let home: (typeof lines)[number] | undefined;
    for (let i = lines.length - 1; i >= 0 && i >= lines.length - 3; i--) {
      if (!isTall(lines[i].words[0]) && overlapsLine(w, lines[i].top, lines[i].bottom)) { home = lines[i]; break; }
    }
    if (home) {
      home.words.push(w);
      home.bottom = Math.max(home.bottom, w.bottom);
    } else lines.push({ top: w.top, bottom: w.bottom, words: [w] });
  }
  for (const l of lines) l.words.sort((a, b) => a.x0 - b.x0);
  return lines.map((l) => l.words);
}

function joinText<R>(words: LayoutWord<R>[]): string {
  let text = words[0].text;
  for (let i = 1; i < words.length; i++) {
    const prev = words[i - 1], w = words[i];
    const gap = w.x0 - prev.x1;
    const wide = isWide(text.charCodeAt(text.length - 1)) || isWide(w.text.charCodeAt(0));
    if (gap > SPACE_GAP * Math.min(prev.size, w.size) && !wide) text += ' ';
    text += w.text;
  }
  return text;
}

function segmentOf<R>(words: LayoutWord<R>[]): Segment<R> {
  const text = joinText(words);
  let top = Infinity, bottom = -Infinity, size = 0;
  for (const w of words) { top = Math.min(top, w.top); bottom = Math.max(bottom, w.bottom); size = Math.max(size, w.size); }
  return { words, x0: words[0].x0, x1: words[words.length - 1].x1, top, bottom, size, text, numeric: isNumberText(text) };
}

/**
 * Cuts a line's words into segments at wide gaps. Two numbers are always two segments, however close: a run of
 * digits is never joined to another across a gap (`10 1` is not read as 101).
 */
export function lineOf<R>(page: number, words: LayoutWord<R>[]): Line<R> {
  const segments: Segment<R>[] = [];
  let run: LayoutWord<R>[] = [words[0]];
  for (let i = 1; i < words.length; i++) {
    const prev = words[i - 1], w = words[i];
    const gap = w.x0 - prev.x1;
    // CJK text inside a cell is set without gaps, so next to CJK text a narrower gap already parts two cells.
    const cjk = isWide(prev.text.charCodeAt(prev.text.length - 1)) || isWide(w.text.charCodeAt(0));
    const limit = (cjk ? CJK_CELL_GAP : CELL_GAP) * Math.min(prev.size, w.size);
    const apart = gap > limit || (gap > SPACE_GAP * w.size && isNumberText(prev.text) && isNumberText(w.text));
    if (apart) { segments.push(segmentOf(run)); run = [w]; } else run.push(w);
  }
  segments.push(segmentOf(run));
  let top = Infinity, bottom = -Infinity;
  for (const s of segments) { top = Math.min(top, s.top); bottom = Math.max(bottom, s.bottom); }
  return { page, top, bottom, segments };
}

/** A run of digits with a space inside (`10 1`): two readings, one number or two. */
export function hasAmbiguousDigits(s: Segment<unknown>): boolean {
  return !s.numeric && /\d\s+\d/.test(s.text) && /^[\d\s,.]+$/.test(s.text);
}

const isAsciiWord = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Lines of one paragraph or cell as one text: a space only between two ASCII words (CJK text wraps without one). */
export function joinLines(lines: Segment<unknown>[]): string {
  let text = '';
  for (const s of lines) {
    const a = text.charCodeAt(text.length - 1), b = s.text.charCodeAt(0);
    if (text && isAsciiWord(a) && isAsciiWord(b)) text += ' ';
    text += s.text;
  }
  return text;
}

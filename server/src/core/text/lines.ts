import type { OffsetRange } from '../types';

/**
 * Whether every CR of the text starts a CRLF. Then line ends can be found by searching for LF, which the engine
 * does far faster than a loop over the characters; a text with a lone CR (old Mac line ends) takes the loop.
 */
export function breaksAtLf(text: string): boolean {
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 2)) if (text.charCodeAt(i + 1) !== 10) return false;
  return true;
}

/** Where the line starting at `start` ends, before its break (the text's end for the last line); `lfOnly` is `breaksAtLf(text)`. */
export function lineEnd(text: string, start: number, lfOnly: boolean): number {
  const n = text.length;
  if (lfOnly) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return n;
    return nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
  }
  for (let i = start; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return n;
}

/** Where the next line starts, given where one ends: after its LF, CRLF or CR. */
export function nextLineStart(text: string, end: number): number {
  if (end >= text.length) return text.length;
  return text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
}

/**
 * Whether replacing `r` of the text would take a line break with it: a CR or LF inside it, or one of the source's
 * breaks the text does not show (`ReportModel.hiddenBreaks`). An empty break between two characters is taken by a
 * range that has characters on both sides of it.
 */
export function takesLineBreak(text: string, r: OffsetRange, hidden: readonly OffsetRange[] = []): boolean {
  for (let i = r.start; i < r.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  for (const b of hidden) {
    if (b.start >= r.end) break;
    if (b.start === b.end ? r.start < b.start : r.start < b.end) return true;
  }
  return false;
}

/** How many line breaks (LF, CRLF or a lone CR) the text has. */
export function countBreaks(text: string): number {
  let n = 0;
  if (breaksAtLf(text)) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
    return n;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

const isBreak = (c: number) => c === 10 || c === 13;

/** A text's lines, each with its break (LF, CRLF or CR); the last is what follows the last break, maybe empty. */
export function splitLines(text: string): string[] {
  const out: string[] = [];
  const lfOnly = breaksAtLf(text);
  for (let start = 0; ; ) {
    const end = lineEnd(text, start, lfOnly);
    if (end === text.length) {
      out.push(text.slice(start));
      return out;
    }
    const next = nextLineStart(text, end);
    out.push(text.slice(start, next));
    start = next;
  }
}

/** Whether a text has a line break in it. */
export function hasBreak(text: string): boolean {
  return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
}

/** How many characters a line's break takes at its end: 2 for CRLF, 1 for LF or CR, 0 for the text's last line. */
export function breakLength(line: string): number {
  const n = line.length;
  if (line.charCodeAt(n - 1) === 10) return line.charCodeAt(n - 2) === 13 ? 2 : 1;
  return line.charCodeAt(n - 1) === 13 ? 1 : 0;
}

export interface Position {
  line: number;
  character: number;
}

/** Index of the last element ≤ value in an ascending array whose first element is ≤ value (binary search). */
export function lastAtOrBefore(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Converts UTF-16 offsets to line/character positions and back (binary search over line starts). The starts are
 * counted first and kept in a typed array of that size: 4 bytes a line, however many lines.
 */
export class LineIndex {
  private readonly starts: Int32Array;

  /** The index of a text; `starts`, when given, are its line starts, already known. */
  constructor(private readonly text: string, known?: Int32Array) {
    if (known) {
      this.starts = known;
      return;
    }
    const starts = new Int32Array(countBreaks(text) + 1);
    const lfOnly = breaksAtLf(text);
    for (let start = 0, i = 1; ; ) {
      const end = lineEnd(text, start, lfOnly);
      if (end === text.length) break;
      starts[i++] = start = nextLineStart(text, end);
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /**
   * The index of `text`, which is this index's text with [start, end) replaced by `length` characters. The lines
   * from the one before the edit (a CR ending it may pair with an LF the edit begins with) up to the first with two
   * unchanged characters before it are read again; the others are this index's, those after the edit moved by the
   * change of length. An edit of a text of millions of lines costs its lines and a copy of the starts, not a pass
   * over the text.
   */
  edited(text: string, start: number, end: number, length: number): LineIndex {
    const old = this.starts;
    const delta = length - (end - start);
    const first = Math.max(0, lastAtOrBefore(old, start) - 1);
    const resume = lastAtOrBefore(old, end + 1) + 1;
    const stop = resume < old.length ? old[resume] + delta : text.length + 1;
    const between: number[] = [];
    for (let at = old[first]; ; ) {
      const lineStop = lineEnd(text, at, false);
      if (lineStop === text.length) break;
      at = nextLineStart(text, lineStop);
      if (at === stop) break;
      // Past the line the unchanged text says starts there: not the text this index was told of.
      if (at > stop) return new LineIndex(text);
      between.push(at);
    }
    const tail = resume < old.length ? old.length - resume : 0;
    const starts = new Int32Array(first + 1 + between.length + tail);
    starts.set(old.subarray(0, first + 1));
    starts.set(between, first + 1);
    const to = first + 1 + between.length;
    if (tail) starts.set(old.subarray(resume), to);
    if (delta) for (let i = to; i < starts.length; i++) starts[i] += delta;
    return new LineIndex(text, starts);
  }

  /** The position of an offset; one between the CR and the LF of a CRLF is the end of its line, as LSP has it. */
  positionAt(offset: number): Position {
    let o = Math.max(0, Math.min(offset, this.text.length));
    const line = lastAtOrBefore(this.starts, o);
    if (o > this.starts[line] && this.text.charCodeAt(o - 1) === 13 && this.text.charCodeAt(o) === 10) o--;
    return { line, character: o - this.starts[line] };
  }

  /**
   * The offset of a position, clamped as LSP clamps it: a line before the first is the text's start, one after the
   * last its end, and a character past the line's end is that end, before the line break (not on the next line,
   * nor between a CR and its LF).
   */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line];
    return Math.min(start + Math.max(0, position.character), this.contentEnd(position.line));
  }

  /** Where a line's text ends: before its break, or at the text's end for the last line. */
  contentEnd(line: number): number {
    const start = this.starts[line];
    let end = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    while (end > start && isBreak(this.text.charCodeAt(end - 1))) end--;
    return end;
  }

  range(r: OffsetRange): { start: Position; end: Position } {
    return { start: this.positionAt(r.start), end: this.positionAt(r.end) };
  }
}

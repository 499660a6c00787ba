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

  constructor(private readonly text: string) {
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

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = lastAtOrBefore(this.starts, o);
    return { line, character: o - this.starts[line] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line];
    const lineEnd = position.line + 1 < this.starts.length ? this.starts[position.line + 1] : this.text.length;
    return Math.min(start + Math.max(0, position.character), lineEnd);
  }

  range(r: OffsetRange): { start: Position; end: Position } {
    return { start: this.positionAt(r.start), end: this.positionAt(r.end) };
  }
}

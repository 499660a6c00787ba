import type { OffsetRange } from '../types';

/** One line of the document: [start, end) excludes the line break; `next` is where the following line starts. */
export interface Line {
  index: number;
  start: number;
  end: number;
  next: number;
  text: string;
}

/**
 * Whether every CR of the text starts a CRLF. Then line ends can be found by searching for LF, which the engine
 * does far faster than a loop over the characters; a text with a lone CR (old Mac line ends) takes the loop.
 */
export function breaksAtLf(text: string): boolean {
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 2)) if (text.charCodeAt(i + 1) !== 10) return false;
  return true;
}

/**
 * Where the line starting at `start` ends (before its break) and where the next one starts; `lfOnly` is
 * `breaksAtLf(text)`. The last line ends at the text's end, with `next` equal to it.
 */
export function lineEndFrom(text: string, start: number, lfOnly: boolean): { end: number; next: number } {
  const n = text.length;
  if (lfOnly) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return { end: n, next: n };
    return { end: nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl, next: nl + 1 };
  }
  for (let i = start; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return { end: i, next: i + 1 };
    if (c === 13) return { end: i, next: i + 1 < n && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1 };
  }
  return { end: n, next: n };
}

/** Splits text into lines on LF, CRLF or a lone CR, in one pass. A leading BOM stays part of line 0's text. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const lfOnly = breaksAtLf(text);
  let start = 0;
  for (;;) {
    const { end, next } = lineEndFrom(text, start, lfOnly);
    lines.push({ index: lines.length, start, end, next, text: text.slice(start, end) });
    if (end === text.length) return lines;
    start = next;
  }
}

export interface Position {
  line: number;
  character: number;
}

/** Index of the last element ≤ value in an ascending array whose first element is ≤ value (binary search). */
export function lastAtOrBefore(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Converts UTF-16 offsets to line/character positions and back (binary search over line starts). */
export class LineIndex {
  private readonly starts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    const lfOnly = breaksAtLf(text);
    for (let start = 0; ; ) {
      const { end, next } = lineEndFrom(text, start, lfOnly);
      if (end === text.length) break;
      starts.push((start = next));
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

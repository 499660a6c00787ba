import type { OffsetRange } from '../types';

/** One line of the document: [start, end) excludes the line break; `next` is where the following line starts. */
export interface Line {
  index: number;
  start: number;
  end: number;
  next: number;
  text: string;
}

/** Splits text into lines on LF, CRLF or a lone CR, in one pass. A leading BOM stays part of line 0's text. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      const end = i;
      if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
      lines.push({ index: lines.length, start, end, next: i + 1, text: text.slice(start, end) });
      start = i + 1;
    }
  }
  lines.push({ index: lines.length, start, end: n, next: n, text: text.slice(start, n) });
  return lines;
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
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 13) {
        if (i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10) {
        starts.push(i + 1);
      }
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

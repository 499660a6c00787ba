import { replaceRange } from '../arrays';

/** Lines per chunk: a replacement copies one chunk, a lookup steps over chunks. */
const CHUNK = 512;

/**
 * A list of lines kept in chunks of a few hundred, so that replacing some lines costs the chunk they are in, not the
 * list: a hundred thousand edits that each add or remove a line of a million-line text stay cheap. Lookups start
 * from the chunk last used, as the edits of one change set mostly come one after another.
 */
export class LineStore {
  private chunks: string[][] = [[]];
  private size = 0;
  /** The chunk last used and the line it starts on: valid across replacements, which only change it and later chunks. */
  private at = 0;
  private atLine = 0;

  get length(): number {
    return this.size;
  }

  get(line: number): string {
    const k = this.locate(line);
    return this.chunks[k][line - this.atLine];
  }

  /** Replaces lines [from, to) with `lines`. */
  replace(from: number, to: number, lines: readonly string[]): void {
    const k = this.locate(from);
    const start = this.atLine;
    // As many lines as before, all in one chunk (typing within lines): written in place.
    if (to - from === lines.length && to - start <= this.chunks[k].length) {
      for (let i = 0; i < lines.length; i++) this.chunks[k][from - start + i] = lines[i];
      return;
    }
    // The chunks [k, m] hold the lines replaced (or, for an insertion, the place of it).
    let m = k;
    let mEnd = start + this.chunks[k].length;
    while (mEnd < to && m + 1 < this.chunks.length) mEnd += this.chunks[++m].length;
    const old = m === k ? this.chunks[k] : this.chunks.slice(k, m + 1).flat();
    const merged = old.slice(0, from - start).concat(lines, old.slice(to - start));
    const fresh: string[][] = [];
    for (let i = 0; i < merged.length; i += CHUNK) fresh.push(merged.slice(i, i + CHUNK));
    // An emptied chunk goes, unless it is the only one.
    if (!fresh.length && m - k + 1 === this.chunks.length) fresh.push([]);
    if (fresh.length === 1 && m === k) this.chunks[k] = fresh[0];
    else replaceRange(this.chunks, k, m - k + 1, fresh);
    this.size += lines.length - (to - from);
    // The current chunk still starts on its line, unless it was the last and went.
    if (this.at >= this.chunks.length) {
      this.at = 0;
      this.atLine = 0;
    }
  }

  join(): string {
    return this.chunks.map((c) => c.join('')).join('');
  }

  /** The chunk a line is in (the last one for the line after the last), made the current one. */
  private locate(line: number): number {
    while (this.at > 0 && line < this.atLine) this.atLine -= this.chunks[--this.at].length;
    while (this.at + 1 < this.chunks.length && line >= this.atLine + this.chunks[this.at].length) this.atLine += this.chunks[this.at++].length;
    return this.at;
  }
}

// A report's paragraphs as offsets: a text of a million short lines is a million paragraphs, and an object for each
// would outweigh the text many times over. Each paragraph is made when read, its text cut from the report's.
import type { Paragraph, Paragraphs } from '../types';

/** No section: before the first one, or in an extra one. */
const NONE = -1;
/** Per paragraph: start, end, section. */
const FIELDS = 3;
/**
 * Paragraphs per chunk (2^14). The offsets are kept in chunks of this many, so that a long text's list grows by a
 * chunk and is never copied: an array grown by copying holds the old and the new at once, which for a text of short
 * lines was the peak of its whole check. The first chunk starts small and doubles up to this size (a report has a
 * few dozen paragraphs).
 */
const SHIFT = 14;
const CHUNK = 1 << SHIFT;
const FIRST = 32;

export class ParagraphList implements Paragraphs {
  private chunks: Int32Array[] = [new Int32Array(FIELDS * FIRST)];
  private count = 0;

  /** The paragraphs of `text`, each a line of it. */
  constructor(private readonly text: string) {}

  get length(): number {
    return this.count;
  }

  /** A paragraph: text[start, end), in `section`. */
  add(start: number, end: number, section: number | undefined): void {
    const k = this.count >>> SHIFT;
    let at = (this.count & (CHUNK - 1)) * FIELDS;
    if (k === this.chunks.length) this.chunks.push(new Int32Array(FIELDS * CHUNK));
    let chunk = this.chunks[k];
    if (at === chunk.length) {
      // Only the first chunk is ever full before CHUNK paragraphs: it doubles.
      const larger = new Int32Array(chunk.length * 2);
      larger.set(chunk);
      this.chunks[k] = chunk = larger;
    }
    chunk[at++] = start;
    chunk[at++] = end;
    chunk[at] = section ?? NONE;
    this.count++;
  }

  /** Paragraph i (0 ≤ i < length), made anew. */
  at(i: number): Paragraph {
    const start = this.startOf(i);
    const end = this.endOf(i);
    return { text: this.text.slice(start, end), range: { start, end }, section: this.sectionOf(i) };
  }

  startOf(i: number): number {
    return this.chunks[i >>> SHIFT][(i & (CHUNK - 1)) * FIELDS];
  }

  endOf(i: number): number {
    return this.chunks[i >>> SHIFT][(i & (CHUNK - 1)) * FIELDS + 1];
  }

  sectionOf(i: number): number | undefined {
    const section = this.chunks[i >>> SHIFT][(i & (CHUNK - 1)) * FIELDS + 2];
    return section === NONE ? undefined : section;
  }

  *[Symbol.iterator](): Iterator<Paragraph> {
    for (let i = 0; i < this.count; i++) yield this.at(i);
  }
}

// A report's paragraphs as offsets: a text of a million short lines is a million paragraphs, and an object for each
// would outweigh the text many times over. Each paragraph is made when read, its text cut from the report's.
import type { Paragraph, Paragraphs } from '../types';

/** No section: before the first one, or in an extra one. */
const NONE = -1;
/** Per paragraph: start, end, section. */
const FIELDS = 3;

export class ParagraphList implements Paragraphs {
  private fields = new Int32Array(FIELDS * 32);
  private count = 0;

  /** The paragraphs of `text`, each a line of it. */
  constructor(private readonly text: string) {}

  get length(): number {
    return this.count;
  }

  /** A paragraph: text[start, end), in `section`. */
  add(start: number, end: number, section: number | undefined): void {
    let at = this.count * FIELDS;
    if (at === this.fields.length) this.grow();
    this.fields[at++] = start;
    this.fields[at++] = end;
    this.fields[at] = section ?? NONE;
    this.count++;
  }

  /** Paragraph i (0 ≤ i < length), made anew. */
  at(i: number): Paragraph {
    const at = i * FIELDS;
    const start = this.fields[at];
    const end = this.fields[at + 1];
    const section = this.fields[at + 2];
    return { text: this.text.slice(start, end), range: { start, end }, section: section === NONE ? undefined : section };
  }

  *[Symbol.iterator](): Iterator<Paragraph> {
    for (let i = 0; i < this.count; i++) yield this.at(i);
  }

  /** Half as large again: growing by doubling would at its peak hold three times the paragraphs. */
  private grow(): void {
    const larger = new Int32Array(FIELDS * Math.ceil((this.fields.length / FIELDS) * 1.5));
    larger.set(this.fields);
    this.fields = larger;
  }
}

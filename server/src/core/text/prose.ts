// The report's running text as the text rules read it: paragraphs joined where a line was broken inside a sentence
// (text extracted from a PDF breaks lines at the page's width), split into sentences, every character mapped back
// to its place in the document.
//
// A text of a million short lines is a million prose paragraphs and sentences: an object for each would outweigh the
// text many times over. They are held as the model paragraph each prose paragraph starts with, and made when read.
// A report's few hundred are kept once made (the rules read them several times over); a text of more than
// PROSE_KEPT paragraphs or SENTENCES_KEPT sentences has them made again each time they are read.
import type { OffsetRange, Paragraphs, ReportModel } from '../types';
import { skipWhiteSpace, visibleEnd } from './normalize';

export interface Prose {
  text: string;
  /** The template section it stands in (1..6), if any. */
  section?: number;
  /** Its place among the report's prose paragraphs: made again when read again, a paragraph is the same by it. */
  index: number;
  /**
   * Its pieces, a line of the document each, two numbers a piece: where the piece starts in `text`, and where in the
   * document. A piece runs to where the next one starts (the last to the end of `text`).
   */
  pieces: number[];
}

export interface Sentence {
  text: string;
  prose: Prose;
  /** Where the sentence starts in its prose paragraph. */
  from: number;
}

/** More prose paragraphs than this are made when read, not kept (real reports have fewer than a hundred). */
const PROSE_KEPT = 4096;
/** More sentences than this are made when read, not kept (real reports have a few hundred at most). */
const SENTENCES_KEPT = 16384;

/** How many prose paragraphs and sentences are kept once made (smaller in tests, to read a report both ways). */
export interface Kept {
  prose: number;
  sentences: number;
}

/** The marks that close a line that ends a paragraph (as its last visible character). */
const CLOSING_MARKS = '。！？；：:!?;）)”】》';
/** A line that starts a paragraph of its own: a numbered item or heading, whatever the line before it. */
const OPENS = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、是]|\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}\s*[是要]|附件|注[:：])/;
/** Shorter lines are not a paragraph broken at the page's width. */
const BROKEN_LINE = 16;

/** Where model paragraph j's line stands as prose reads it: trimmed as trim() trims it (it is never white space only). */
function lineOf(text: string, paragraphs: Paragraphs, j: number): [number, number] {
  const start = paragraphs.startOf(j);
  const end = paragraphs.endOf(j);
  return [skipWhiteSpace(text, start, end), visibleEnd(text, start, end)];
}

/** The report's prose paragraphs: the model paragraphs each one starts with, each made when read. */
export class ProseParagraphs implements Iterable<Prose> {
  readonly length: number;
  /** firsts[i]: the model paragraph prose paragraph i starts with; firsts[length]: the model's paragraph count. */
  private readonly firsts: Int32Array;
  private kept?: Prose[];
  /** The sentences once made, or null when there are too many to keep. */
  private keptSentences?: Sentence[] | null;

  constructor(private readonly model: ReportModel, private readonly keep: Kept = { prose: PROSE_KEPT, sentences: SENTENCES_KEPT }) {
    const { paragraphs, text } = model;
    this.firsts = new Int32Array(paragraphs.length + 1);
    let count = 0;
    // The line before, trimmed: its length and last character, and its section.
    let lastLength = 0;
    let lastChar = '';
    let lastSection: number | undefined;
    for (let j = 0; j < paragraphs.length; j++) {
      const [from, to] = lineOf(text, paragraphs, j);
      const section = paragraphs.sectionOf(j);
      // A line ends its paragraph when it closes a sentence, or is short (a heading, a label, a signature).
      const continues = j > 0 && lastSection === section && !CLOSING_MARKS.includes(lastChar) && lastLength >= BROKEN_LINE
        && !OPENS.test(text.slice(from, to)) && onNextLine(text, paragraphs.endOf(j - 1), paragraphs.startOf(j));
      if (!continues) this.firsts[count++] = j;
      lastLength = to - from;
      lastChar = text[to - 1];
      lastSection = section;
    }
    this.firsts[count] = paragraphs.length;
    this.length = count;
  }

  /** Prose paragraph i (0 ≤ i < length): its lines joined. */
  at(i: number): Prose {
    if (this.kept) return this.kept[i];
    const { paragraphs, text } = this.model;
    const first = this.firsts[i];
    const [from, to] = lineOf(text, paragraphs, first);
    const prose: Prose = { text: text.slice(from, to), section: paragraphs.sectionOf(first), index: i, pieces: [0, from] };
    for (let j = first + 1; j < this.firsts[i + 1]; j++) {
      const [next, nextEnd] = lineOf(text, paragraphs, j);
      prose.pieces.push(prose.text.length, next);
      prose.text += text.slice(next, nextEnd);
    }
    return prose;
  }

  [Symbol.iterator](): Iterator<Prose> {
    if (!this.kept && this.length <= this.keep.prose) {
      const kept: Prose[] = [];
      for (let i = 0; i < this.length; i++) kept.push(this.at(i));
      this.kept = kept;
    }
    return this.kept ? this.kept[Symbol.iterator]() : this.made();
  }

  /** Every sentence, in document order. */
  sentences(): Iterable<Sentence> {
    if (this.keptSentences === undefined) this.keptSentences = this.length <= this.keep.prose ? this.keepSentences() : null;
    return this.keptSentences ?? { [Symbol.iterator]: () => this.madeSentences() };
  }

  private *made(): Generator<Prose> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }

  /** The sentences, unless there are more than SENTENCES_KEPT. A loop, not flatMap: its array per paragraph cost a third of the time. */
  private keepSentences(): Sentence[] | null {
    const out: Sentence[] = [];
    for (const p of this) {
      for (let from = 0; from < p.text.length; ) {
        if (out.length === this.keep.sentences) return null;
        const to = sentenceEnd(p.text, from);
        out.push({ text: p.text.slice(from, to), prose: p, from });
        from = to;
      }
    }
    return out;
  }

  private *madeSentences(): Generator<Sentence> {
    for (const p of this) {
      for (let from = 0; from < p.text.length; ) {
        const to = sentenceEnd(p.text, from);
        yield { text: p.text.slice(from, to), prose: p, from };
        from = to;
      }
    }
  }
}

/** The report's prose paragraphs, in document order, as an array. */
export function proseOf(model: ReportModel): Prose[] {
  return [...new ProseParagraphs(model)];
}

/** Whether only one line break stands between two lines (a blank line ends a paragraph). */
function onNextLine(text: string, end: number, start: number): boolean {
  let breaks = 0;
  for (let i = end; i < start; i++) if (text.charCodeAt(i) === 10) breaks++;
  return breaks <= 1;
}

/** Whether a character ends a sentence: 。！？；!?; (a switch: this runs for every character of the prose). */
function endsSentence(c: number): boolean {
  switch (c) {
    case 0x3002: case 0xff01: case 0xff1f: case 0xff1b: case 0x21: case 0x3f: case 0x3b:
      return true;
    default:
      return false;
  }
}

/** Whether a character is a closing quote or bracket that stays with the sentence it ends: ”’」』）). */
function staysWithSentence(c: number): boolean {
  switch (c) {
    case 0x201d: case 0x2019: case 0x300d: case 0x300f: case 0xff09: case 0x29:
      return true;
    default:
      return false;
  }
}

/**
 * Where the sentence that starts at `from` ends: after the first of 。！？ and ；, and the closing quotes and
 * brackets right after it; else at the end of the paragraph.
 */
function sentenceEnd(text: string, from: number): number {
  const n = text.length;
  let i = from;
  while (i < n && !endsSentence(text.charCodeAt(i))) i++;
  if (i === n) return n;
  i++;
  while (i < n && staysWithSentence(text.charCodeAt(i))) i++;
  return i;
}

/** The sentences of a prose paragraph. */
export function sentencesOf(p: Prose): Sentence[] {
  const out: Sentence[] = [];
  for (let from = 0; from < p.text.length; ) {
    const to = sentenceEnd(p.text, from);
    out.push({ text: p.text.slice(from, to), prose: p, from });
    from = to;
  }
  return out;
}

/**
 * The sentences that contain a word, in document order. A paragraph without it is passed by one search, instead of
 * one for each of its sentences (a rule's word is in a few sentences of a report).
 */
export function sentencesWith(sentences: Iterable<Sentence>, word: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = -1;
  let inParagraph = false;
  for (const s of sentences) {
    if (s.prose.index !== paragraph) {
      paragraph = s.prose.index;
      inParagraph = s.prose.text.includes(word);
    }
    if (inParagraph && s.text.includes(word)) out.push(s);
  }
  return out;
}

/** The clause of a text before `to`: back to the last of `marks` (a clause's bounds differ by what is sought), trimmed. */
export function clauseBefore(text: string, to: number, marks: string): string {
  let from = to;
  while (from > 0 && !marks.includes(text[from - 1])) from--;
  return text.slice(from, to).trim();
}

/** The document offset of a character of a prose paragraph: in the last piece that starts at or before it. */
function offsetOf(p: Prose, i: number): number {
  const { pieces } = p;
  let lo = 0;
  let hi = pieces.length / 2 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[2 * mid] <= i) lo = mid;
    else hi = mid - 1;
  }
  return pieces[2 * lo + 1] + (i - pieces[2 * lo]);
}

/** The document range of [from, to) of a prose paragraph (it may stand over a line break the prose joined). */
export function rangeIn(p: Prose, from: number, to: number): OffsetRange {
  return { start: offsetOf(p, from), end: to > from ? offsetOf(p, to - 1) + 1 : offsetOf(p, from) };
}

/** Whether [from, to) of a prose paragraph is one run of the document's text, so that an edit may replace it. */
export function isContiguous(p: Prose, from: number, to: number): boolean {
  const r = rangeIn(p, from, to);
  return r.end - r.start === to - from;
}

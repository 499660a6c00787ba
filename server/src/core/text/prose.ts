// The report's running text as the text rules read it: paragraphs joined where a line was broken inside a sentence
// (text extracted from a PDF breaks lines at the page's width), split into sentences, every character mapped back
// to its place in the document.
import type { OffsetRange, Paragraph, ReportModel } from '../types';
import { skipWhiteSpace, visibleEnd } from './normalize';

/** A piece of a prose paragraph: text[from, to) is the document's [at, at + to − from). */
interface Piece {
  from: number;
  to: number;
  at: number;
}

export interface Prose {
  text: string;
  /** The template section it stands in (1..6), if any. */
  section?: number;
  pieces: Piece[];
}

export interface Sentence {
  text: string;
  prose: Prose;
  /** Where the sentence starts in its prose paragraph. */
  from: number;
}

/** The marks that close a line that ends a paragraph (as its last visible character). */
const CLOSING_MARKS = '。！？；：:!?;）)”】》';
/** A line that starts a paragraph of its own: a numbered item or heading, whatever the line before it. */
const OPENS = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、是]|\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}\s*[是要]|附件|注[:：])/;
/** Shorter lines are not a paragraph broken at the page's width. */
const BROKEN_LINE = 16;

/** The report's prose paragraphs, in document order. */
export function proseOf(model: ReportModel): Prose[] {
  const out: Prose[] = [];
  let open: Prose | undefined;
  let last: Paragraph | undefined;
  let lastText = '';
  for (const p of model.paragraphs) {
    // The line trimmed as trim() trims it (a paragraph is never white space only), and where that starts.
    const start = skipWhiteSpace(p.text, 0, p.text.length);
    const text = p.text.slice(start, visibleEnd(p.text));
    const at = p.range.start + start;
    // A line ends its paragraph when it closes a sentence, or is short (a heading, a label, a signature).
    const continues = open && last && last.section === p.section && !CLOSING_MARKS.includes(lastText[lastText.length - 1]) && lastText.length >= BROKEN_LINE
      && !OPENS.test(text) && onNextLine(model.text, last.range.end, p.range.start);
    if (continues && open) {
      open.pieces.push({ from: open.text.length, to: open.text.length + text.length, at });
      open.text += text;
    } else {
      open = { text, section: p.section, pieces: [{ from: 0, to: text.length, at }] };
      out.push(open);
    }
    last = p;
    lastText = text;
  }
  return out;
}

/** Whether only one line break stands between two lines (a blank line ends a paragraph). */
function onNextLine(text: string, end: number, start: number): boolean {
  let breaks = 0;
  for (let i = end; i < start; i++) if (text.charCodeAt(i) === 10) breaks++;
  return breaks <= 1;
}

/** Sentences end at 。！？ and ；, and at the end of the paragraph; a closing quote or bracket stays with its sentence. */
export function sentencesOf(p: Prose): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const re = /[。！？；!?;][”’」』）)]*/g;
  for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
    const to = m.index + m[0].length;
    if (to > from) out.push({ text: p.text.slice(from, to), prose: p, from });
    from = to;
  }
  if (from < p.text.length) out.push({ text: p.text.slice(from), prose: p, from });
  return out;
}

/**
 * The sentences that contain a word, in document order. A paragraph without it is passed by one search, instead of
 * one for each of its sentences (a rule's word is in a few sentences of a report).
 */
export function sentencesWith(sentences: readonly Sentence[], word: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph: Prose | undefined;
  let inParagraph = false;
  for (const s of sentences) {
    if (s.prose !== paragraph) {
      paragraph = s.prose;
      inParagraph = paragraph.text.includes(word);
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

/** The document offset of a character of a prose paragraph. */
function offsetOf(p: Prose, i: number): number {
  for (const piece of p.pieces) if (i < piece.to || piece === p.pieces[p.pieces.length - 1]) return piece.at + (i - piece.from);
  return p.pieces[0].at;
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

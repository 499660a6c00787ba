// A paragraph's text as it is read run by run: the text and its verbatim pieces, cut into segments where a line
// break stands (a body paragraph broken by w:br reads as several paragraphs; a cell joins them).
import type { SourcePiece } from '../../core/source/document';

export interface Segment {
  text: string;
  /** The runs of the text that stand verbatim in the source, relative to the segment's text (the rest has no place there). */
  pieces: SourcePiece[];
}

export class ParagraphText {
  readonly segments: Segment[] = [];
  private parts: string[] = [];
  private length = 0;
  private pieces: SourcePiece[] = [];

  /** Appends text that is not in the source verbatim (a tab read as a space, a number Word puts before the text). */
  add(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }

  /** Appends a text node's text, with its verbatim runs relative to the node's start (see verbatimPieces). */
  addVerbatim(text: string, pieces: SourcePiece[] | undefined): void {
    for (const p of pieces ?? []) this.pieces.push({ start: p.start + this.length, end: p.end + this.length, source: p.source });
    this.add(text);
  }

  /** A line break: what follows starts a new segment. */
  breakLine(): void {
    this.segments.push(this.take());
  }

  /** Every segment, the last one included; the builder is spent. */
  finish(): Segment[] {
    this.segments.push(this.take());
    return this.segments;
  }

  private take(): Segment {
    const segment = { text: this.parts.join(''), pieces: this.pieces };
    this.parts = [];
    this.length = 0;
    this.pieces = [];
    return segment;
  }
}

/** A segment with text put before it (a list number): its pieces move along. */
export function prefixed(prefix: string, s: Segment): Segment {
  if (!prefix) return s;
  return { text: prefix + s.text, pieces: s.pieces.map((p) => ({ start: p.start + prefix.length, end: p.end + prefix.length, source: p.source })) };
}

/** Segments joined without a separator (a cell's paragraphs and lines). */
export function joined(segments: Segment[]): Segment {
  if (segments.length === 1) return segments[0];
  let text = '';
  const pieces: SourcePiece[] = [];
  for (const s of segments) {
    for (const p of s.pieces) pieces.push({ start: p.start + text.length, end: p.end + text.length, source: p.source });
    text += s.text;
  }
  return { text, pieces };
}

// Positioned text, as a PDF's text layer or a `pdftotext -layout` line gives it, and the blocks read from it.
// Coordinates are in the page's own units (points for a PDF, columns for text), y growing downwards.
import type { UnreadableReason } from '../source/document';

/** A run of text on one line: what the caller extracted, with an opaque reference back to its source. */
export interface LayoutWord<R> {
  text: string;
  page: number;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** Font size (the text's height); spacing thresholds are relative to it. */
  size: number;
  ref: R;
}

/** A stroke of a table's ruling, y from the page's top: horizontal (y0 = y1) or vertical (x0 = x1), x0 ≤ x1, y0 ≤ y1. */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A picture's box on its page, y from the page's top. */
export interface Box {
  x0: number;
  top: number;
  x1: number;
  bottom: number;
}

/** Words of one line that stand together (no wide gap between them): a cell's line, or a paragraph's line. */
export interface Segment<R> {
  words: LayoutWord<R>[];
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  size: number;
  /** The words joined as they read: a space where a gap stands between non-CJK text. */
  text: string;
  numeric: boolean;
}

export interface Line<R> {
  page: number;
  top: number;
  bottom: number;
  segments: Segment<R>[];
}

/** A cell's text: its lines, top to bottom (a wrapped label, a label set one character per line). */
export interface LayoutCell<R> {
  lines: Segment<R>[];
  text: string;
  colSpan?: number;
  rowSpan?: number;
  covered?: boolean;
}

export interface LayoutRow<R> {
  cells: LayoutCell<R>[];
}

export type LayoutBlock<R> =
  | { kind: 'paragraph'; lines: Segment<R>[]; text: string }
  | { kind: 'table'; rows: LayoutRow<R>[]; unreadable?: UnreadableReason; first: Segment<R> }
  /** A picture with no text over it, as wide as a table: perhaps a table published as a picture (the reader decides). */
  | { kind: 'picture'; page: number; box: Box };

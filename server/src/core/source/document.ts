// The format-neutral document every reader produces: paragraphs and tables of cells, in reading order, each piece
// with where it stands in the source file. The report model is built from this and never learns the format.

export type SourceFormat = 'text' | 'docx' | 'html' | 'pdf';

/**
 * Where a piece of a document stands in its source, in the source's own terms. Every number is 1-based except the
 * PDF coordinates, which are points from the page's top-left corner (rounded to one decimal).
 */
export type SourceLocation =
  | { format: 'text'; line: number; column: number }
  | { format: 'html'; line: number; column: number }
  /** `table` counts the document's tables (nested ones too) in order; `paragraph` counts body paragraphs. */
  | { format: 'docx'; paragraph?: number; table?: number; row?: number; cell?: number }
  | { format: 'pdf'; page: number; x: number; y: number };

/**
 * A run of a paragraph's or cell's text that stands verbatim in the source: `text[start, end)` equals the source
 * text from `source` on (for .docx, word/document.xml as a string; for HTML, the decoded page). Fixes are written
 * back through pieces: a character not covered by one cannot be changed in the source.
 */
export interface SourcePiece {
  start: number;
  end: number;
  source: number;
}

export interface SourceCell {
  /** The cell's text: its paragraphs and line breaks joined without a separator, no tabs or line breaks left. */
  text: string;
  /** Grid columns the cell spans (w:gridSpan, colspan); 1 when absent. */
  colSpan?: number;
  /** Rows the cell spans (w:vMerge restart, rowspan); 1 when absent. */
  rowSpan?: number;
  /**
   * The cell is the continuation of a cell merged down from the row above: it is listed, empty, as Word's text
   * export lists it. A cell spanning columns is listed once; no covered cells stand for the columns it takes.
   */
  covered?: boolean;
  source?: SourceLocation;
  pieces?: SourcePiece[];
  /**
   * Where the cell's lines meet in `text`, ascending: offsets at which a paragraph or a line break of the cell ended
   * and the next line begins. A fix does not replace across them (it would take the break, and the next line).
   */
  breaks?: number[];
}

export interface SourceRow {
  cells: SourceCell[];
  source?: SourceLocation;
}

/**
 * Why a reader could not read a table with certainty. Nothing is claimed from such a table (no sums, no missing
 * rows, no missing table): it gets one warning.
 * - `image`: the table's area has no text (a picture of a table);
 * - `columns`: cells that cannot be placed in columns;
 * - `ambiguous`: a run of digits with more than one reading;
 * - `column-order`: the text was extracted column by column, labels apart from their numbers;
 * - `shape`: a shape of table the template does not have;
 * - `characters`: many cells whose characters are not numbers (a garbled or badly recognised table);
 * - `no-cells`: only the table's labels were found, as lines of text, not its cells.
 */
export type UnreadableReason = 'image' | 'columns' | 'ambiguous' | 'column-order' | 'shape' | 'characters' | 'no-cells';

export interface SourceTable {
  kind: 'table';
  rows: SourceRow[];
  source?: SourceLocation;
  unreadable?: UnreadableReason;
}

export interface SourceParagraph {
  kind: 'paragraph';
  /** One line of text: no tabs or line breaks (a paragraph broken by w:br or <br> is several paragraphs). */
  text: string;
  source?: SourceLocation;
  pieces?: SourcePiece[];
}

export type SourceBlock = SourceParagraph | SourceTable;

/** A whole document that cannot be read: `no-text-layer` is a scanned PDF (it needs OCR). */
export type DocumentProblem = 'no-text-layer';

export interface SourceDocument {
  format: SourceFormat;
  blocks: SourceBlock[];
  /** Set when nothing of the document could be read; `blocks` is then empty. */
  problem?: DocumentProblem;
}

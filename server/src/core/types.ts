// The report model and the diagnostics the core produces. Positions are UTF-16 offsets into the document text
// (JavaScript string indices); line/character positions exist only at the edges (LSP, CLI).

import type { RowCells } from './model/rowCells';
import type { DocumentProblem, UnreadableReason } from './source/document';
import type { InvalidReason } from './parse/cellValue';

export interface OffsetRange {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export type Lang = 'zh' | 'en';
export type TemplateVersion = 'v2019' | 'v2021';
/** How a table's text is laid out: Word's export, tab-separated rows, Markdown pipes, or space-aligned columns (PDF text). */
export type Layout = 'word' | 'tsv' | 'markdown' | 'aligned';
export type TableNumber = 2 | 3 | 4;

export type { RuleId } from './rules';
import type { RuleId } from './rules';

/** A minimal text edit: replace [start, end) of the text it was computed for with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  /** What the fix does, in the requested language. */
  title: string;
  edits: TextEdit[];
  /** Offered one by one, never applied by fix-all: a change of the text that the writer must judge (which figure is right?). */
  suggestion?: boolean;
}

/** Whether fix-all applies a finding's fix. */
export const fixesInAll = (d: Diagnostic): boolean => !!d.fix && !d.fix.suggestion;

export interface RelatedLocation {
  range: OffsetRange;
  message: string;
  /** In another document (last year's report), as the adapter that gave it named it; its range is in that document's text. */
  document?: string;
}

export interface Diagnostic {
  rule: RuleId;
  severity: Severity;
  message: string;
  range: OffsetRange;
  /** Table rules and cell rules: which table, row and column (spec keys; for table 4 the group key as row). */
  table?: TableNumber;
  row?: string;
  column?: string;
  /** The template version of that table, where the table shows one (row and column names differ between the two). */
  version?: TemplateVersion;
  /** Table rules: `expected` is the computed sum, `actual` the stated figure. */
  expected?: number;
  actual?: number;
  fix?: Fix;
  related?: RelatedLocation[];
}

// ---------------------------------------------------------------------------------------------------------------
// Report model

export type CellState = 'number' | 'missing' | 'invalid';

export interface Cell {
  /** The cell's text as written (wrapped pieces joined, artifacts kept). */
  text: string;
  /** Range of the cell's content in the document (for an empty cell, an empty range where content would go). */
  range: OffsetRange;
  /** The characters a fix replaces: the number itself, the missing-marker, or an empty range in an empty cell. */
  valueRange: OffsetRange;
  state: CellState;
  /** Parsed value; for a missing cell 0 (sums treat blanks as zero), undefined for an invalid one. */
  value: number | undefined;
  /** Why an invalid cell is not a number (`split`: digits with white space between them, one number or two?). */
  invalid: InvalidReason | undefined;
  /** Row and column keys of the template (table 4: group key as row). */
  row: string;
  column: string;
}

export interface RowModel {
  key: string;
  /** The label as written, and where. */
  label: string;
  labelRange: OffsetRange;
  /** The template's label for this row. */
  officialLabel: string;
  /** Group label in effect (table 3: （三）不予公开 …), in the template's words. */
  group?: string;
  range: OffsetRange;
  /** Cells by column key; absent when the row could not be read (see `problem`). */
  cells: RowCells;
  /** Why the row's numbers could not be read, if they could not. */
  problem?: RowProblem;
  /** How the label matched the template: exactly (up to punctuation width and spacing), a known variant, or by key words. */
  labelMatch: LabelMatch;
}

export type LabelMatch = 'official' | 'variant' | 'fuzzy';

export type RowProblem =
  | { kind: 'too-few'; found: number; expected: number }
  | { kind: 'too-many'; found: number; expected: number }
  /** A cell of digits with white space between them (`10 1`): one number or two, so the row cannot be placed in columns. */
  | { kind: 'split'; found: number; expected: number; cell: OffsetRange; text: string }
  /** More cells than columns, but only one reading makes the row add up; the surplus zero cells were set aside. */
  | { kind: 'surplus-resolved'; found: number; expected: number; ignored: OffsetRange[] };

export interface ColumnModel {
  key: string;
  label: string;
  kind: 'count' | 'signed' | 'amount';
}

export interface SubTable {
  /** Table 2: the caption key (1, 5, 6, 8, 9) and caption as written. */
  key: string;
  caption: string;
  captionRange: OffsetRange;
  columns: ColumnModel[];
  rows: RowModel[];
  version?: TemplateVersion;
}

export interface TableModel {
  number: TableNumber;
  title: string;
  range: OffsetRange;
  layout: Layout;
  /** Where a table-level finding points (first line of the table). */
  anchor: OffsetRange;
  /** Version detected from the table itself; 'mixed' when rows or columns of both versions appear. */
  version?: TemplateVersion | 'mixed';
  columns: ColumnModel[];
  rows: RowModel[];
  /** Table 2 only. */
  subTables?: SubTable[];
  /** Rows the template expects that are not in the table. */
  missingRows: string[];
  /** Rows with numbers whose label matches nothing in the template. */
  unknownRows: { label: string; range: OffsetRange }[];
  /** Section the table sits in (canonical number 1..6), if any. */
  sectionIndex?: number;
  /** The table could not be read with certainty (by its reader, or by its shape): it has no rows, and nothing is claimed from it. */
  unreadable?: UnreadableReason;
}

export interface SectionModel {
  /** Canonical number 1..6 for the six template sections; undefined for an extra section. */
  canonical?: number;
  /** Number as written (一, 1, 四 …) and its value. */
  numberText: string;
  numberValue: number;
  title: string;
  titleRange: OffsetRange;
  headingRange: OffsetRange;
  /** From the heading to the next top-level heading. */
  range: OffsetRange;
  /** 'official' | 'variant' (listed in the spec) | 'fuzzy' (recognised by key words). */
  titleMatch: 'official' | 'variant' | 'fuzzy' | 'extra';
  subHeadings: { text: string; range: OffsetRange }[];
}

export interface Paragraph {
  /** The line as written. */
  text: string;
  range: OffsetRange;
  /** The template section it stands in (1..6); none before the first section or in an extra one. */
  section?: number;
}

/** A report's paragraphs in document order, each made when read. */
export interface Paragraphs extends Iterable<Paragraph> {
  readonly length: number;
  at(i: number): Paragraph;
  /** Paragraph i's range and section, without making it. */
  startOf(i: number): number;
  endOf(i: number): number;
  sectionOf(i: number): number | undefined;
}

export interface ReportModel {
  text: string;
  title?: { text: string; range: OffsetRange };
  issuingBody?: string;
  reportYear?: number;
  yearSource?: 'title' | 'period';
  sections: SectionModel[];
  tables: TableModel[];
  /** The lines of text outside the title, the section headings and the tables, in document order. */
  paragraphs: Paragraphs;
  /** Template version the tables use (from table 2 and 3), if consistent. */
  version?: TemplateVersion | 'mixed';
  /** Layout of the first table found. */
  layout?: Layout;
  /** Nothing of the document could be read (a scanned PDF): no other finding is made. */
  problem?: DocumentProblem;
  /**
   * Line breaks of the source that `text` does not show, in text order: where a document's cell joins its
   * paragraphs (an empty range between two characters), or a break a reader left in a cell's text, shown as a space
   * (that character's range). A fix never replaces across one (`takesLineBreak`).
   */
  hiddenBreaks?: OffsetRange[];
}

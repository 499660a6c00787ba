// A <table>: a statistical table becomes a SourceTable; a table that lays out the page (one cell, a cell holding a
// table, a cell holding the report's title or a section heading among other lines, or long prose) is unwrapped
// into the blocks of its cells, in row order, and the tables inside it are read in their turn.
import type { SourceCell, SourceLocation, SourceParagraph, SourcePiece, SourceRow, SourceTable } from '../../core/source/document';
import { startTagLocation, type Element } from './dom';
import { placeCells, type PlacedCell } from './grid';
import type { Line } from './line';
import { isReportTitle, isSectionHeading } from './marks';
import { colSpanOf, rowSpanOf, tableShape, type TableShape } from './tableShape';
import type { Walker } from './walker';

/** More text than this in one cell is prose laid out in a table, not a figure or a label. */
const PROSE_LENGTH = 400;

export function readTable(walker: Walker, table: Element): void {
  const shape = tableShape(table);
  const data = shape.cellCount > 1 ? dataTable(walker, table, shape) : undefined;
  if (!data) return unwrap(walker, shape);
  const span = walker.open();
  if (shape.caption) walker.block(shape.caption);
  for (const heading of data.headings) walker.push(heading);
  walker.push(data.table);
  walker.close(span);
}

/** A layout table: its cells' content as blocks, in reading order. */
function unwrap(walker: Walker, shape: TableShape): void {
  const span = walker.open();
  if (shape.caption) walker.element(shape.caption);
  for (const row of shape.rows) for (const cell of row.cells) walker.element(cell);
  walker.close(span);
}

/** The table as data (with the heading rows over it), or undefined when a cell's text shows that it lays out the page. */
function dataTable(walker: Walker, table: Element, shape: TableShape): { headings: SourceParagraph[]; table: SourceTable } | undefined {
  const rows: { cells: PlacedCell[]; row: { source?: SourceLocation } }[] = [];
  for (let r = 0; r < shape.rows.length; r++) {
    const { tr, cells, groupEnd } = shape.rows[r];
    const placed: PlacedCell[] = [];
    for (const td of cells) {
      const cell = readCell(walker, td);
      if (!cell) return undefined;
      const colSpan = colSpanOf(td);
      const rowSpan = rowSpanOf(td, r, groupEnd);
      if (colSpan > 1) cell.colSpan = colSpan;
      if (rowSpan > 1) cell.rowSpan = rowSpan;
      placed.push({ cell, colSpan, rowSpan });
    }
    rows.push({ cells: placed, row: withSource<{ source?: SourceLocation }>({}, startTagLocation(tr)) });
  }
  const grid = placeCells(rows);
  const headings = headingRows(grid.rows);
  const out = withSource<SourceTable>({ kind: 'table', rows: grid.rows }, startTagLocation(table));
  if (grid.overlaps) out.unreadable = 'columns';
  return { headings, table: out };
}

/**
 * A cell's text: its lines (paragraphs, <br>-separated pieces) joined without a separator, as Word joins a cell's
 * paragraphs; a cell of nothing but &nbsp; is blank. Undefined when the cell is page layout.
 */
function readCell(walker: Walker, td: Element): SourceCell | undefined {
  let text = '';
  const pieces: SourcePiece[] = [];
  const breaks: number[] = [];
  let lines = 0;
  let heading = false;
  const data = walker.readCell(td, (line: Line) => {
    if (isHeading(line.text)) heading = true;
    if (lines) breaks.push(text.length);
    for (const p of line.pieces) pieces.push({ start: p.start + text.length, end: p.end + text.length, source: p.source });
    text += line.text;
    lines++;
  });
  // A heading with more lines in its cell is a report laid out in a table; alone, it may be a table's caption row.
  if (!data || (heading && lines > 1) || text.length > PROSE_LENGTH) return undefined;
  // &nbsp; is how a page keeps an empty cell drawn: such a cell is blank. A full-width space is the writer's text.
  const blank = /^\u00a0*$/.test(text);
  return withSource<SourceCell>({ text: blank ? '' : text, pieces: blank ? [] : pieces, ...(breaks.length && !blank ? { breaks } : {}) }, startTagLocation(td));
}

const isHeading = (line: string) => isReportTitle(line) || isSectionHeading(line);

/**
 * Leading rows of one cell that hold a section heading or the report's title (some reports put 四、… as table 4's
 * first row, across all its columns): they are paragraphs before the table, where the report's sections are found.
 */
function headingRows(rows: SourceRow[]): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  while (rows.length > 1 && rows[0].cells.length === 1 && !rows[0].cells[0].rowSpan && isHeading(rows[0].cells[0].text)) {
    const { text, source, pieces } = rows.shift()!.cells[0];
    out.push(withSource<SourceParagraph>({ kind: 'paragraph', text, pieces: pieces ?? [] }, source));
  }
  return out;
}

/** The object with its source location, when the element has one (an implied element has none). */
function withSource<T extends { source?: SourceLocation }>(o: T, source: SourceLocation | undefined): T {
  if (source) o.source = source;
  return o;
}

// Tables as they are read, and the blocks they become when they end. Merges become spans: w:gridSpan a cell's
// colSpan; w:vMerge restart a rowSpan on the first cell, and each continuation a `covered` empty cell, as Word's
// text export lists them; w:hMerge (the older horizontal merge) folds continued cells into the first.
// Nesting: a one-row, one-cell table is a layout frame, read as the blocks it holds (in a cell, its paragraphs
// join the cell's text). Any other table nested in a cell is not read into the cell: the cell keeps its own text
// and the nested table follows the outer table as a table of its own, so the outer rows keep their shape.
// Locations: `table` counts the document's w:tbl elements from 1 in the order they open (nested tables and layout
// frames count too); `row` counts the table's w:tr elements (a deleted row counts, though it is not read); `cell`
// counts the row's w:tc elements (w:gridBefore and w:gridAfter are grid columns without a w:tc, and count nothing).
// A paragraph of a layout frame takes the frame's cell as its location.
import type { SourceBlock, SourceCell, SourceLocation, SourceParagraph, SourceRow, SourceTable } from '../../core/source/document';
import { joined } from './paragraph';
import type { Segment } from './paragraph';

/** What a body or a cell holds, in order: paragraphs, and tables already resolved. */
export type ContainerItem = SourceParagraph | SourceTable;

export interface CellBuilder {
  /** 1-based place among the row's w:tc elements. */
  index: number;
  gridSpan: number;
  vMerge?: 'restart' | 'continue';
  hMerge?: 'restart' | 'continue';
  items: ContainerItem[];
  /** A paragraph of the cell whose mark was deleted, waiting to be joined to the next one (see body.ts). */
  carry?: Segment;
}

export interface RowBuilder {
  /** 1-based place among the table's w:tr elements (deleted rows included). */
  index: number;
  gridBefore: number;
  /** A row deleted with tracked changes: it does not print. */
  deleted: boolean;
  cells: CellBuilder[];
}

export interface TableBuilder {
  /** 1-based place among the document's w:tbl elements. */
  number: number;
  rows: RowBuilder[];
}

const location = (table: number, row?: number, cell?: number): SourceLocation =>
  row === undefined ? { format: 'docx', table } : cell === undefined ? { format: 'docx', table, row } : { format: 'docx', table, row, cell };

/** The blocks a table reads as: its content when it is a layout frame, else the table and the tables nested in it. */
export function resolveTable(t: TableBuilder): SourceBlock[] {
  const rows = t.rows.filter((r) => !r.deleted && r.cells.length);
  if (rows.length === 1 && rows[0].cells.length === 1) {
    const where = location(t.number, rows[0].index, rows[0].cells[0].index);
    const items = rows[0].cells[0].items.filter((item) => item.kind === 'table' || item.text);
    return items.map((item) => (item.kind === 'paragraph' && !item.source ? { ...item, source: where } : item));
  }
  const nested: SourceTable[] = [];
  const out: SourceRow[] = [];
  // Vertical merges open at a grid column: the cell that began it, and how many columns it spans.
  let open = new Map<number, { cell: SourceCell; colSpan: number }>();
  for (const row of rows) {
    const next = new Map<number, { cell: SourceCell; colSpan: number }>();
    const cells: SourceCell[] = [];
    let column = row.gridBefore;
    for (const c of row.cells) {
      const start = column;
      column += c.gridSpan;
      const previous = cells[cells.length - 1];
      if (c.hMerge === 'continue' && previous && !previous.covered) {
        previous.colSpan = (previous.colSpan ?? 1) + c.gridSpan;
        continue;
      }
      const owner = open.get(start);
      if (c.vMerge === 'continue' && owner && owner.colSpan === c.gridSpan) {
        owner.cell.rowSpan = (owner.cell.rowSpan ?? 1) + 1;
        next.set(start, owner);
        cells.push(withSpan({ text: '', covered: true, source: location(t.number, row.index, c.index) }, c.gridSpan));
        continue;
      }
      const cell = withSpan(cellOf(c, t.number, row.index, nested), c.gridSpan);
      if (c.vMerge === 'restart' || c.vMerge === 'continue') next.set(start, { cell, colSpan: c.gridSpan });
      cells.push(cell);
    }
    open = next;
    out.push({ cells, source: location(t.number, row.index) });
  }
  return [{ kind: 'table', rows: out, source: location(t.number) }, ...nested];
}

function withSpan(cell: SourceCell, gridSpan: number): SourceCell {
  if (gridSpan > 1) cell.colSpan = gridSpan;
  return cell;
}

/** A cell's text (its paragraphs joined); the tables nested in it are set aside for after the outer table. */
function cellOf(c: CellBuilder, table: number, row: number, nested: SourceTable[]): SourceCell {
  const segments: Segment[] = [];
  for (const item of c.items) {
    if (item.kind === 'table') nested.push(item);
    else segments.push({ text: item.text, pieces: item.pieces ?? [] });
  }
  const { text, pieces } = segments.length ? joined(segments) : { text: '', pieces: [] };
  const cell: SourceCell = { text, source: location(table, row, c.index) };
  if (pieces.length) cell.pieces = pieces;
  // Each segment is a line of the cell (a paragraph, or a part of one a w:br ended): where they meet, a break stands.
  const breaks: number[] = [];
  for (let i = 0, at = 0; i < segments.length - 1; i++) breaks.push((at += segments[i].text.length));
  if (breaks.length) cell.breaks = breaks;
  return cell;
}

// A table's cells placed on its grid, listed as the SourceDocument contract (and Word's text export) lists them: a
// cell spanning columns once, with its colSpan; a cell merged down listed in its own row with its rowSpan and, in
// each row below that it covers, as an empty `covered` cell at the grid position it takes.
import type { SourceCell, SourceRow } from '../../core/source/document';

export interface PlacedCell {
  cell: SourceCell;
  colSpan: number;
  rowSpan: number;
}

/** A cell merged down from an earlier row: its grid columns and the row after its last. */
interface Merge {
  column: number;
  colSpan: number;
  until: number;
}

export interface Grid {
  rows: SourceRow[];
  /** Cells that overlap on the grid (a colspan running into a cell merged from above): columns are uncertain. */
  overlaps: boolean;
}

/** Places the rows' cells, inserting the covered cells of vertical merges. */
export function placeCells(rows: { cells: PlacedCell[]; row: Omit<SourceRow, 'cells'> }[]): Grid {
  let merges: Merge[] = [];
  let overlaps = false;
  const out: SourceRow[] = [];
  rows.forEach(({ cells, row }, r) => {
    const listed: SourceCell[] = [];
    const started: Merge[] = [];
    let column = 0;
    let m = 0;
    /** Lists the merges from above that take the grid up to `column` (all of them when `all`). */
    const cover = (all: boolean) => {
      for (; m < merges.length && (all || merges[m].column <= column); m++) {
        if (merges[m].column < column) overlaps = true;
        listed.push(covered(merges[m].colSpan));
        column = Math.max(column, merges[m].column + merges[m].colSpan);
      }
    };
    for (const placed of cells) {
      cover(false);
      listed.push(placed.cell);
      if (placed.rowSpan > 1) started.push({ column, colSpan: placed.colSpan, until: r + placed.rowSpan });
      column += placed.colSpan;
    }
    cover(true);
    if (listed.length) out.push({ ...row, cells: listed });
    merges = [...merges.filter((g) => g.until > r + 1), ...started].sort((a, b) => a.column - b.column);
  });
  return { rows: out, overlaps };
}

function covered(colSpan: number): SourceCell {
  return colSpan > 1 ? { text: '', covered: true, colSpan } : { text: '', covered: true };
}

// A ruled table's words → its rows of cells. Each word goes to the cell its middle stands in; a cell's words are
// read as lines, top to bottom (a wrapped label, a label set one character per line). A cell merged down is
// listed in the rows below it as a covered cell, as the document model lists it; a cell spanning columns, once.
import type { Grid } from './grid';
import { ITEM_START } from './cellBlocks';
import { isNumberText, joinLines, lineOf, pageLines } from './lines';
import type { LayoutCell, LayoutRow, LayoutWord, Segment } from './types';
import type { UnreadableReason } from '../source/document';

/** How far (in font sizes) a word may reach over its cell's border: text set across a border belongs to no one cell. */
const OVERHANG = 0.3;

export interface GridTable<R> {
  page: number;
  top: number;
  /** The table's left and right edges: a table continued on the next page has the same. */
  x0: number;
  x1: number;
  rows: LayoutRow<R>[];
  /** Each cell's left and right edge, in the shape of `rows`. */
  edges: [number, number][][];
  first: Segment<R>;
  unreadable?: UnreadableReason;
}

const middle = (w: LayoutWord<unknown>) => ({ x: (w.x0 + w.x1) / 2, y: (w.top + w.bottom) / 2 });

/** Whether the grid's area holds the word's middle. */
export function holds(grid: Grid, w: LayoutWord<unknown>): boolean {
  const { x, y } = middle(w);
  return x >= grid.xs[0] && x <= grid.xs[grid.xs.length - 1] && y >= grid.ys[0] && y <= grid.ys[grid.ys.length - 1];
}

/** The band index of a value among sorted borders: the last border at or before it. */
function bandOf(borders: number[], v: number): number {
  let lo = 0, hi = borders.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (borders[mid] <= v) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/** The grid's table from the words in it; none when it holds no text (an empty frame). */
export function gridTable<R>(grid: Grid, words: LayoutWord<R>[], page: number): GridTable<R> | undefined {
  if (!words.length) return undefined;
  const cols = grid.xs.length - 1;
  const wordsOf: LayoutWord<R>[][] = grid.cells.map(() => []);
  let unreadable: UnreadableReason | undefined = grid.regular ? undefined : 'columns';
  for (const w of words) {
    const { x, y } = middle(w);
    const c = grid.cellAt[bandOf(grid.ys, y) * cols + bandOf(grid.xs, x)];
    const cell = grid.cells[c];
    if (w.x0 < grid.xs[cell.c0] - OVERHANG * w.size || w.x1 > grid.xs[cell.c1] + OVERHANG * w.size) unreadable = 'columns';
    wordsOf[c].push(w);
  }
  const texts = wordsOf.map((ws) => cellLines(ws, page));
  const rows: LayoutRow<R>[] = [];
  const edges: [number, number][][] = [];
  for (let i = 0; i + 1 < grid.ys.length; i++) {
    const cells: LayoutCell<R>[] = [];
    const rowEdges: [number, number][] = [];
    for (let j = 0; j < cols;) {
      const k = grid.cellAt[i * cols + j], cell = grid.cells[k];
      const span = cell.c1 - cell.c0;
      const out: LayoutCell<R> = cell.r0 < i ? { lines: [], text: '', covered: true } : { lines: texts[k], text: joinLines(texts[k]) };
      if (span > 1) out.colSpan = span;
      if (cell.r0 === i && cell.r1 - cell.r0 > 1) out.rowSpan = cell.r1 - cell.r0;
      cells.push(out);
      rowEdges.push([grid.xs[cell.c0], grid.xs[cell.c1]]);
      j = cell.c1;
    }
    rows.push({ cells });
    edges.push(rowEdges);
  }
  const first = texts.find((t) => t.length)![0];
  return { page, top: grid.ys[0], x0: grid.xs[0], x1: grid.xs[cols], rows, edges, first, ...(unreadable ? { unreadable } : {}) };
}

/** A cell's words as its lines' segments, top to bottom. */
function cellLines<R>(words: LayoutWord<R>[], page: number): Segment<R>[] {
  if (!words.length) return [];
  return pageLines(words).flatMap((ws) => lineOf(page, ws).segments);
}

/**
 * The table continued from one page on the next (the same edges, nothing between them but the page break): its
 * rows after the first part's. A header repeated on the new page is dropped; a row broken by the page (its
 * label's last lines at the top of the new page, its numbers left behind) is joined back together; so is a merged
 * cell broken by the page.
 */
export function continued<R>(a: GridTable<R>, b: GridTable<R>): GridTable<R> | undefined {
  const size = a.first.size;
  if (b.page !== a.page + 1 || Math.abs(a.x0 - b.x0) > size || Math.abs(a.x1 - b.x1) > size) return undefined;
  const rowText = (r: LayoutRow<R>) => r.cells.map((c) => c.text).join('\t');
  let skip = 0;
  while (skip < b.rows.length && skip < a.rows.length && rowText(b.rows[skip]).trim() && rowText(b.rows[skip]) === rowText(a.rows[skip])) skip++;
  const rows = [...a.rows, ...b.rows.slice(skip)].map((r) => ({ cells: [...r.cells] }));
  const edges = [...a.edges, ...b.edges.slice(skip)];
  const seam = a.rows.length;
  if (seam < rows.length) {
    if (brokenRow(rows[seam - 1], rows[seam])) {
      rows[seam - 1] = { cells: rows[seam - 1].cells.map((c, k) => joinCells(c, rows[seam].cells[k], 0)) };
      rows.splice(seam, 1);
      edges.splice(seam, 1);
    } else joinBrokenCells(rows, edges, seam, size);
  }
  return { ...a, rows, edges, unreadable: a.unreadable ?? b.unreadable };
}

/** A cell that holds a number and nothing else (its padding aside): the layout's one test of a number. */
const isNumber = (t: string) => isNumberText(t.trim());

/** The new page's first row holds only the rest of labels: text where the row above has labels, none where it has numbers. */
function brokenRow<R>(above: LayoutRow<R>, row: LayoutRow<R>): boolean {
  if (above.cells.length !== row.cells.length || !row.cells.some((c) => c.text)) return false;
  if (!above.cells.some((c) => isNumber(c.text))) return false;
  return row.cells.every((c, k) => !c.text || (!isNumber(c.text) && !isNumber(above.cells[k].text) && !above.cells[k].covered));
}

/**
 * A label cell merged over rows that the page broke (（四）无 | 法提供): in a column of merged cells, the new page's
 * first cell continues the cell above it when it is empty or its text does not start an item of its own.
 */
function joinBrokenCells<R>(rows: LayoutRow<R>[], edges: [number, number][][], seam: number, size: number): void {
  rows[seam].cells.forEach((cell, k) => {
    if (cell.covered || isNumber(cell.text) || ITEM_START.test(cell.text)) return;
    const [x0, x1] = edges[seam][k];
    const same = (e: [number, number]) => Math.abs(e[0] - x0) <= size && Math.abs(e[1] - x1) <= size;
    for (let i = seam - 1; i >= 0; i--) {
      const j = edges[i].findIndex(same);
      if (j < 0) return;
      const above = rows[i].cells[j];
      if (above.covered) continue;
      const merged = (above.rowSpan ?? 1) > 1 || (cell.rowSpan ?? 1) > 1;
      if (i + (above.rowSpan ?? 1) !== seam || !merged || !above.text || isNumber(above.text)) return;
      rows[i].cells[j] = joinCells(above, cell, cell.rowSpan ?? 1);
      rows[seam].cells[k] = { lines: [], text: '', covered: true, ...(cell.colSpan ? { colSpan: cell.colSpan } : {}) };
      return;
    }
  });
}

/** A cell with the text of its part on the next page after its own, over `moreRows` more rows. */
function joinCells<R>(a: LayoutCell<R>, b: LayoutCell<R>, moreRows: number): LayoutCell<R> {
  const rowSpan = (a.rowSpan ?? 1) + moreRows;
  const out: LayoutCell<R> = b.text ? { ...a, lines: [...a.lines, ...b.lines], text: joinLines([...a.lines, ...b.lines]) } : { ...a };
  if (rowSpan > 1) out.rowSpan = rowSpan;
  return out;
}

// A table region's lines → rows of cells. Rows are the lines that carry numbers; the label blocks that stand by a
// number line are the row's labels (placed in label columns, merged cells found by columnSpans); blocks that touch
// no number line are rows of their own (captions, header rows). Number columns are the x ranges the numbers of a
// section (the number rows after one run of caption or header rows) take: a row with no number in a column gets an
// empty cell there. What cannot be placed with certainty makes the table unreadable.
import type { UnreadableReason } from '../source/document';
import { blockText, CellBlock } from './cellBlocks';
import { hasAmbiguousDigits } from './lines';
import { columnSpans, ColumnCell } from './spans';
import type { LayoutCell, LayoutRow, Line } from './types';
import { numberColumns, NumberColumns } from './numberColumns';
import { Item, NumberRow, pageItems, TextRow } from './rows';
import { firstAtLeast } from './cellBlocks';


export interface TableLayout<R> {
  rows: LayoutRow<R>[];
  unreadable?: UnreadableReason;
}

const cellOf = <R>(b: CellBlock<R>): LayoutCell<R> => ({ lines: b.lines, text: blockText(b) });

/** Reads a table region (its lines, possibly over several pages) as rows of cells. */
/**
 * How merged label cells are measured: `y`, by the page's geometry (a PDF); `index`, by counting rows (a text, whose
 * blank lines do not stand for heights: a label between two rows' lines is half-way between them).
 */
export type RowSpace = 'y' | 'index';

export function readTable<R>(lines: Line<R>[], space: RowSpace = 'y'): TableLayout<R> {
  if (lines.some((l) => l.segments.some(hasAmbiguousDigits))) return { rows: rowsAsLines(lines), unreadable: 'ambiguous' };
  const items: Item<R>[] = [];
  for (const onPage of byPage(lines).values()) for (const item of pageItems(onPage, space === 'index')) items.push(item);
  const rows: LayoutRow<R>[] = [];
  let unreadable: UnreadableReason | undefined;
  for (const section of sections(items)) {
    for (const t of section.header) rows.push({ cells: t.blocks.sort((a, b) => a.x0 - b.x0).map(cellOf) });
    const out = sectionRows(section.rows, space);
    if (!out) unreadable = 'columns';
    for (const row of out ?? section.rows.map((r) => ({ cells: [...r.labels, ...r.numbers].sort((a, b) => a.x0 - b.x0).map(cellOf) }))) rows.push(row);
  }
  return { rows, unreadable };
}

/** The items of each page, pages in the order they first come, items in their order. */
function byPage<T extends { page: number }>(items: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const it of items) {
    const list = out.get(it.page);
    if (list) list.push(it);
    else out.set(it.page, [it]);
  }
  return out;
}

/** The lines as rows, one cell per segment: what an unreadable table still shows. */
function rowsAsLines<R>(lines: Line<R>[]): LayoutRow<R>[] {
  return lines.map((l) => ({ cells: l.segments.map((s) => ({ lines: [s], text: s.text })) }));
}

function sections<R>(items: Item<R>[]): { header: TextRow<R>[]; rows: NumberRow<R>[] }[] {
  const out: { header: TextRow<R>[]; rows: NumberRow<R>[] }[] = [];
  let cur: (typeof out)[number] | undefined;
  for (const it of items) {
    if (it.kind === 'text') {
      if (!cur || cur.rows.length) out.push((cur = { header: [], rows: [] }));
      cur.header.push(it);
    } else {
      if (!cur) out.push((cur = { header: [], rows: [] }));
      cur.rows.push(it);
    }
  }
  return out;
}

/**
 * Two neighbouring rows whose numbers fill complementary columns: one row's numbers set at two heights (cells
 * aligned differently) or two rows with blank cells; which it is cannot be told without the table's rules.
 */
function complementaryRows<R>(rows: NumberRow<R>[], cols: NumberColumns<CellBlock<R>>): boolean {
  const filled = rows.map((r) => cols.place(r.numbers).map((b) => b !== undefined));
  for (let i = 1; i < rows.length; i++) {
    if (rows[i].page !== rows[i - 1].page) continue;
    const a = filled[i - 1], b = filled[i];
    if (a.every(Boolean) || b.every(Boolean)) continue;
    if (a.every((f, k) => !(f && b[k]))) return true;
  }
  return false;
}

/** The first item of a numbered list: 1. 1、 （一）. */
const LIST_START = /^(?:1[.．、]|[（(]一[）)])/;

type Bands = { bandTop: number[]; bandBottom: number[]; at: (y: number) => number };

/** Each row's band on the page: from half-way to the row above to half-way to the row below. */
function yBands<R>(pr: NumberRow<R>[]): Bands {
  const bandTop = pr.map((r, k) => (k ? (pr[k - 1].y + r.y) / 2 : r.top - (k + 1 < pr.length ? (pr[1].y - r.y) / 2 : r.bottom - r.top)));
  const bandBottom = pr.map((r, k) => (k + 1 < pr.length ? (r.y + pr[k + 1].y) / 2 : r.bottom + (k ? (r.y - pr[k - 1].y) / 2 : r.bottom - r.top)));
  return { bandTop, bandBottom, at: (y) => y };
}

/**
 * Rows counted: row k takes [k − ½, k + ½]; a height between two rows' lines maps in proportion between them. The
 * rows stand top to bottom: the row below a height is found by halving (by reading them all if they do not).
 */
function indexBands<R>(pr: NumberRow<R>[]): Bands {
  const ys = pr.map((r) => r.y);
  const ordered = ys.every((y, k) => k === 0 || y >= ys[k - 1]);
  /** The first row from the second on whose middle is at or below y; pr.length if none is. */
  const below = (y: number) => {
    if (ordered) return Math.max(1, firstAtLeast(ys, y));
    let k = 1;
    while (k < pr.length && !(y <= ys[k])) k++;
    return k;
  };
  const at = (y: number) => {
    if (y <= pr[0].y) return (y - pr[0].y) / Math.max(1, pr[0].bottom - pr[0].top);
    const j = below(y);
    if (j < pr.length) return j - 1 + (y - pr[j - 1].y) / (pr[j].y - pr[j - 1].y);
    const last = pr[pr.length - 1];
    return pr.length - 1 + (y - last.y) / Math.max(1, last.bottom - last.top);
  };
  return { bandTop: pr.map((_, k) => k - 0.5), bandBottom: pr.map((_, k) => k + 0.5), at };
}

/** Label columns: the left edges of the section's label blocks, a font size apart. */
function labelColumns<R>(rows: NumberRow<R>[]): number[] {
  const xs = rows.flatMap((r) => r.labels.map((b) => ({ x: b.x0, size: b.size }))).sort((a, b) => a.x - b.x);
  const cols: number[] = [];
  for (const { x, size } of xs) if (!cols.length || x - cols[cols.length - 1] > size) cols.push(x);
  return cols;
}

function sectionRows<R>(rows: NumberRow<R>[], space: RowSpace): LayoutRow<R>[] | undefined {
  // Columns per page: a page's text grid (pdftotext's) need not be the next page's; the count must be the same.
  const numCols = new Map<number, NumberColumns<CellBlock<R>>>();
  const rowsByPage = byPage(rows);
  for (const [page, onPage] of rowsByPage) {
    const cols = numberColumns(onPage.map((r) => r.numbers));
    if (!cols || complementaryRows(onPage, cols)) return undefined;
    numCols.set(page, cols);
  }
  if (new Set([...numCols.values()].map((c) => c.count)).size > 1) return undefined;
  // Label columns: a PDF's stand at the same x on every page; a text's per page, as many on each (matched in order
  // across a page break).
  const colsByPage = new Map<number, number[]>();
  const all = space === 'y' ? labelColumns(rows) : undefined;
  for (const page of numCols.keys()) colsByPage.set(page, all ?? labelColumns(rowsByPage.get(page)!));
  let count = 0;
  for (const c of colsByPage.values()) count = Math.max(count, c.length);
  // Each page's rows, by their index in `rows`.
  const indexByPage = byPage(rows.map((r, i) => ({ page: r.page, i })));
  if ([...colsByPage.values()].some((c) => c.length && c.length !== count)) return undefined;
  const colOf = (b: CellBlock<R>) => {
    const cols = colsByPage.get(b.page)!;
    let c = 0;
    while (c + 1 < cols.length && b.x0 >= cols[c + 1] - b.size / 2) c++;
    return c;
  };
  const layout: ColumnCell[][] = rows.map(() => []);
  const blocksOf: CellBlock<R>[][] = Array.from({ length: count }, () => []);
  const joinedText = new Map<CellBlock<R>, CellBlock<R>[]>();
  for (let c = 0; c < count; c++) {
    let lastOfPrev: CellBlock<R> | undefined;
    let prevReachesEnd = false;
    // Only a column of merged cells continues a cell across a page: in a column where every row has its own cell,
    // the next page's first cell is a cell of its own.
    let merged = false;
    for (const onPage of indexByPage.values()) {
      const idx = onPage.map((x) => x.i);
      const pr = idx.map((i) => rows[i]);
      const sits = pr.map((r) => {
        const mine = r.labels.filter((b) => colOf(b) === c);
        if (mine.length > 1) return -2;
        if (!mine.length) return -1;
        blocksOf[c].push(mine[0]);
        return blocksOf[c].length - 1;
      });
      if (sits.includes(-2)) return undefined;
      const spanned = pr.map((r) => r.labels.some((b) => colOf(b) < c) && !r.labels.some((b) => colOf(b) >= c));
      const { bandTop, bandBottom, at } = space === 'y' ? yBands(pr) : indexBands(pr);
      const middle = (b: number) => at((blocksOf[c][b].top + blocksOf[c][b].bottom) / 2);
      const extent = (b: number): [number, number] => [at(blocksOf[c][b].top), at(blocksOf[c][b].bottom)];
      const listStart = pr.map((r) => r.labels.some((b) => colOf(b) > c && LIST_START.test(blockText(b))));
      const labelRight = pr.map((r) => r.labels.some((b) => colOf(b) > c));
      const res = columnSpans({ bandTop, bandBottom, sits, spanned, middle, extent, listStart, labelRight, continues: prevReachesEnd && merged && lastOfPrev !== undefined });
      if (!res) return undefined;
      if (res.joined !== undefined && lastOfPrev) joinedText.set(lastOfPrev, [...(joinedText.get(lastOfPrev) ?? []), blocksOf[c][res.joined]]);
      res.cells.forEach((cell, k) => {
        if (res.joined !== undefined && cell.kind === 'block' && cell.block === res.joined) layout[idx[k]][c] = { kind: 'covered' };
        else layout[idx[k]][c] = cell;
      });
      const lastBlock = [...res.cells].reverse().find((x) => x.kind === 'block');
      if (lastBlock && lastBlock.kind === 'block' && lastBlock.block !== res.joined) lastOfPrev = blocksOf[c][lastBlock.block];
      prevReachesEnd = res.reachesEnd;
      merged ||= res.cells.some((x) => x.kind === 'block' && x.rowSpan > 1);
    }
  }
  return rows.map((r, i) => {
    const cells: LayoutCell<R>[] = [];
    for (let c = 0; c < count; c++) {
      const cell = layout[i][c];
      if (!cell || cell.kind === 'spanned' || cell.kind === 'empty') continue;
      if (cell.kind === 'covered') { cells.push({ lines: [], text: '', covered: true }); continue; }
      const b = blocksOf[c][cell.block];
      const parts = [b, ...(joinedText.get(b) ?? [])];
      const out: LayoutCell<R> = { lines: parts.flatMap((p) => p.lines), text: parts.map(blockText).join('') };
      let span = 1;
      while (c + span < count && layout[i][c + span]?.kind === 'spanned') span++;
      if (span > 1) out.colSpan = span;
      if (cell.rowSpan > 1) out.rowSpan = cell.rowSpan;
      cells.push(out);
    }
    return { cells: [...cells, ...numCols.get(r.page)!.place(r.numbers).map((b) => (b ? cellOf(b) : { lines: [], text: '' }))] };
  });
}

// A page of a table region → its rows: number rows (a line of numbers, with the label blocks beside it and any text
// set in its number columns) and text rows (captions, header rows: blocks that touch no number line).
import { CellBlock, cellBlocks, firstAtLeast } from './cellBlocks';
import type { Line, Segment } from './types';
import { maxOf, minOf } from '../arrays';

export interface NumberRow<R> {
  kind: 'numbers';
  page: number;
  y: number;
  top: number;
  bottom: number;
  /** The row's number cells, left to right; a cell's text above its number (a marker, a note) is in `above`. */
  numbers: CellBlock<R>[];
  labels: CellBlock<R>[];
  /** Text in the number columns (not a number), by the block it stands in: it is part of that column's cell. */
  texts: CellBlock<R>[];
}

export interface TextRow<R> {
  kind: 'text';
  page: number;
  top: number;
  bottom: number;
  blocks: CellBlock<R>[];
}

export type Item<R> = NumberRow<R> | TextRow<R>;

const overlapsX = (a: { x0: number; x1: number }, b: { x0: number; x1: number }) => a.x0 < b.x1 && b.x0 < a.x1;

/** Text set where the rows' numbers stand (a marker in a number cell), not left of them where labels stand. */
function inNumberArea<R>(b: CellBlock<R>, rows: NumberRow<R>[]): boolean {
  let left = Infinity;
  for (const r of rows) for (const n of r.numbers) left = Math.min(left, n.x0);
  return b.x0 >= left - b.size / 2;
}

function nearestRow<R>(rows: NumberRow<R>[], b: CellBlock<R>): NumberRow<R> {
  const m = (b.top + b.bottom) / 2;
  return rows.reduce((p, q) => (Math.abs(q.y - m) < Math.abs(p.y - m) ? q : p));
}

/**
 * Makes each text in row i's number columns one cell with the number in its column: the row's own number beside it,
 * or a number set right under it (a cell whose text wrapped above its number), which then leaves the row it formed.
 */
function foldTexts<R>(rows: NumberRow<R>[], i: number): void {
  const row = rows[i];
  const next = rows[i + 1];
  for (const t of row.texts) {
    const parts: CellBlock<R>[] = [t, ...row.numbers.filter((n) => overlapsX(n, t))];
    const below = next?.page === row.page ? next.numbers.filter((n) => overlapsX(n, t) && n.top >= t.bottom - 0.2 * n.size && n.top - t.bottom < 1.2 * n.size) : [];
    if (next && below.length && below.length === next.numbers.length) {
      for (const n of below) parts.push(n);
      rows.splice(i + 1, 1);
    }
    parts.sort((a, b) => a.top - b.top);
    const cell: CellBlock<R> = {
      page: t.page, lines: parts.flatMap((p) => p.lines), x0: minOf(parts, (p) => p.x0), x1: maxOf(parts, (p) => p.x1),
      top: parts[0].top, bottom: maxOf(parts, (p) => p.bottom), size: t.size, numeric: false,
    };
    row.numbers = [...row.numbers.filter((n) => !parts.includes(n)), cell].sort((a, b) => a.x0 - b.x0);
  }
  row.texts = [];
}

export function pageItems<R>(lines: Line<R>[], text = false): Item<R>[] {
  const blocks = cellBlocks(lines, text);
  // A number is never stacked: its block is the one its segment started.
  const numberBlock = new Map<Segment<R>, CellBlock<R>>();
  for (const b of blocks) if (b.numeric) numberBlock.set(b.lines[0], b);
  const numberRows: NumberRow<R>[] = [];
  for (const l of lines) {
    const numbers: CellBlock<R>[] = [];
    for (const s of l.segments) {
      const b = numberBlock.get(s);
      if (b && b.page === l.page) numbers.push(b);
    }
    if (!numbers.length) continue;
    let top = Infinity, bottom = -Infinity;
    for (const b of numbers) { top = Math.min(top, b.top); bottom = Math.max(bottom, b.bottom); }
    numberRows.push({ kind: 'numbers', page: l.page, y: (top + bottom) / 2, top, bottom, numbers, labels: [], texts: [] });
  }
  mergeSplitRows(numberRows);
  const rowsAt = new RowIndex(numberRows);
  const texts: TextRow<R>[] = [];
  // Blocks come top to bottom: a text row that ends above a block's top takes no later block, and is not looked at.
  const blocksTopDown = blocks.every((b, i) => i === 0 || b.top >= blocks[i - 1].top);
  let openTexts: TextRow<R>[] = [];
  for (const b of blocks) {
    if (b.numeric) continue;
    const touched = rowsAt.overlapping(b.top, b.bottom);
    if (touched.length && inNumberArea(b, touched)) {
      nearestRow(touched, b).texts.push(b);
      continue;
    }
    if (touched.length) {
      // The row nearest the block's middle: a label wrapped around its row's number line, or a merged cell's label.
      const m = (b.top + b.bottom) / 2;
      touched.sort((p, q) => Math.abs(p.y - m) - Math.abs(q.y - m))[0].labels.push(b);
      continue;
    }
    if (blocksTopDown) openTexts = openTexts.filter((t) => t.bottom > b.top);
    const home = (blocksTopDown ? openTexts : texts).find((t) => t.top < b.bottom && t.bottom > b.top);
    if (home) { home.blocks.push(b); home.top = Math.min(home.top, b.top); home.bottom = Math.max(home.bottom, b.bottom); } else {
      const row: TextRow<R> = { kind: 'text', page: b.page, top: b.top, bottom: b.bottom, blocks: [b] };
      texts.push(row);
      openTexts.push(row);
    }
  }
  for (let i = numberRows.length - 1; i >= 0; i--) if (numberRows[i].texts.length) foldTexts(numberRows, i);
  const items: Item<R>[] = [...numberRows, ...texts].sort((a, b) => a.top - b.top);
  // A label between two number rows that reaches no number column (a merged cell's label set between its rows'
  // number lines) belongs to the row nearest its middle, not to a row of its own.
  let firstNumber = Infinity;
  for (const r of numberRows) for (const b of r.numbers) firstNumber = Math.min(firstNumber, b.x0);
  return items.filter((it, i) => {
    if (it.kind !== 'text' || items[i - 1]?.kind !== 'numbers' || items[i + 1]?.kind !== 'numbers') return true;
    if (it.blocks.some((b) => b.x1 >= firstNumber)) return true;
    for (const b of it.blocks) {
      const m = (b.top + b.bottom) / 2;
      const prev = items[i - 1] as NumberRow<R>, next = items[i + 1] as NumberRow<R>;
      // A row that has its own label where this block stands is not this block's row (pdftotext sets a cell's top-
      // aligned label above the line of its row's numbers).
      const taken = (r: NumberRow<R>) => r.labels.some((l) => Math.abs(l.x0 - b.x0) <= b.size);
      const nearer = Math.abs(prev.y - m) <= Math.abs(next.y - m) ? prev : next;
      const other = nearer === prev ? next : prev;
      (taken(nearer) && !taken(other) ? other : nearer).labels.push(b);
    }
    return false;
  });
}

/**
 * Number rows searched by height. Rows come top to bottom; when their tops are in order, the rows that start above
 * a height are a prefix found by halving, and of those, the ones that reach below another height start after the
 * first whose running lowest bottom does: only the rows around a block are read.
 */
class RowIndex<R> {
  private readonly tops: number[];
  /** Per row, the lowest bottom of it and the rows above it. */
  private readonly reach: number[];
  private readonly ordered: boolean;

  constructor(private readonly rows: NumberRow<R>[]) {
    this.tops = rows.map((r) => r.top);
    let reach = -Infinity;
    this.reach = rows.map((r) => (reach = Math.max(reach, r.bottom)));
    this.ordered = this.tops.every((t, i) => i === 0 || t >= this.tops[i - 1]);
  }

  /** The rows that overlap (top, bottom), in order. */
  overlapping(top: number, bottom: number): NumberRow<R>[] {
    const overlaps = (r: NumberRow<R>) => r.top < bottom && r.bottom > top;
    if (!this.ordered) return this.rows.filter(overlaps);
    const end = firstAtLeast(this.tops, bottom);
    const out: NumberRow<R>[] = [];
    for (let k = firstAbove(this.reach, top); k < end; k++) if (overlaps(this.rows[k])) out.push(this.rows[k]);
    return out;
  }
}

/** The first index of an ascending array whose value is > x (its length when none is). */
function firstAbove(v: number[], x: number): number {
  let lo = 0;
  let hi = v.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * One row's numbers set at different heights (cells aligned differently, a LibreOffice export): two number lines
 * closer than a line's height whose numbers stand in different columns are one row.
 */
function mergeSplitRows<R>(rows: NumberRow<R>[]): void {
  for (let i = rows.length - 1; i > 0; i--) {
    const a = rows[i - 1], b = rows[i];
    let size = Infinity;
    for (const n of a.numbers) size = Math.min(size, n.size);
    for (const n of b.numbers) size = Math.min(size, n.size);
    if (Math.abs(b.y - a.y) >= 0.9 * size) continue;
    if (a.numbers.some((m) => b.numbers.some((n) => m.x0 < n.x1 && n.x0 < m.x1))) continue;
    for (const n of b.numbers) a.numbers.push(n);
    a.numbers.sort((p, q) => p.x0 - q.x0);
    a.top = Math.min(a.top, b.top); a.bottom = Math.max(a.bottom, b.bottom); a.y = (a.top + a.bottom) / 2;
    rows.splice(i, 1);
  }
}


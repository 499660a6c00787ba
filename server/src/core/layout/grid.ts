// A page's ruling lines → the grids of its tables. A table drawn with borders says exactly where its rows and
// columns are and which cells are merged: the text alone does not (LibreOffice sets one row's cells at different
// heights, a blank table has no text to find). Strokes of one border are joined; a grid is a set of horizontal and
// vertical rules that touch each other; its elementary cells lie between neighbouring rules, and two of them are
// one merged cell where no rule parts them.
import type { Rule } from './types';
import { maxOf, minOf } from '../arrays';

/** How far apart (in points) two strokes may stand and still be one border: a rule's width, a doubled border. */
const TOLERANCE = 2;
/** Bounds for a hostile file: the rules of a page looked at (a real table has a few hundred strokes at most), and
 * the elementary cells of a grid (a real table has a few hundred). */
export const MAX_RULES = 4000;
const MAX_CELLS = 10_000;

interface Horizontal { y: number; x0: number; x1: number }
interface Vertical { x: number; y0: number; y1: number }

/** A merged cell: elementary rows [r0, r1) and columns [c0, c1). */
export interface GridCell { r0: number; r1: number; c0: number; c1: number }

export interface Grid {
  /** Column borders, left to right, and row borders, top to bottom: elementary cell (i, j) is between ys[i], ys[i + 1] and xs[j], xs[j + 1]. */
  xs: number[];
  ys: number[];
  cells: GridCell[];
  /** The merged cell of each elementary cell, row by row (an index into `cells`). */
  cellAt: number[];
  /** False when some merged cell is not a rectangle: its rows and columns cannot be told. */
  regular: boolean;
}

/** Values closer than the tolerance, chained, are one: their mean. */
function clusters(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let sum = 0, n = 0, last = -Infinity;
  for (const v of sorted) {
    if (n && v - last > TOLERANCE) { out.push(sum / n); sum = 0; n = 0; }
    sum += v; n++; last = v;
  }
  if (n) out.push(sum / n);
  return out;
}

const nearest = (values: number[], v: number) => {
  let best = 0;
  for (let k = 1; k < values.length; k++) if (Math.abs(values[k] - v) < Math.abs(values[best] - v)) best = k;
  return values[best];
};

/** Strokes on one line (snapped to their cluster), overlapping or touching, joined into one rule. */
function joined<T>(items: { at: number; from: number; to: number }[], make: (at: number, from: number, to: number) => T): T[] {
  const positions = clusters(items.map((i) => i.at));
  const byLine = new Map<number, { from: number; to: number }[]>();
  for (const i of items) {
    const at = nearest(positions, i.at);
    (byLine.get(at) ?? byLine.set(at, []).get(at)!).push(i);
  }
  const out: T[] = [];
  for (const [at, spans] of byLine) {
    spans.sort((a, b) => a.from - b.from);
    let from = spans[0].from, to = spans[0].to;
    for (const s of spans.slice(1)) {
      if (s.from <= to + TOLERANCE) to = Math.max(to, s.to);
      else { out.push(make(at, from, to)); from = s.from; to = s.to; }
    }
    out.push(make(at, from, to));
  }
  return out;
}

const touches = (h: Horizontal, v: Vertical) =>
  v.x >= h.x0 - TOLERANCE && v.x <= h.x1 + TOLERANCE && h.y >= v.y0 - TOLERANCE && h.y <= v.y1 + TOLERANCE;

/** The grids the page's rules draw, top to bottom. */
export function pageGrids(rules: Rule[]): Grid[] {
  if (rules.length > MAX_RULES) return [];
  const long = rules.filter((r) => Math.max(r.x1 - r.x0, r.y1 - r.y0) > 2 * TOLERANCE);
  const hs = joined(long.filter((r) => r.y1 - r.y0 <= r.x1 - r.x0).map((r) => ({ at: (r.y0 + r.y1) / 2, from: r.x0, to: r.x1 })), (y, x0, x1): Horizontal => ({ y, x0, x1 }));
  const vs = joined(long.filter((r) => r.y1 - r.y0 > r.x1 - r.x0).map((r) => ({ at: (r.x0 + r.x1) / 2, from: r.y0, to: r.y1 })), (x, y0, y1): Vertical => ({ x, y0, y1 }));
  // Union–find over the rules: horizontal k is k, vertical k is hs.length + k.
  const parent = Array.from({ length: hs.length + vs.length }, (_, k) => k);
  const root = (k: number): number => (parent[k] === k ? k : (parent[k] = root(parent[k])));
  hs.forEach((h, a) => vs.forEach((v, b) => { if (touches(h, v)) parent[root(a)] = root(hs.length + b); }));
  const groups = new Map<number, { hs: Horizontal[]; vs: Vertical[] }>();
  const group = (k: number) => groups.get(root(k)) ?? groups.set(root(k), { hs: [], vs: [] }).get(root(k))!;
  hs.forEach((h, a) => group(a).hs.push(h));
  vs.forEach((v, b) => group(hs.length + b).vs.push(v));
  const grids: Grid[] = [];
  for (const g of groups.values()) {
    const grid = gridOf(g.hs, g.vs);
    if (grid) grids.push(grid);
  }
  return grids.sort((a, b) => a.ys[0] - b.ys[0]);
}

/** The grid of one connected set of rules; none for a lone box or a lone line (a frame, an underline). */
function gridOf(hs: Horizontal[], vs: Vertical[]): Grid | undefined {
  if (!hs.length || !vs.length) return undefined;
  // The outer edges are where the rules end, drawn or not (a table without side borders).
  const xs = clusters([...vs.map((v) => v.x), minOf(hs, (h) => h.x0), maxOf(hs, (h) => h.x1)]);
  const ys = clusters([...hs.map((h) => h.y), minOf(vs, (v) => v.y0), maxOf(vs, (v) => v.y1)]);
  const rows = ys.length - 1, cols = xs.length - 1;
  if (rows < 1 || cols < 1 || rows * cols < 2 || rows * cols > MAX_CELLS) return undefined;
  // The rules standing on each border line, so that each elementary cell looks only at its own borders' rules.
  const downAt = xs.map((x) => vs.filter((v) => Math.abs(v.x - x) <= TOLERANCE));
  const acrossAt = ys.map((y) => hs.filter((h) => Math.abs(h.y - y) <= TOLERANCE));
  const ruledDown = (j: number, top: number, bottom: number) => downAt[j].some((v) => v.y0 <= top + TOLERANCE && v.y1 >= bottom - TOLERANCE);
  const ruledAcross = (i: number, left: number, right: number) => acrossAt[i].some((h) => h.x0 <= left + TOLERANCE && h.x1 >= right - TOLERANCE);
  const parent = Array.from({ length: rows * cols }, (_, k) => k);
  const root = (k: number): number => (parent[k] === k ? k : (parent[k] = root(parent[k])));
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if (j + 1 < cols && !ruledDown(j + 1, ys[i], ys[i + 1])) parent[root(i * cols + j)] = root(i * cols + j + 1);
      if (i + 1 < rows && !ruledAcross(i + 1, xs[j], xs[j + 1])) parent[root(i * cols + j)] = root((i + 1) * cols + j);
    }
  }
  return mergedCells(xs, ys, parent.map((_, k) => root(k)));
}

/** The merged cells from each elementary cell's group, in reading order; whether each is a rectangle. */
function mergedCells(xs: number[], ys: number[], groupOf: number[]): Grid {
  const cols = xs.length - 1;
  const index = new Map<number, number>();
  const cells: GridCell[] = [];
  const sizes: number[] = [];
  const cellAt = groupOf.map((g, k) => {
    const i = Math.floor(k / cols), j = k % cols;
    let c = index.get(g);
    if (c === undefined) { index.set(g, (c = cells.length)); cells.push({ r0: i, r1: i + 1, c0: j, c1: j + 1 }); sizes.push(0); }
    const cell = cells[c];
    cell.r1 = Math.max(cell.r1, i + 1); cell.c0 = Math.min(cell.c0, j); cell.c1 = Math.max(cell.c1, j + 1);
    sizes[c]++;
    return c;
  });
  const regular = cells.every((c, k) => (c.r1 - c.r0) * (c.c1 - c.c0) === sizes[k]);
  return { xs, ys, cells, cellAt, regular };
}

import type { Cell } from '../types';
import type { Equation } from '../model/equations';
import { LARGEST_COUNT } from '../parse/cellValue';

export interface Repair {
  cell: Cell;
  value: number;
}

/** What the fix policy (spec §4) concludes for one cluster of failing equations that share cells. */
export interface Verdict {
  failing: Equation[];
  /** Every cell that alone could be changed to make all equations hold. */
  repairs: Repair[];
  /** The repair the fix applies: the only one, or the stated total when several would do. */
  chosen?: Repair;
}

/**
 * Applies the fix policy to a table's evaluated equations. Failing equations are grouped into clusters that share
 * cells; in each cluster a cell is a repair if one value for it makes every equation it appears in hold, and the
 * cluster's failing equations are all among those. One repair: fix it. Several: fix the stated total, if exactly
 * one of them is a stated total. None: no fix.
 */
export function judge(equations: Equation[]): Verdict[] {
  const failing = equations.filter((e) => e.holds === false);
  if (!failing.length) return [];
  const byCell = equationsOfCells(equations, failing);
  return cluster(failing).map((group) => {
    const seen = new Set<Cell>();
    const repairs: Repair[] = [];
    for (const e of group) forEachCell(e, (c) => {
      if (seen.has(c)) return;
      seen.add(c);
      const eqs = byCell.get(c)!;
      if (!group.every((g) => eqs.includes(g))) return;
      const v = required(eqs[0], c);
      if (eqs.some((q) => required(q, c) !== v)) return;
      // A value beyond what a cell is read as is no repair: written in, it would be an unreadable cell.
      if (v < 0 || !Number.isInteger(v) || v > LARGEST_COUNT || v === c.value) return;
      repairs.push({ cell: c, value: v });
    });
    let chosen: Repair | undefined;
    if (repairs.length === 1) chosen = repairs[0];
    else if (repairs.length > 1) {
      const totals = repairs.filter((r) => group.some((e) => e.stated.includes(r.cell) && (r.cell.column === 'total' || r.cell.row === 'total')));
      if (totals.length === 1) chosen = totals[0];
    }
    return { failing: group, repairs, chosen };
  });
}

/**
 * For every cell of a failing equation, the evaluated equations (holding or not) it appears in, in table order;
 * the repairs are sought among these cells only. Within one table a cell is one object, shared by every equation
 * it is in: cells are keyed by identity.
 */
function equationsOfCells(equations: Equation[], failing: Equation[]): Map<Cell, Equation[]> {
  const byCell = new Map<Cell, Equation[]>();
  for (const e of failing) forEachCell(e, (c) => {
    if (!byCell.has(c)) byCell.set(c, []);
  });
  for (const e of equations) {
    if (e.holds === undefined) continue;
    for (const c of e.parts) byCell.get(c)?.push(e);
    for (const c of e.stated) byCell.get(c)?.push(e);
  }
  return byCell;
}

function forEachCell(e: Equation, visit: (c: Cell) => void): void {
  for (const c of e.parts) visit(c);
  for (const c of e.stated) visit(c);
}

/** The value cell `c` must take for equation `e` to hold, the other cells staying as they are. */
export function required(e: Equation, c: Cell): number {
  const own = c.value as number;
  if (e.stated.includes(c)) return (e.expected as number) - ((e.actual as number) - own);
  return (e.actual as number) - ((e.expected as number) - own);
}

/** Failing equations grouped by shared cells (union-find over the cells they touch). */
function cluster(eqs: Equation[]): Equation[][] {
  const parent = eqs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const owner = new Map<Cell, number>();
  eqs.forEach((e, i) => forEachCell(e, (c) => {
    const j = owner.get(c);
    if (j === undefined) owner.set(c, i);
    else parent[find(i)] = find(j);
  }));
  const groups = new Map<number, Equation[]>();
  eqs.forEach((e, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(e);
    else groups.set(r, [e]);
  });
  return [...groups.values()];
}

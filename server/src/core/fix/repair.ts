import type { Cell } from '../types';
import { cellKey, Equation } from '../model/equations';

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
  const evaluated = equations.filter((e) => e.holds !== undefined);
  const failing = evaluated.filter((e) => !e.holds);
  if (!failing.length) return [];
  const clusters = cluster(failing);
  const byCell = new Map<string, Equation[]>();
  for (const e of evaluated) for (const c of [...e.parts, ...e.stated]) {
    const k = cellKey(c);
    const list = byCell.get(k);
    if (list) list.push(e);
    else byCell.set(k, [e]);
  }
  return clusters.map((group) => {
    const seen = new Set<string>();
    const repairs: Repair[] = [];
    for (const e of group) for (const c of [...e.parts, ...e.stated]) {
      const k = cellKey(c);
      if (seen.has(k)) continue;
      seen.add(k);
      const eqs = byCell.get(k)!;
      if (!group.every((g) => eqs.includes(g))) continue;
      const values = new Set(eqs.map((q) => required(q, c)));
      if (values.size !== 1) continue;
      const v = [...values][0];
      if (v < 0 || !Number.isInteger(v) || v === c.value) continue;
      repairs.push({ cell: c, value: v });
    }
    let chosen: Repair | undefined;
    if (repairs.length === 1) chosen = repairs[0];
    else if (repairs.length > 1) {
      const totals = repairs.filter((r) => group.some((e) => e.stated.includes(r.cell) && (r.cell.column === 'total' || r.cell.row === 'total')));
      if (totals.length === 1) chosen = totals[0];
    }
    return { failing: group, repairs, chosen };
  });
}

/** The value cell `c` must take for equation `e` to hold, the other cells staying as they are. */
function required(e: Equation, c: Cell): number {
  const own = c.value as number;
  if (e.stated.includes(c)) return (e.expected as number) - ((e.actual as number) - own);
  return (e.actual as number) - ((e.expected as number) - own);
}

function cluster(eqs: Equation[]): Equation[][] {
  const parent = eqs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const owner = new Map<string, number>();
  eqs.forEach((e, i) => {
    for (const c of [...e.parts, ...e.stated]) {
      const k = cellKey(c);
      const j = owner.get(k);
      if (j === undefined) owner.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Equation[]>();
  eqs.forEach((e, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(e);
    else groups.set(r, [e]);
  });
  return [...groups.values()];
}

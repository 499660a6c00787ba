import type { Cell, ReportModel, RowModel, TableModel, TableNumber } from '../types';
import { TABLE3_COLUMNS, TABLE3_ROWS } from '../template/table3';
import { TABLE4_COLUMNS } from '../template/table4';

export type EquationRule = 'row-total' | 'column-total' | 'balance' | 'litigation-total';

/** sum(parts) must equal sum(stated). `expected` is the sum of the parts, `actual` the stated figure(s). */
export interface Equation {
  rule: EquationRule;
  table: TableNumber;
  /** Where the finding points and which row and column it names (spec §6 machine output). */
  row: string;
  column: string;
  anchor: Cell;
  parts: Cell[];
  stated: Cell[];
  /** Set when every cell could be read. */
  expected?: number;
  actual?: number;
  holds?: boolean;
}

/** The sum of the cells' values; undefined when one of them could not be read. */
function sum(cells: Cell[]): number | undefined {
  let s = 0;
  for (const c of cells) {
    if (c.value === undefined) return undefined;
    s += c.value;
  }
  return s;
}

/** An equation, evaluated: `holds` is left undefined when a cell could not be read. */
function equation(rule: EquationRule, table: TableNumber, row: string, column: string, anchor: Cell, parts: Cell[], stated: Cell[]): Equation {
  const expected = sum(parts);
  const actual = sum(stated);
  const known = expected !== undefined && actual !== undefined;
  return {
    rule, table, row, column, anchor, parts, stated,
    expected: known ? expected : undefined, actual: known ? actual : undefined, holds: known ? expected === actual : undefined,
  };
}

const readable = (r: RowModel | undefined): r is RowModel => !!r && r.cells.size > 0;

function table3Equations(t: TableModel): Equation[] {
  const out: Equation[] = [];
  const byKey = new Map(t.rows.map((r) => [r.key, r]));
  const dataCols = TABLE3_COLUMNS.slice(0, 6).map((c) => c.key);
  for (const r of t.rows) {
    if (!readable(r)) continue;
    const total = r.cells.get('total')!;
    out.push(equation('row-total', 3, r.key, 'total', total, dataCols.map((k) => r.cells.get(k)!), [total]));
  }
  // Result rows: those the template lists for the version the table uses (（六） as one row or three).
  const resultKeys = TABLE3_ROWS.filter((r) => r.result && byKey.has(r.key)).map((r) => r.key);
  const results = resultKeys.map((k) => byKey.get(k)!);
  const totalRow = byKey.get('total');
  const complete = t.missingRows.every((k) => !TABLE3_ROWS.find((r) => r.key === k)?.result) && results.every(readable);
  for (const col of TABLE3_COLUMNS) {
    if (readable(totalRow) && complete) {
      const total = totalRow.cells.get(col.key)!;
      out.push(equation('column-total', 3, 'total', col.key, total, results.map((r) => r.cells.get(col.key)!), [total]));
    }
    const n = byKey.get('new');
    const ci = byKey.get('carried_in');
    const co = byKey.get('carried_out');
    if (readable(n) && readable(ci) && readable(totalRow) && readable(co)) {
      const carriedOut = co.cells.get(col.key)!;
      out.push(equation('balance', 3, 'carried_out', col.key, carriedOut, [n.cells.get(col.key)!, ci.cells.get(col.key)!], [totalRow.cells.get(col.key)!, carriedOut]));
    }
  }
  return out;
}

function table4Equations(t: TableModel): Equation[] {
  const out: Equation[] = [];
  for (const r of t.rows) {
    if (!readable(r)) continue;
    const total = r.cells.get('total')!;
    out.push(equation('litigation-total', 4, r.key, 'total', total, TABLE4_COLUMNS.slice(0, 4).map((c) => r.cells.get(c.key)!), [total]));
  }
  return out;
}

/** Every equation of every table, evaluated; an equation with an unreadable cell has no `holds`. */
export function tableEquations(report: ReportModel): Map<TableModel, Equation[]> {
  const m = new Map<TableModel, Equation[]>();
  for (const t of report.tables) {
    const eqs = t.number === 3 ? table3Equations(t) : t.number === 4 ? table4Equations(t) : [];
    m.set(t, eqs);
  }
  return m;
}

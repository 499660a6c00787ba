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

/** Table 3's applicant columns (the terms of a row total), its result rows in template order, and the keys of those. */
const TABLE3_DATA_COLUMNS = TABLE3_COLUMNS.slice(0, 6).map((c) => c.key);
const TABLE3_RESULT_ROWS = TABLE3_ROWS.filter((r) => r.result).map((r) => r.key);
const TABLE3_RESULT_ROW_SET = new Set(TABLE3_RESULT_ROWS);
const TABLE3_COLUMN_KEYS = TABLE3_COLUMNS.map((c) => c.key);

/** The cells of a row in the given columns. */
const cellsOf = (r: RowModel, columns: string[]): Cell[] => columns.map((k) => r.cells.get(k)!);

function table3Equations(t: TableModel): Equation[] {
  const out: Equation[] = [];
  const byKey = new Map<string, RowModel>();
  for (const r of t.rows) {
    byKey.set(r.key, r);
    if (!readable(r)) continue;
    const total = r.cells.get('total')!;
    out.push(equation('row-total', 3, r.key, 'total', total, cellsOf(r, TABLE3_DATA_COLUMNS), [total]));
  }
  // Result rows: those the template lists for the version the table uses (（六） as one row or three).
  const results: RowModel[] = [];
  for (const k of TABLE3_RESULT_ROWS) {
    const r = byKey.get(k);
    if (r) results.push(r);
  }
  const totalRow = byKey.get('total');
  const sums = readable(totalRow) && t.missingRows.every((k) => !TABLE3_RESULT_ROW_SET.has(k)) && results.every(readable);
  const n = byKey.get('new');
  const ci = byKey.get('carried_in');
  const co = byKey.get('carried_out');
  const balances = readable(n) && readable(ci) && readable(totalRow) && readable(co);
  if (!sums && !balances) return out;
  for (const col of TABLE3_COLUMN_KEYS) {
    if (sums) {
      const total = totalRow!.cells.get(col)!;
      out.push(equation('column-total', 3, 'total', col, total, results.map((r) => r.cells.get(col)!), [total]));
    }
    if (balances) {
      const carriedOut = co!.cells.get(col)!;
      out.push(equation('balance', 3, 'carried_out', col, carriedOut, [n!.cells.get(col)!, ci!.cells.get(col)!], [totalRow!.cells.get(col)!, carriedOut]));
    }
  }
  return out;
}

/** Table 4's outcome columns, the terms of a row total. */
const TABLE4_DATA_COLUMNS = TABLE4_COLUMNS.slice(0, 4).map((c) => c.key);

function table4Equations(t: TableModel): Equation[] {
  const out: Equation[] = [];
  for (const r of t.rows) {
    if (!readable(r)) continue;
    const total = r.cells.get('total')!;
    out.push(equation('litigation-total', 4, r.key, 'total', total, cellsOf(r, TABLE4_DATA_COLUMNS), [total]));
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

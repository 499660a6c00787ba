import type { Cell, ReportModel, RowModel, TableModel, TableNumber } from '../types';
import { TABLE3_COLUMNS, TABLE3_ROW_INDEX, TABLE3_ROWS } from '../template/table3';
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

/** The sum of the cells; NaN when one of them could not be read. */
function sumOf(cells: readonly Cell[]): number {
  let s = 0;
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i].value;
    if (v === undefined) return NaN;
    s += v;
  }
  return s;
}

/** An equation, evaluated: `holds` is left undefined when a cell could not be read. */
function equation(rule: EquationRule, table: TableNumber, row: string, column: string, anchor: Cell, parts: Cell[], stated: Cell[]): Equation {
  const expected = sumOf(parts);
  const actual = sumOf(stated);
  const known = !Number.isNaN(expected) && !Number.isNaN(actual);
  return {
    rule, table, row, column, anchor, parts, stated,
    expected: known ? expected : undefined, actual: known ? actual : undefined, holds: known ? expected === actual : undefined,
  };
}

const readable = (r: RowModel | undefined): r is RowModel => !!r && r.cells.size > 0;

/** Table 3's columns; the applicant columns before the total are the terms of a row total. */
const TABLE3_COLUMN_KEYS = TABLE3_COLUMNS.map((c) => c.key);
const TABLE3_TOTAL = TABLE3_COLUMN_KEYS.indexOf('total');
/** The places in the template of table 3's result rows. */
const TABLE3_RESULT_ROWS = TABLE3_ROWS.flatMap((r, i) => (r.result ? [i] : []));
const TABLE3_RESULT_KEYS = new Set(TABLE3_ROWS.filter((r) => r.result).map((r) => r.key));
const [NEW, CARRIED_IN, TOTAL, CARRIED_OUT] = ['new', 'carried_in', 'total', 'carried_out'].map((k) => TABLE3_ROW_INDEX.get(k)!);

/**
 * A row's cells in the order of `columns`. The cells are usually stored in that order, and then they are taken as
 * they come, which is cheaper than looking each one up.
 */
function cellsInOrder(r: RowModel, columns: string[]): readonly Cell[] {
  const list = r.cells.list;
  if (list.length !== columns.length) return columns.map((k) => r.cells.get(k)!);
  for (let i = 0; i < list.length; i++) if (list[i].column !== columns[i]) return columns.map((k) => r.cells.get(k)!);
  return list;
}

/** What table 3's equations are made of: its readable rows' cells, in column order, and which sums it has. */
interface Table3Parts {
  /** Each readable row (in table order) with its cells: the terms of its row total. */
  rows: { key: string; cells: readonly Cell[] }[];
  /** The rows the column totals add up (those the template lists for the table's version) and （七）, when all are there. */
  sums: { results: (readonly Cell[])[]; total: readonly Cell[] } | undefined;
  /** 一, 二, （七） and 四, when the balance can be written. */
  balance: { n: readonly Cell[]; ci: readonly Cell[]; total: readonly Cell[]; co: readonly Cell[] } | undefined;
}

function table3Parts(t: TableModel): Table3Parts {
  const rows: Table3Parts['rows'] = [];
  // By the row's place in the template: its cells in column order, none when it could not be read; absent rows are holes.
  const cellsAt: (readonly Cell[])[] = new Array(TABLE3_ROWS.length);
  for (const r of t.rows) {
    const cells = readable(r) ? cellsInOrder(r, TABLE3_COLUMN_KEYS) : [];
    const at = TABLE3_ROW_INDEX.get(r.key);
    if (at !== undefined) cellsAt[at] = cells;
    if (cells.length) rows.push({ key: r.key, cells });
  }
  // Result rows: those the template lists for the version the table uses (（六） as one row or three).
  const results: (readonly Cell[])[] = [];
  for (const i of TABLE3_RESULT_ROWS) if (cellsAt[i]) results.push(cellsAt[i]);
  const total = cellsAt[TOTAL];
  const sums = total?.length && !t.missingRows.some((k) => TABLE3_RESULT_KEYS.has(k)) && results.every((r) => r.length);
  const n = cellsAt[NEW];
  const ci = cellsAt[CARRIED_IN];
  const co = cellsAt[CARRIED_OUT];
  const balances = n?.length && ci?.length && total?.length && co?.length;
  return { rows, sums: sums ? { results, total } : undefined, balance: balances ? { n, ci, total, co } : undefined };
}

function table3Equations(t: TableModel): Equation[] {
  const out: Equation[] = [];
  const { rows, sums, balance: b } = table3Parts(t);
  for (const { key, cells } of rows) {
    const stated = cells[TABLE3_TOTAL];
    out.push(equation('row-total', 3, key, 'total', stated, cells.slice(0, TABLE3_TOTAL), [stated]));
  }
  TABLE3_COLUMN_KEYS.forEach((col, i) => {
    if (sums) out.push(equation('column-total', 3, 'total', col, sums.total[i], sums.results.map((r) => r[i]), [sums.total[i]]));
    if (b) out.push(equation('balance', 3, 'carried_out', col, b.co[i], [b.n[i], b.ci[i]], [b.total[i], b.co[i]]));
  });
  return out;
}

/** Table 4's columns; the outcome columns before the total are the terms of a row total. */
const TABLE4_COLUMN_KEYS = TABLE4_COLUMNS.map((c) => c.key);
const TABLE4_TOTAL = TABLE4_COLUMN_KEYS.indexOf('total');

function table4Equations(t: TableModel): Equation[] {
  const out: Equation[] = [];
  for (const r of t.rows) {
    if (!readable(r)) continue;
    const cells = cellsInOrder(r, TABLE4_COLUMN_KEYS);
    const total = cells[TABLE4_TOTAL];
    out.push(equation('litigation-total', 4, r.key, 'total', total, cells.slice(0, TABLE4_TOTAL), [total]));
  }
  return out;
}

/** A table's equations, evaluated; an equation with an unreadable cell has no `holds`. */
export function equationsOf(t: TableModel): Equation[] {
  return t.number === 3 ? table3Equations(t) : t.number === 4 ? table4Equations(t) : [];
}

/** Whether an equation could be read and does not hold. */
export const fails = (e: Equation) => e.holds === false;

/** Every equation of every table, evaluated. */
export function tableEquations(report: ReportModel): Map<TableModel, Equation[]> {
  return new Map(report.tables.map((t) => [t, equationsOf(t)]));
}

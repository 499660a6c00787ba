import type { Cell, Diagnostic, Fix, Lang, OffsetRange, ReportModel, RuleId, Severity, TableModel } from '../types';
import { Equation, equationsOf, tableFails } from '../model/equations';
import { judge, Verdict } from '../fix/repair';
import { L } from '../i18n/names';

export interface RuleContext {
  report: ReportModel;
  lang: Lang;
  /** The evaluated equations of each table that has a failing one; the rules read no others. */
  equations: Map<TableModel, Equation[]>;
  /** The fix policy's verdict for every failing equation. */
  verdictOf: Map<Equation, Verdict>;
  /** The cells that hold no number (blank or invalid), with their tables, in table and row order. */
  nonNumbers: { table: TableModel; cell: Cell }[];
}

export interface Rule {
  id: RuleId;
  severity: Severity;
  /** One line, for documentation and `--help`. */
  description: { zh: string; en: string };
  check(ctx: RuleContext): Diagnostic[];
}

export function createContext(report: ReportModel, lang: Lang): RuleContext {
  // Most tables add up: their equations are not made, only their sums compared.
  const equations = new Map<TableModel, Equation[]>();
  for (const t of report.tables) if (tableFails(t)) equations.set(t, equationsOf(t));
  const verdictOf = new Map<Equation, Verdict>();
  for (const eqs of equations.values()) for (const v of judge(eqs)) for (const e of v.failing) verdictOf.set(e, v);
  return { report, lang, equations, verdictOf, nonNumbers: nonNumbers(report) };
}

/** One walk over every cell finds the cells of both cell rules (most cells are numbers, so the filter goes first). */
function nonNumbers(report: ReportModel): { table: TableModel; cell: Cell }[] {
  const out: { table: TableModel; cell: Cell }[] = [];
  for (const table of report.tables) for (const row of table.rows) for (const cell of row.cells.list) if (cell.state !== 'number') out.push({ table, cell });
  return out;
}

/** A range a reader can see: an empty range widens to the tab or pipe before it, or the character after it. */
export function visible(text: string, r: OffsetRange): OffsetRange {
  if (r.end > r.start) return r;
  if (r.start > 0 && /[\t|]/.test(text[r.start - 1])) return { start: r.start - 1, end: r.start };
  if (r.start < text.length && !/[\r\n]/.test(text[r.start])) return { start: r.start, end: r.start + 1 };
  return r;
}

/** The edit that puts `value` into a cell, touching only the number's own characters. */
export function setCellFix(lang: Lang, cell: Cell, value: number, name: string): Fix {
  return {
    title: L(lang, `将 ${name} 改为 ${value}`, `Change ${name} to ${value}`),
    edits: [{ start: cell.valueRange.start, end: cell.valueRange.end, text: String(value) }],
  };
}

import type { Diagnostic, ReportModel, TableModel, TextEdit } from './types';
import { fixesInAll } from './types';
import type { RunOptions } from './rules/run';
import { buildReport } from './model/build';
import { runChecks, runRules } from './rules/run';
import type { YearFacts } from './years/facts';
import { applyEdits, EditLog } from './fix/apply';

export type CheckOptions = RunOptions;

export interface CheckResult {
  report: ReportModel;
  diagnostics: Diagnostic[];
  /** What next year's check needs of this report, made when first asked for. */
  facts: () => YearFacts;
}

/** Parses a report and runs every rule. Pure: text in, model and diagnostics out. */
export function check(text: string, options: CheckOptions = {}): CheckResult {
  return checkModel(buildReport(text), options);
}

/** Runs every rule on a parsed report, keeping what next year's check needs of it. */
export function checkModel(report: ReportModel, options: CheckOptions = {}): CheckResult {
  const result = runChecks(report, options);
  return { report, diagnostics: result.diagnostics, facts: () => result.facts };
}

/** Runs every rule on a parsed report: its findings, in document order. */
export function checkReport(report: ReportModel, options: CheckOptions = {}): Diagnostic[] {
  return runRules(report, options);
}

export interface FixResult {
  text: string;
  /** The whole change as minimal edits of the original text. */
  edits: TextEdit[];
  /** Titles of the fixes applied, in order. */
  applied: string[];
  passes: number;
  /** The fixed text's model, and what is left after fixing. */
  report: ReportModel;
  diagnostics: Diagnostic[];
}

const MAX_PASSES = 10;

/**
 * Applies every available fix (optionally only those of one table), re-checking after each pass until nothing
 * changes. Overlapping fixes wait for the next pass. Idempotent: fixing a fixed text changes nothing.
 */
export function fixAll(text: string, options: FixOptions = {}): FixResult {
  const { state: _text, ...result } = fixPasses(text, (t) => t, (t) => check(t, options), (_t, next) => next, options);
  return result;
}

export type FixOptions = CheckOptions & { table?: (t: TableModel) => boolean };

/**
 * The fix passes over any state that has a text and can be checked: a text, or a document and its text view.
 * `advance` makes the next state from the edits a pass applied and the text they give.
 */
export function fixPasses<S>(
  start: S,
  textOf: (state: S) => string,
  checkOf: (state: S) => CheckResult,
  advance: (state: S, next: string, applied: TextEdit[]) => S,
  options: FixOptions,
): FixResult & { state: S } {
  const log = new EditLog(textOf(start));
  const titles: string[] = [];
  let state = start;
  let result = checkOf(state);
  let passes = 0;
  while (passes < MAX_PASSES) {
    const current = textOf(state);
    const inScope = options.table ? scopeOf(result.report, options.table) : undefined;
    const fixes = result.diagnostics.filter((d) => fixesInAll(d) && (!inScope || inScope(d.range.start)));
    if (!fixes.length) break;
    const { text: next, applied } = applyEdits(current, fixes.flatMap((d) => d.fix!.edits));
    if (!applied.length || next === current) break;
    for (const d of fixes) if (d.fix!.edits.some((e) => applied.includes(e)) && !titles.includes(d.fix!.title)) titles.push(d.fix!.title);
    log.record(applied);
    state = advance(state, next, applied);
    passes++;
    result = checkOf(state);
  }
  return { text: textOf(state), edits: log.edits(), applied: titles, passes, report: result.report, diagnostics: result.diagnostics, state };
}

function scopeOf(report: ReportModel, pick: (t: TableModel) => boolean): (offset: number) => boolean {
  const ranges = report.tables.filter(pick).map((t) => t.range);
  return (o) => ranges.some((r) => o >= r.start && o <= r.end);
}

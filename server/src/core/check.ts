import type { Diagnostic, Lang, ReportModel, RuleId, SeveritySetting, TableModel, TextEdit } from './types';
import { buildReport } from './model/build';
import { RULES } from './rules';
import { createContext } from './rules/rule';
import { applyEdits, EditLog } from './fix/apply';

export interface CheckOptions {
  lang?: Lang;
  /** Per-rule severity override; 'off' silences a rule. */
  rules?: Partial<Record<RuleId, SeveritySetting>>;
}

export interface CheckResult {
  report: ReportModel;
  diagnostics: Diagnostic[];
}

/** Parses a report and runs every rule. Pure: text in, model and diagnostics out. */
export function check(text: string, options: CheckOptions = {}): CheckResult {
  const report = buildReport(text);
  return { report, diagnostics: checkReport(report, options) };
}

/** Runs every rule on a parsed report: its findings, in document order. */
export function checkReport(report: ReportModel, options: CheckOptions = {}): Diagnostic[] {
  const ctx = createContext(report, options.lang ?? 'zh');
  const early = report.reportYear !== undefined && report.reportYear <= 2019;
  const out: Diagnostic[] = [];
  for (const rule of RULES) {
    const setting = options.rules?.[rule.id];
    if (setting === 'off') continue;
    for (const d of rule.check(ctx)) {
      // 2019 reports were not bound to the new template: its structural findings are warnings there.
      if (early && d.severity === 'error' && STRUCTURAL.has(d.rule)) d.severity = 'warning';
      if (setting) d.severity = setting;
      out.push(d);
    }
  }
  out.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || ruleOrder(a.rule) - ruleOrder(b.rule));
  return out;
}

/** The structural findings that are only warnings in reports of 2019 and before. */
const STRUCTURAL = new Set<string>(['section-missing', 'section-order', 'table-missing', 'table-order', 'row-missing', 'row-order']);

/** A rule's place in RULES, which orders findings at one position (-1 for none, as findIndex gives). */
const RULE_ORDER = new Map<string, number>(RULES.map((r, i) => [r.id, i]));
const ruleOrder = (id: string) => RULE_ORDER.get(id) ?? -1;

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
    const fixes = result.diagnostics.filter((d) => d.fix && (!inScope || inScope(d.range.start)));
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

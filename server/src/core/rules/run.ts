import type { Diagnostic, Lang, OffsetRange, RelatedLocation, ReportModel, RuleId, Severity, SeveritySetting, TableNumber, TemplateVersion } from '../types';
import type { Analysis, AnyRule, Finding, Rule, RuleContext, YearContext, YearRule } from './rule';
import type { YearFacts } from '../years/facts';
import type { LastYear } from '../years/lastYear';
import { RULES } from './index';
import { analyse } from './analysis';
import { formatMessage } from '../i18n/message';
import { yearFactsOf } from '../years/facts';
import { unsilenced } from './inline';
import { configDefaults } from '../config/schema';
import { appendAll } from '../arrays';

export interface RunOptions {
  lang?: Lang;
  /** Per-rule severity override; 'off' silences a rule. */
  rules?: Partial<Record<RuleId, SeveritySetting>>;
  /** Last year's report of the same body: the rules against it run too. */
  lastYear?: LastYear;
  /** The share of a section's sentences repeated from last year's above which it is reported (0..1]; half by default. */
  repeatedShare?: number;
}

/** The config schema's default, as a share. */
export const DEFAULT_REPEATED_SHARE = configDefaults().repeatedText / 100;

/** Where the findings of one check go: the rule of the moment fills in each finding's rule, severity and message. */
abstract class Findings {
  rule: AnyRule = RULES[0];
  setting: Severity | undefined;
  readonly out: Diagnostic[] = [];

  constructor(readonly lang: Lang, private readonly early: boolean) {}

  protected abstract versionOf(table: TableNumber): TemplateVersion | undefined;

  message(key: string, data?: Finding['data']): string {
    return formatMessage(this.rule.messages[key], this.lang, data);
  }

  report(f: Finding): void {
    const { rule } = this;
    // Every field in one order, as shiftDiagnostic writes them: one shape for every finding.
    const d: Diagnostic = {
      rule: rule.id as RuleId, severity: this.setting ?? downgraded(rule, f.severity ?? rule.severity, this.early), message: this.message(f.message, f.data), range: f.range,
      table: f.table, row: f.row, column: f.column, version: f.table === undefined ? undefined : this.versionOf(f.table),
      expected: f.expected, actual: f.actual, fix: f.fix && rule.fixable === 'suggestion' ? { ...f.fix, suggestion: true } : f.fix, related: f.related?.length ? f.related : undefined,
    };
    this.out.push(d);
  }

  /** Runs each rule that `runs` picks and the settings leave on, in list order. */
  each<R extends AnyRule>(options: RunOptions, runs: (rule: AnyRule) => rule is R, check: (rule: R) => void): void {
    for (let index = 0; index < RULES.length; index++) {
      const rule: AnyRule = RULES[index];
      const setting = options.rules?.[rule.id as RuleId];
      if (setting === 'off' || !runs(rule)) continue;
      this.rule = rule;
      this.setting = setting;
      check(rule);
    }
  }

}

/** Each rule's place in the list, which orders findings at one position. */
const RANK: ReadonlyMap<string, number> = new Map(RULES.map((r, i) => [r.id, i]));

/** Findings in document order, rules in list order at one position. */
function inOrder(ds: Diagnostic[]): Diagnostic[] {
  return ds.sort((x, y) => x.range.start - y.range.start || x.range.end - y.range.end || RANK.get(x.rule)! - RANK.get(y.rule)!);
}

/** The context of one report's check: the analysis, and where the findings go. One per check, the rule of the moment in it. */
class RuleRun extends Findings implements RuleContext {
  constructor(private readonly a: Analysis, early: boolean) {
    super(a.lang, early);
  }

  get model() {
    return this.a.model;
  }
  get equations() {
    return this.a.equations;
  }
  get verdictOf() {
    return this.a.verdictOf;
  }
  get nonNumbers() {
    return this.a.nonNumbers;
  }
  get prose() {
    return this.a.prose;
  }
  get sentences() {
    return this.a.sentences;
  }
  claims(table: 3 | 4) {
    return this.a.claims(table);
  }

  protected versionOf(table: TableNumber): TemplateVersion | undefined {
    const v = this.a.model.tables.find((t) => t.number === table)?.version;
    return v === 'mixed' ? undefined : v;
  }
}

/** The context of the rules against last year's report. */
class YearRun extends Findings implements YearContext {
  readonly repeatedShare: number;

  constructor(readonly current: YearFacts, readonly lastYear: LastYear, options: RunOptions) {
    super(options.lang ?? 'zh', false);
    this.repeatedShare = options.repeatedShare ?? DEFAULT_REPEATED_SHARE;
  }

  protected versionOf(table: TableNumber): TemplateVersion | undefined {
    return table === 3 ? this.current.table3Version : table === 2 && this.current.documents.length ? 'v2021' : undefined;
  }

  atLastYear(range: OffsetRange, message: string): RelatedLocation {
    const base = this.lastYear.base ?? 0;
    const at = { start: range.start + base, end: range.end + base };
    return this.lastYear.document === undefined ? { range: at, message } : { range: at, message, document: this.lastYear.document };
  }
}

const ofOneReport = (r: AnyRule): r is Rule => !r.lastYear;
const ofTwoYears = (r: AnyRule): r is YearRule => !!r.lastYear;

/** The result of a check: its findings, and the report's facts for next year's check (made when asked). */
export class RuleResult {
  private madeFacts?: YearFacts;

  constructor(public diagnostics: Diagnostic[], private readonly analysis: Analysis) {}

  /** Leaves out the findings the text's comments silence (govreport-disable …). */
  silencedBy(text: string): this {
    this.diagnostics = unsilenced(text, this.diagnostics);
    return this;
  }

  get facts(): YearFacts {
    return (this.madeFacts ??= yearFactsOf(this.analysis.model, this.analysis.sentences));
  }
}

/** Runs every rule on a parsed report, and those against last year's report when it is given. */
export function runChecks(model: ReportModel, options: RunOptions = {}): RuleResult {
  const analysis = analyse(model, options.lang ?? 'zh');
  const run = new RuleRun(analysis, model.reportYear !== undefined && model.reportYear <= 2019);
  run.each(options, ofOneReport, (rule) => rule.check(run));
  const result = new RuleResult(run.out, analysis);
  if (options.lastYear) appendAll(run.out, yearFindings(result.facts, options.lastYear, options));
  inOrder(run.out);
  return result.silencedBy(model.text);
}

/** Runs every rule on a parsed report: its findings, in document order (rules in list order at one position). */
export function runRules(model: ReportModel, options: RunOptions = {}): Diagnostic[] {
  return runChecks(model, options).diagnostics;
}

/** The findings of this year's report against last year's, from the two years' facts alone. */
export function yearFindings(current: YearFacts, lastYear: LastYear, options: RunOptions = {}): Diagnostic[] {
  const run = new YearRun(current, lastYear, options);
  run.each(options, ofTwoYears, (rule) => rule.check(run));
  return inOrder(run.out);
}

/** A structural error is a warning in a report for 2019 or earlier. */
function downgraded(rule: AnyRule, severity: Severity, early: boolean): Severity {
  return early && rule.structural && severity === 'error' ? 'warning' : severity;
}

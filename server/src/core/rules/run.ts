import type { Diagnostic, Lang, ReportModel, RuleId, Severity, SeveritySetting, TableNumber, TemplateVersion } from '../types';
import type { Analysis, Finding, Rule, RuleContext } from './rule';
import { RULES } from './index';
import { analyse } from './analysis';
import { formatMessage } from '../i18n/message';

export interface RunOptions {
  lang?: Lang;
  /** Per-rule severity override; 'off' silences a rule. */
  rules?: Partial<Record<RuleId, SeveritySetting>>;
}

/** The context of one rule's check: the analysis, and where the rule's findings go. One per check, the rule of the moment in it. */
class RuleRun implements RuleContext {
  rule: Rule = RULES[0];
  index = 0;
  setting: Severity | undefined;
  readonly out: Diagnostic[] = [];
  readonly order = new Map<Diagnostic, number>();

  constructor(private readonly a: Analysis, private readonly early: boolean) {}

  get model() {
    return this.a.model;
  }
  get lang() {
    return this.a.lang;
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

  message(key: string, data?: Finding['data']): string {
    return formatMessage(this.rule.messages[key], this.a.lang, data);
  }

  report(f: Finding): void {
    const { rule } = this;
    // Every field in one order, as shiftDiagnostic writes them: one shape for every finding.
    const d: Diagnostic = {
      rule: rule.id as RuleId, severity: this.setting ?? downgraded(rule, f.severity ?? rule.severity, this.early), message: this.message(f.message, f.data), range: f.range,
      table: f.table, row: f.row, column: f.column, version: f.table === undefined ? undefined : versionOf(this.a.model, f.table),
      expected: f.expected, actual: f.actual, fix: f.fix && rule.fixable === 'suggestion' ? { ...f.fix, suggestion: true } : f.fix, related: f.related?.length ? f.related : undefined,
    };
    this.order.set(d, this.index);
    this.out.push(d);
  }
}

/** Runs every rule on a parsed report: its findings, in document order (rules in list order at one position). */
export function runRules(model: ReportModel, options: RunOptions = {}): Diagnostic[] {
  const run = new RuleRun(analyse(model, options.lang ?? 'zh'), model.reportYear !== undefined && model.reportYear <= 2019);
  for (let index = 0; index < RULES.length; index++) {
    const rule: Rule = RULES[index];
    const setting = options.rules?.[rule.id as RuleId];
    if (setting === 'off') continue;
    run.rule = rule;
    run.index = index;
    run.setting = setting;
    rule.check(run);
  }
  const { out, order } = run;
  return out.sort((x, y) => x.range.start - y.range.start || x.range.end - y.range.end || order.get(x)! - order.get(y)!);
}

function versionOf(model: ReportModel, table: TableNumber): TemplateVersion | undefined {
  const v = model.tables.find((t) => t.number === table)?.version;
  return v === 'mixed' ? undefined : v;
}

/** A structural error is a warning in a report for 2019 or earlier. */
function downgraded(rule: Rule, severity: Severity, early: boolean): Severity {
  return early && rule.structural && severity === 'error' ? 'warning' : severity;
}

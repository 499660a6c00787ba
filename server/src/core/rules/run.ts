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

/** Runs every rule on a parsed report: its findings, in document order (rules in list order at one position). */
export function runRules(model: ReportModel, options: RunOptions = {}): Diagnostic[] {
  const analysis = analyse(model, options.lang ?? 'zh');
  const early = model.reportYear !== undefined && model.reportYear <= 2019;
  const out: Diagnostic[] = [];
  const order = new Map<Diagnostic, number>();
  RULES.forEach((rule: Rule, index) => {
    const setting = options.rules?.[rule.id as RuleId];
    if (setting === 'off') return;
    const severity = (f: Finding): Severity => (setting as Severity | undefined) ?? downgraded(rule, f.severity ?? rule.severity, early);
    const message = (key: string, data?: Finding['data']) => formatMessage(rule.messages[key], analysis.lang, data);
    // The analysis is the context's prototype: its lazy parts (the prose) are made once, for the first rule that reads them.
    const ctx: RuleContext = Object.assign(Object.create(analysis) as Analysis, {
      message,
      report(f: Finding) {
        // Every field in one order, as shiftDiagnostic writes them: one shape for every finding.
        const d: Diagnostic = {
          rule: rule.id as RuleId, severity: severity(f), message: message(f.message, f.data), range: f.range,
          table: f.table, row: f.row, column: f.column, version: f.table === undefined ? undefined : versionOf(model, f.table),
          expected: f.expected, actual: f.actual, fix: f.fix && rule.fixable === 'suggestion' ? { ...f.fix, suggestion: true } : f.fix, related: f.related?.length ? f.related : undefined,
        };
        order.set(d, index);
        out.push(d);
      },
    });
    rule.check(ctx);
  });
  return out.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || order.get(a)! - order.get(b)!);
}

function versionOf(model: ReportModel, table: TableNumber): TemplateVersion | undefined {
  const v = model.tables.find((t) => t.number === table)?.version;
  return v === 'mixed' ? undefined : v;
}

/** A structural error is a warning in a report for 2019 or earlier. */
function downgraded(rule: Rule, severity: Severity, early: boolean): Severity {
  return early && rule.structural && severity === 'error' ? 'warning' : severity;
}

// The review page's data: every report and its findings, as compact rows with every string kept once (a folder of
// reports repeats rule ids, bodies, places and most messages), embedded in the page once and read by its script.
import type { Diagnostic, Severity } from '../../core';
import { columnName, RULES, rowName, tableName } from '../../core';
import type { FileResult } from '../checkFile';
import { placeInFile } from '../where';
import type { Lang } from '../../core';

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** A report's row: path, body, year, template, format, errors, warnings, infos, the rule that fires most, unreadable. Strings are indexes. */
export type ReportRow = [number, number, number | null, number, number, number, number, number, number, number];
/** A finding's row: rule (index into RULES), severity, place, message, the cell in the template's words, expected, actual. */
export type FindingRow = [number, number, number, number, number, number | null, number | null];

export interface ReviewData {
  lang: Lang;
  strings: string[];
  /** Per rule (in RULES order): id, default severity, summary, how many reports it fires in, how many findings. */
  rules: [string, number, string, number, number][];
  reports: ReportRow[];
  findings: FindingRow[][];
}

class Strings {
  readonly list: string[] = [''];
  private readonly index = new Map<string, number>([['', 0]]);

  of(s: string | undefined): number {
    if (!s) return 0;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

const RULE_INDEX: ReadonlyMap<string, number> = new Map(RULES.map((r, i) => [r.id, i]));

/** 表三 （七）总计 × 自然人: where a table finding stands, as the template names it. */
function cellOf(d: Diagnostic, lang: Lang): string {
  if (d.table === undefined) return '';
  const row = d.row ? rowName(lang, d.table, d.row, d.version) : '';
  const column = d.column && d.column !== d.row ? columnName(lang, d.table, d.column, d.version) : '';
  return [tableName(lang, d.table), [row, column].filter((x) => x).join(' × ')].filter((x) => x).join(' ');
}

export function reviewData(results: FileResult[], lang: Lang): ReviewData {
  const s = new Strings();
  const fired = RULES.map(() => ({ reports: 0, findings: 0 }));
  const reports: ReportRow[] = [];
  const findings: FindingRow[][] = [];
  for (const r of results) {
    if (r.skipped) continue;
    const rows: FindingRow[] = r.findings.map(({ diagnostic: d, start, source }) => [
      RULE_INDEX.get(d.rule)!, SEVERITIES.indexOf(d.severity),
      s.of(source && source.format !== 'text' ? placeInFile(d, source, lang) : `${start.line + 1}:${start.character + 1}`),
      s.of(d.message), s.of(cellOf(d, lang)), d.expected ?? null, d.actual ?? null,
    ]);
    const count = (sev: number) => rows.filter((f) => f[1] === sev).length;
    const byRule = new Map<number, number>();
    for (const f of rows) byRule.set(f[0], (byRule.get(f[0]) ?? 0) + 1);
    for (const [rule, n] of byRule) {
      fired[rule].reports++;
      fired[rule].findings += n;
    }
    const top = [...byRule].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? -1;
    reports.push([s.of(r.path), s.of(r.body), r.reportYear ?? null, s.of(r.template ?? ''), s.of(r.format ?? 'text'), count(0), count(1), count(2), top, s.of(r.error)]);
    findings.push(rows);
  }
  const rules = RULES.map((r, i): ReviewData['rules'][number] => [r.id, SEVERITIES.indexOf(r.severity), r.summary[lang], fired[i].reports, fired[i].findings]);
  return { lang, strings: s.list, rules, reports, findings };
}

// The two output formats. Both are built from the same FileResults, so they never disagree about what was found.
import type { Lang } from '../core';
import type { FileResult } from './checkFile';
import type { Messages } from './messages';
import { placeOf } from './where';
import { printable } from './printable';

export interface Totals {
  checked: number;
  errors: number;
  warnings: number;
  unreadable: number;
  fixed: number;
  skipped: number;
  /** Links in a directory leading out of it, not read. */
  outside: number;
  /** Files whose fixes could not be written back. */
  unwritten: number;
}

export function totals(results: FileResult[]): Totals {
  const t: Totals = { checked: 0, errors: 0, warnings: 0, unreadable: 0, fixed: 0, skipped: 0, outside: 0, unwritten: 0 };
  for (const r of results) {
    if (r.error !== undefined) t.unreadable++;
    else if (r.linkTarget !== undefined) t.outside++;
    else if (r.skipped) t.skipped++;
    else t.checked++;
    if (r.fixed.length) t.fixed++;
    if (r.unwritten !== undefined) t.unwritten++;
    for (const f of r.findings) {
      if (f.diagnostic.severity === 'error') t.errors++;
      else if (f.diagnostic.severity === 'warning') t.warnings++;
    }
  }
  return t;
}

/**
 * One line per finding, `path:line:column  severity  rule  message`, 1-based with columns in UTF-16 code units
 * like an editor's status bar, so that the position can be pasted into "go to line". Severity and rule stay the
 * same keywords in every language: they are what scripts grep for. Then one summary line. Every line is printable:
 * what comes from a file (its name, its words in a message) cannot break a line or send the terminal a command.
 */
export function formatText(results: FileResult[], m: Messages, fix: boolean, lang: Lang): string {
  const lines: string[] = [];
  for (const r of results) {
    if (r.error !== undefined) lines.push(`${r.path}  error  unreadable  ${r.error}`);
    if (r.linkTarget !== undefined) lines.push(`${r.path}  skipped  ${m.linkOutside(r.linkTarget)}`);
    if (r.unwritten !== undefined) lines.push(`${r.path}  error  unwritten  ${r.unwritten}`);
    for (const title of r.fixed) lines.push(`${r.path}  fixed  ${title}`);
    if (r.note) lines.push(`${r.path}  note  ${r.note}`);
    for (const { diagnostic: d, start, source } of r.findings) {
      lines.push(`${placeOf(r.path, start, d, source, lang)}  ${d.severity}  ${d.rule}  ${d.message}`);
    }
  }
  const t = totals(results);
  lines.push(
    m.summary(t.checked, t.errors, t.warnings, t.unreadable) + (t.skipped ? m.skippedSummary(t.skipped) : '') + (t.outside ? m.outsideSummary(t.outside) : '') +
      (fix ? m.fixedSummary(t.fixed) : '') + (t.unwritten ? m.unwrittenSummary(t.unwritten) : ''),
  );
  return lines.map(printable).join('\n') + '\n';
}

/**
 * `{ "files": [...] }` with LSP-style 0-based ranges (of the text view for a .docx, HTML or PDF file, which then
 * has `format`, and each finding a `source`: where it is in the file); the table keys only where the core gives them.
 */
export function formatJson(results: FileResult[], fix: boolean): string {
  const files = results.map((r) => {
    if (r.error !== undefined) return { path: r.path, error: r.error };
    if (r.linkTarget !== undefined) return { path: r.path, skipped: 'link leading out of the directory', target: r.linkTarget };
    if (r.skipped) return { path: r.path, skipped: 'not a report' };
    return {
      path: r.path,
      ...(r.format ? { format: r.format } : {}),
      reportYear: r.reportYear ?? null,
      ...(r.body ? { body: r.body } : {}),
      template: r.template ?? null,
      ...(r.reports ? { reports: r.reports } : {}),
      encoding: r.encoding,
      bom: r.bom,
      ...(fix ? { fixed: r.fixed } : {}),
      ...(r.unwritten !== undefined ? { unwritten: r.unwritten } : {}),
      ...(r.note ? { note: r.note } : {}),
      diagnostics: r.findings.map(({ diagnostic: d, start, end, source, fingerprint }) => {
        const out: Record<string, unknown> = { rule: d.rule, severity: d.severity, message: d.message, range: { start, end } };
        for (const key of ['table', 'row', 'column', 'expected', 'actual'] as const) if (d[key] !== undefined) out[key] = d[key];
        if (source && source.format !== 'text') out.source = source;
        if (fingerprint) out.fingerprint = fingerprint;
        return out;
      }),
    };
  });
  return JSON.stringify({ files }, null, 2) + '\n';
}

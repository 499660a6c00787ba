// One report file of the workspace, checked without being open: read as lastYears reads it (reportFiles.ts), checked
// as an open document is (OpenReport: the same diagnostics, the same check against last year's report), and kept as
// no more than its diagnostics, what the Reports view shows, and the facts that tell when its last year changed.
import * as path from 'path';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { LineIndex, looksLikeReport, tableName, type ReportDocument, type CheckOptions, type Diagnostic, type Lang, type OutlineNode, type YearFacts } from '../core';
import type { DiagnosticSupport } from './convert';
import type { FileReport, LastYears } from './lastYears';
import { limitProblems } from './limit';
import { OpenReport } from './openReport';
import type { ReadReport } from './reportFiles';
import type { ReportEntry, ReportFinding } from './workspaceProtocol';

export interface CheckedFile {
  file: string;
  /** Where its diagnostics are: the file's URI for text, its text view's for .docx, HTML and PDF. */
  uri: string;
  mtimeMs: number;
  size: number;
  /** The options it was checked under (see optionsKey). */
  options: string;
  diagnostics: LspDiagnostic[];
  reports: ReportEntry[];
  /** Each report's facts and its last year's (the object lastYears gave), to see when that report changes. */
  years: { facts: YearFacts; lastYear?: YearFacts }[];
}

export interface FileCheckOptions {
  check: Omit<CheckOptions, 'lastYear'> & { lang: Lang };
  support: DiagnosticSupport;
  /** At most this many diagnostics for a file, the rest summed up in one (limit.ts). */
  maxProblems: number;
}

/** What a check's result depends on besides the file: a change of it means every file is checked again. */
export const optionsKey = ({ check, support, maxProblems }: FileCheckOptions) =>
  JSON.stringify([check.lang, check.rules ?? {}, check.repeatedShare, support, maxProblems]);

/**
 * A file checked, with what last year's reports keep of it (its reports' facts with their sentences, and its line
 * index), so that the file is read once for both.
 */
export interface FileCheck {
  checked: CheckedFile;
  years: FileReport[];
  lines?: LineIndex;
}

/** The file's reports checked; undefined when it holds none (not a report, unreadable). */
export function checkReportFile(
  file: string, read: ReadReport, stat: { mtimeMs: number; size: number }, options: FileCheckOptions, lastYears: LastYears,
): FileCheck | undefined {
  if (read.kind === 'none') return undefined;
  const view = read.kind === 'view' ? read.view : undefined;
  const text = read.kind === 'view' ? read.view.text : read.text;
  // As the CLI judges the files found in a folder: a text that is not a report is not checked; a document whose
  // reader found it unreadable (a scan) is, and says so.
  if (!(read.kind === 'view' && read.problem) && !looksLikeReport(text)) return undefined;
  const open = new OpenReport(read.uri, 'govreport', 0, text, options.support, view && ((t) => (t === view.text ? view : undefined)));
  open.lastYears = lastYears;
  // Facts with their sentences, made in the same pass as the findings: last year's reports keep them.
  open.useOptions({ ...options.check, keepText: true });
  const { lang } = options.check;
  const { doc } = open;
  const name = path.basename(file);
  const reports = reportEntries(doc, read.uri, name, lang);
  const years: CheckedFile['years'] = [];
  const found: FileReport[] = [];
  for (let i = 0; i < doc.reportCount; i++) {
    const { facts } = doc.findings(i);
    if (!facts) continue;
    years.push({ facts, lastYear: lastYears.lastYearOf(facts, read.uri)?.facts });
    if (facts.year !== undefined) found.push({ facts, base: doc.partStart(i), uri: read.uri, name });
  }
  const checked: CheckedFile = {
    file, uri: read.uri, mtimeMs: stat.mtimeMs, size: stat.size, options: optionsKey(options),
    diagnostics: limitProblems(open.lspDiagnostics(), options.maxProblems, lang), reports, years,
  };
  return { checked, years: found, lines: found.length ? new LineIndex(text) : undefined };
}

/**
 * What the Reports view shows of a document's reports (a file checked here, or one open in the editor, as its text
 * is now): each report's body, year and findings, placed in the document at `uri`. A collection's parts that are no
 * report (a cover page) are left out.
 */
export function reportEntries(doc: ReportDocument, uri: string, name: string, lang: Lang): ReportEntry[] {
  const reports: ReportEntry[] = [];
  for (let i = 0; i < doc.reportCount; i++) {
    const findings = doc.findings(i);
    if (!findings.isReport && doc.reportCount > 1) continue;
    const start = doc.partStart(i);
    const own = [...findings.diagnostics, ...doc.yearDiagnostics(i)];
    const place = (d: Diagnostic): ReportFinding => ({
      rule: d.rule, severity: d.severity, message: d.message, group: groupOf(d, findings.outline, lang), table: d.table,
      range: { start: doc.positionAt(d.range.start + start), end: doc.positionAt(d.range.end + start) },
    });
    reports.push({ uri, file: name, body: findings.facts?.body, year: findings.facts?.year ?? findings.reportYear, findings: own.map(place) });
  }
  return reports;
}

/** A table finding's table; any other finding's section (the outline's report → sections); '' outside them all. */
function groupOf(d: Diagnostic, outline: OutlineNode[], lang: Lang): string {
  if (d.table !== undefined) return tableName(lang, d.table);
  const at = d.range.start;
  for (const report of outline) {
    for (const section of report.children) if (at >= section.range.start && at <= section.range.end) return section.name;
  }
  return '';
}

import { CodeAction, CodeActionKind, CodeActionParams, WorkspaceEdit } from 'vscode-languageserver';
import { disableNextLine, fixesInAll, fixReports, L, shiftEdits } from '../core';
import type { CheckOptions, Diagnostic, Lang, PartInfo, TableModel, TextEdit } from '../core';
import type { OpenReport } from './openReport';
import { toLspDiagnostic, toTextEdits } from './convert';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.govreport`;

/** A workspace edit that applies only to the document version it was computed for. */
export function versionedEdit(open: OpenReport, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [{ textDocument: { uri: open.uri, version: open.version }, edits: toTextEdits(open, edits) }] };
}

/** What a deferred action (table or document fix-all) needs to compute its edit when chosen. */
export interface DeferredFix {
  uri: string;
  version: number;
  part?: number;
  table?: { number: number; start: number };
}

/** The edits of a table's or the document's fix-all: computed by the core on each report's own text. */
export function fixEdits(open: OpenReport, options: CheckOptions, only?: Pick<DeferredFix, 'part' | 'table'>): TextEdit[] {
  const scope = only?.part === undefined ? undefined : {
    part: only.part,
    table: only.table ? (t: { number: number; range: { start: number } }) => t.number === only.table!.number && t.range.start === only.table!.start : undefined,
  };
  return fixReports(open.doc, options, scope).edits;
}

/**
 * Quick fixes for the diagnostics in range, "fix this table" and the document's fix-all. The two fix-alls run
 * several checks of their reports, so with a client that can resolve code actions their edits are computed only
 * when the user picks one.
 */
export function codeActions(open: OpenReport, options: CheckOptions & { lang: Lang }, params: CodeActionParams, canResolve: boolean): CodeAction[] {
  const { lang } = options;
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  const start = open.offsetAt(params.range.start);
  const end = open.offsetAt(params.range.end);
  const part = open.doc.partAt(start);
  const findings = open.doc.findings(part.index);
  const deferred = (title: string, kind: string, data: DeferredFix): CodeAction => {
    const action: CodeAction = { title, kind, data };
    if (!canResolve) action.edit = versionedEdit(open, fixEdits(open, options, data));
    return action;
  };

  if (wants(CodeActionKind.QuickFix)) {
    for (const d of findings.diagnostics) {
      if (!d.fix || d.range.end + part.start < start || d.range.start + part.start > end) continue;
      actions.push({ title: d.fix.title, kind: CodeActionKind.QuickFix, diagnostics: [toLspDiagnostic(open, d, part.start, open.support)], isPreferred: !d.fix.suggestion, edit: versionedEdit(open, shiftEdits(d.fix.edits, part.start)) });
    }
    const rel = start - part.start;
    const { report } = open.doc.analysis(part.index);
    actions.push(...silencing(open, part, report.tables, findings.diagnostics, start, end, lang));
    const table = report.tables.find((t) => rel >= t.range.start && rel <= t.range.end);
    if (table && findings.diagnostics.some((d) => fixesInAll(d) && d.range.start >= table.range.start && d.range.start <= table.range.end)) {
      const title = L(lang, `修复本表（表${'二三四'[table.number - 2]}）全部可修复的问题`, `Fix everything fixable in table ${table.number}`);
      actions.push(deferred(title, CodeActionKind.QuickFix, { uri: open.uri, version: open.version, part: part.index, table: { number: table.number, start: table.range.start } }));
    }
  }
  if (wants(FIX_ALL_KIND) && hasFixable(open)) {
    actions.push(deferred(L(lang, '修复全部可修复的问题', 'Fix all fixable problems'), FIX_ALL_KIND, { uri: open.uri, version: open.version }));
  }
  // Without resolve, an action whose fix-all came out empty is no action.
  return actions.filter((a) => !a.edit || a.edit.documentChanges?.some((c) => 'edits' in c && c.edits.length));
}

/**
 * "Silence this rule on this line": a comment above the finding's line, for a finding in the text (a line added
 * inside a table would be read as one of its cells). Each rule once, however many of its findings are in range.
 */
function silencing(open: OpenReport, part: PartInfo, tables: TableModel[], diagnostics: Diagnostic[], start: number, end: number, lang: Lang): CodeAction[] {
  const out: CodeAction[] = [];
  const done = new Set<string>();
  const eol = part.text.includes('\r\n') ? '\r\n' : '\n';
  for (const d of diagnostics) {
    const at = d.range.start + part.start;
    if (open.isView || done.has(d.rule) || d.range.end + part.start < start || at > end) continue;
    if (tables.some((t) => d.range.start >= t.range.start && d.range.start <= t.range.end)) continue;
    done.add(d.rule);
    const lineStart = open.offsetAt({ line: open.positionAt(at).line, character: 0 });
    out.push({
      title: L(lang, `在此行停用 ${d.rule} 检查`, `Silence ${d.rule} on this line`),
      kind: CodeActionKind.QuickFix,
      diagnostics: [toLspDiagnostic(open, d, part.start, open.support)],
      edit: versionedEdit(open, [{ start: lineStart, end: lineStart, text: disableNextLine(d.rule) + eol }]),
    });
  }
  return out;
}

function hasFixable(open: OpenReport): boolean {
  for (let i = 0; i < open.doc.reportCount; i++) if (open.doc.findings(i).diagnostics.some(fixesInAll)) return true;
  return false;
}

import { CodeAction, CodeActionKind, CodeActionParams, WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll, L } from '../core';
import type { Lang, TableModel, TextEdit } from '../core';
import type { Analysis } from './analysis';
import type { Settings } from './settings';
import { toLspDiagnostic, toTextEdits } from './convert';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.govreport`;

/** A workspace edit that applies only to the document version it was computed for. */
export function versionedEdit(doc: TextDocument, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: toTextEdits(doc, edits) }] };
}

export function fixAllEdits(doc: TextDocument, lang: Lang, settings: Settings, table?: TableModel): TextEdit[] {
  return fixAll(doc.getText(), { lang, rules: settings.rules, table: table ? (t) => t.number === table.number && t.range.start === table.range.start : undefined }).edits;
}

export function codeActions(doc: TextDocument, analysis: Analysis, settings: Settings, params: CodeActionParams): CodeAction[] {
  const { lang } = analysis;
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  const start = doc.offsetAt(params.range.start);
  const end = doc.offsetAt(params.range.end);

  if (wants(CodeActionKind.QuickFix)) {
    for (const d of analysis.diagnostics) {
      if (!d.fix || d.range.end < start || d.range.start > end) continue;
      actions.push({ title: d.fix.title, kind: CodeActionKind.QuickFix, diagnostics: [toLspDiagnostic(doc, d)], isPreferred: true, edit: versionedEdit(doc, d.fix.edits) });
    }
    const table = analysis.report.tables.find((t) => start >= t.range.start && start <= t.range.end);
    if (table && analysis.diagnostics.some((d) => d.fix && d.range.start >= table.range.start && d.range.start <= table.range.end)) {
      const edits = fixAllEdits(doc, lang, settings, table);
      if (edits.length) actions.push({ title: L(lang, `修复本表（表${'二三四'[table.number - 2]}）全部可修复的问题`, `Fix everything fixable in table ${table.number}`), kind: CodeActionKind.QuickFix, edit: versionedEdit(doc, edits) });
    }
  }
  if (wants(FIX_ALL_KIND) && analysis.diagnostics.some((d) => d.fix)) {
    const edits = fixAllEdits(doc, lang, settings);
    if (edits.length) actions.push({ title: L(lang, '修复全部可修复的问题', 'Fix all fixable problems'), kind: FIX_ALL_KIND, edit: versionedEdit(doc, edits) });
  }
  return actions;
}

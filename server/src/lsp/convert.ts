import {
  CodeDescription, Diagnostic as LspDiagnostic, DiagnosticSeverity, Range, TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Diagnostic, OffsetRange, TextEdit } from '../core';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information };

export const toRange = (doc: TextDocument, r: OffsetRange): Range => ({ start: doc.positionAt(r.start), end: doc.positionAt(r.end) });

export const toTextEdits = (doc: TextDocument, edits: TextEdit[]): LspTextEdit[] => edits.map((e) => ({ range: toRange(doc, e), newText: e.text }));

/** The rule's page, shipped beside the bundle (docs/rules/<id>.md), so the link works offline and in a .vsix. */
export function ruleDocs(rule: string): CodeDescription {
  return { href: pathToFileURL(path.join(__dirname, '..', 'docs', 'rules', `${rule}.md`)).toString() };
}

export function toLspDiagnostic(doc: TextDocument, d: Diagnostic): LspDiagnostic {
  return {
    range: toRange(doc, d.range),
    severity: SEVERITY[d.severity],
    code: d.rule,
    codeDescription: ruleDocs(d.rule),
    source: 'govreport',
    message: d.message,
    relatedInformation: d.related?.map((r) => ({ location: { uri: doc.uri, range: toRange(doc, r.range) }, message: r.message })),
    data: d.expected !== undefined ? { table: d.table, row: d.row, column: d.column, expected: d.expected, actual: d.actual } : undefined,
  };
}

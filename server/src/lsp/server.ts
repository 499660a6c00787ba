import {
  Connection, Diagnostic as LspDiagnostic, DiagnosticSeverity, TextDocuments, TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check, Diagnostic, Lang, looksLikeReport } from '../core';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information };

/** A report document gets checked: language govreport, or plain text / Markdown whose text is a report. */
export function isReport(doc: TextDocument): boolean {
  return doc.languageId === 'govreport' || looksLikeReport(doc.getText());
}

export function toLspDiagnostic(doc: TextDocument, d: Diagnostic): LspDiagnostic {
  return {
    range: { start: doc.positionAt(d.range.start), end: doc.positionAt(d.range.end) },
    severity: SEVERITY[d.severity],
    code: d.rule,
    source: 'govreport',
    message: d.message,
    relatedInformation: d.related?.map((r) => ({
      location: { uri: doc.uri, range: { start: doc.positionAt(r.range.start), end: doc.positionAt(r.range.end) } },
      message: r.message,
    })),
  };
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let lang: Lang = 'zh';

  connection.onInitialize((params) => {
    const locale = (params.initializationOptions?.lang as string | undefined) ?? params.locale ?? 'zh';
    lang = locale.toLowerCase().startsWith('en') ? 'en' : 'zh';
    return { capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental } };
  });

  const validate = (doc: TextDocument) => {
    const diagnostics = isReport(doc) ? check(doc.getText(), { lang }).diagnostics.map((d) => toLspDiagnostic(doc, d)) : [];
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  };
  documents.onDidChangeContent((e) => validate(e.document));
  documents.onDidClose((e) => void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }));
  documents.listen(connection);
  connection.listen();
}

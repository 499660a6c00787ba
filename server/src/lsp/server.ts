import {
  CodeActionKind, Connection, FoldingRange, InlayHint, SelectionRange, TextDocuments, TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { foldingRegions, hover, inlayHints, looksLikeReport, outline, selectionChain } from '../core';
import type { Lang } from '../core';
import { AnalysisCache } from './analysis';
import { codeActions, FIX_ALL_KIND, fixAllEdits, versionedEdit } from './codeActions';
import { toLspDiagnostic, toRange } from './convert';
import { DEFAULT_SETTINGS, parseSettings, resolveLang, Settings } from './settings';
import { toDocumentSymbols } from './symbols';

export const FIX_ALL_COMMAND = 'govreport.server.fixAll';
export const STATUS_NOTIFICATION = 'govreport/status';

export interface ServerOptions {
  /** Delay before checking after an edit; a newer edit within it replaces the older one. */
  debounceMs?: number;
}

/** Wires the core's features to an LSP connection. Any transport: --stdio, --node-ipc, sockets. */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new AnalysisCache();
  const timers = new Map<string, NodeJS.Timeout>();
  let settings: Settings = DEFAULT_SETTINGS;
  let displayLanguage: string | undefined;
  let debounceMs = options.debounceMs ?? 50;
  let canPullConfig = false;
  const lang = (): Lang => resolveLang(settings.messageLanguage, displayLanguage);

  const isReport = (doc: TextDocument) =>
    doc.languageId === 'govreport' || (settings.detect === 'auto' && (doc.languageId === 'plaintext' || doc.languageId === 'markdown') && looksLikeReport(doc.getText()));
  const analysisOf = (uri: string) => {
    const doc = documents.get(uri);
    return doc && isReport(doc) ? { doc, analysis: cache.get(doc, settings, lang()) } : undefined;
  };

  connection.onInitialize((params) => {
    const init = (params.initializationOptions ?? {}) as { settings?: unknown; displayLanguage?: string; debounceMs?: number };
    displayLanguage = init.displayLanguage ?? params.locale;
    if (init.settings) settings = parseSettings(init.settings);
    if (typeof init.debounceMs === 'number') debounceMs = init.debounceMs;
    canPullConfig = !!params.capabilities.workspace?.configuration;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        documentSymbolProvider: { label: '政府信息公开年报' },
        hoverProvider: true,
        inlayHintProvider: true,
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands: [FIX_ALL_COMMAND] },
      },
      serverInfo: { name: 'govreport' },
    };
  });

  connection.onInitialized(async () => {
    if (canPullConfig) await refreshSettings();
  });

  async function refreshSettings() {
    if (canPullConfig) {
      try {
        settings = parseSettings(await connection.workspace.getConfiguration('govreport'));
      } catch {
        // A client that says it can but does not answer keeps the settings it sent at start.
      }
    }
    for (const doc of documents.all()) schedule(doc.uri, 0);
  }
  connection.onDidChangeConfiguration(async (change) => {
    if (!canPullConfig) settings = parseSettings((change.settings as { govreport?: unknown })?.govreport ?? change.settings);
    await refreshSettings();
    connection.languages.inlayHint.refresh().catch(() => undefined);
  });

  // Diagnostics: the check runs for the newest version only; a result is published with the version it is for.
  function schedule(uri: string, delay = debounceMs) {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => publish(uri), delay));
  }
  function publish(uri: string) {
    timers.delete(uri);
    const doc = documents.get(uri);
    if (!doc) return;
    const a = analysisOf(uri);
    void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: a ? a.analysis.diagnostics.map((d) => toLspDiagnostic(doc, d)) : [] });
    const r = a?.analysis;
    void connection.sendNotification(STATUS_NOTIFICATION, {
      uri, version: doc.version, isReport: !!a, reportYear: r?.report.reportYear, template: r?.report.version,
      errors: r?.diagnostics.filter((d) => d.severity === 'error').length ?? 0,
      warnings: r?.diagnostics.filter((d) => d.severity === 'warning').length ?? 0,
    });
  }
  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    cache.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onDocumentSymbol((p) => {
    const a = analysisOf(p.textDocument.uri);
    return a ? toDocumentSymbols(a.doc, outline(a.analysis.report, a.analysis.diagnostics, a.analysis.lang)) : null;
  });

  connection.onHover((p) => {
    const a = analysisOf(p.textDocument.uri);
    if (!a) return null;
    const h = hover(a.analysis.report, a.analysis.equations, a.doc.offsetAt(p.position), a.analysis.lang);
    return h ? { contents: { kind: 'markdown', value: h.contents }, range: toRange(a.doc, h.range) } : null;
  });

  connection.languages.inlayHint.on((p): InlayHint[] => {
    const a = analysisOf(p.textDocument.uri);
    if (!a || !settings.inlayHints) return [];
    const visible = { start: a.doc.offsetAt(p.range.start), end: a.doc.offsetAt(p.range.end) };
    return inlayHints(a.analysis.report, visible, a.analysis.lang).map((h) => ({ position: a.doc.positionAt(h.offset), label: h.label, paddingLeft: true }));
  });

  connection.onFoldingRanges((p): FoldingRange[] => {
    const a = analysisOf(p.textDocument.uri);
    if (!a) return [];
    return foldingRegions(a.analysis.report)
      .map((r) => ({ startLine: a.doc.positionAt(r.start).line, endLine: a.doc.positionAt(r.end).line }))
      .filter((f) => f.endLine > f.startLine);
  });

  connection.onSelectionRanges((p): SelectionRange[] => {
    const a = analysisOf(p.textDocument.uri);
    return p.positions.map((pos) => {
      const chain = a ? selectionChain(a.analysis.report, a.doc.offsetAt(pos)) : [];
      let parent: SelectionRange | undefined;
      for (const r of [...chain].reverse()) parent = { range: toRange(a!.doc, r), parent };
      return parent ?? { range: { start: pos, end: pos } };
    });
  });

  connection.onCodeAction((p) => {
    const a = analysisOf(p.textDocument.uri);
    return a ? codeActions(a.doc, a.analysis, settings, p) : [];
  });

  // Fix-all as a command: refused when the document has changed since the client asked.
  connection.onExecuteCommand(async (p) => {
    if (p.command !== FIX_ALL_COMMAND) return { applied: false, reason: 'unknown command' };
    const [uri, version] = (p.arguments ?? []) as [string, number | undefined];
    const a = analysisOf(uri);
    if (!a) return { applied: false, reason: 'not a report' };
    if (version !== undefined && version !== a.doc.version) return { applied: false, reason: 'stale', version: a.doc.version };
    const edits = fixAllEdits(a.doc, a.analysis.lang, settings);
    if (!edits.length) return { applied: true, changes: 0 };
    const r = await connection.workspace.applyEdit({ label: 'govreport: fix all', edit: versionedEdit(a.doc, edits) });
    return { applied: r.applied, changes: edits.length, reason: r.failureReason };
  });

  documents.listen(connection);
  connection.listen();
}

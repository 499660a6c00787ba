import {
  ApplyWorkspaceEditResult, CodeAction, CodeActionKind, Connection, DocumentSymbol, FoldingRange, InlayHint, SelectionRange, TextDocumentSyncKind,
} from 'vscode-languageserver';
import { appendAll, hover, inlayHints, selectionChain } from '../core';
import type { Lang } from '../core';
import { OpenReport } from './openReport';
import { codeActions, DeferredFix, FIX_ALL_KIND, fixEdits, versionedEdit } from './codeActions';
import { DiagnosticSupport, FULL_SUPPORT, toRange } from './convert';
import { limitProblems } from './limit';
import { DocumentSettings } from './settings';
import { CONFIG_NAMES } from '../io/configFile';
import { toDocumentSymbols } from './symbols';
import { fileUriOfView, isViewUri, Views } from './views';
import { FIX_FILE_REQUEST, SOURCE_LOCATION_REQUEST, TEXT_VIEW_REQUEST } from './viewProtocol';
import { fileOf, LastYears } from './lastYears';
import { requestSlices, Slices } from './slices';
import { WorkspaceCheck } from './workspaceCheck';
import { isSearchedFile } from './reportFiles';
import { reportEntries } from './workspaceFile';
import { tooLargeNote } from './large';
import * as path from 'path';

export const FIX_ALL_COMMAND = 'govreport.server.fixAll';

export const STATUS_NOTIFICATION = 'govreport/status';

export interface ServerOptions {
  /** Delay before checking after an edit; a newer edit within it replaces the older one. */
  debounceMs?: number;
  /** Which files the workspace check takes, of those it finds (default: every one). */
  workspaceFilter?: (file: string) => boolean;
}

/**
 * Wires the core's features to an LSP connection. Any transport: --stdio, --node-ipc, sockets. Documents are kept
 * as the core's ReportDocument and edited in place by incremental changes, so an edit costs the reports it touches.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): { lang: () => Lang } {
  const documents = new Map<string, OpenReport>();
  const views = new Views();
  /** Views opened by the client whose file this server is still reading (see onDidOpenTextDocument). */
  const viewsBeingRead = new Set<string>();
  /** Cancels the pending check of a document. */
  const pending = new Map<string, () => void>();
  let displayLanguage: string | undefined;
  // A notification, not window.showWarningMessage's request: nothing to wait for, and a client without
  // showMessageRequest must not turn it into an error.
  const settings = new DocumentSettings((message) => void connection.sendNotification('window/showMessage', { type: 2, message }), () => displayLanguage);
  let debounceMs = options.debounceMs ?? 50;
  let canPullConfig = false;
  let canResolve = false;
  let diagnosticSupport: DiagnosticSupport = FULL_SUPPORT;
  let workspaceFolders: string[] = [];
  /** The file a document is of, whose config file applies: its own, or the file its text view shows. */
  const fileAt = (uri: string) => fileOf(uri) ?? (isViewUri(uri) ? fileOf(fileUriOfView(uri)) : undefined);
  const settingsOf = (uri: string) => settings.of(fileAt(uri));
  const lang = (uri: string): Lang => settings.lang(fileAt(uri));
  const optionsOfFile = (file: string | undefined) => {
    const s = settings.of(file);
    return { lang: settings.lang(file), rules: s.rules, repeatedShare: s.repeatedText / 100 };
  };
  const checkOptions = (uri: string) => optionsOfFile(fileAt(uri));
  // Reports found on disk: the open documents are checked again against them.
  const lastYears = new LastYears(() => {
    for (const uri of documents.keys()) schedule(uri, 0);
    workspace.lastYearsChanged();
  });
  // Every report file of the workspace, open or not (a command, or the setting govreport.workspaceCheck).
  const workspace = new WorkspaceCheck(connection, lastYears, {
    folders: () => workspaceFolders,
    settings: (file) => {
      const s = settings.of(file);
      return { enabled: s.workspaceCheck, check: optionsOfFile(file), maxProblems: s.maxProblems };
    },
    configGeneration: () => settings.generation,
    accepts: (file) => settings.includes(file) && (options.workspaceFilter?.(file) ?? true),
    openReports: (uri) => {
      const open = currentReportAt(uri);
      const file = fileAt(uri);
      return open && file ? reportEntries(open.doc, uri, path.basename(file), lang(uri)) : undefined;
    },
  });

  const isReport = (open: OpenReport) =>
    open.languageId === 'govreport' || open.isView || (settingsOf(open.uri).detect === 'auto' && (open.languageId === 'plaintext' || open.languageId === 'markdown') && open.looksLikeReport());
  /** The open report at `uri`, with the current settings applied; undefined when it is not a report. */
  const reportAt = (uri: string) => {
    const open = documents.get(uri);
    if (!open || !isReport(open)) return undefined;
    open.useOptions(checkOptions(uri));
    return open;
  };
  /**
   * The open report at `uri` for a request the editor makes as the writer types (outline, folding, hints, hover,
   * quick fixes): undefined also when it is too large to check while typing and was edited since its last check,
   * since answering would check it.
   */
  const currentReportAt = (uri: string) => {
    const open = reportAt(uri);
    return open?.isCurrent() ? open : undefined;
  };
  /** The report of a document an offset falls in, with its model (offsets relative to the report). */
  const partAt = (open: OpenReport, offset: number) => {
    const part = open.doc.partAt(offset);
    return { part, analysis: open.doc.analysis(part.index), rel: offset - part.start };
  };

  connection.onInitialize((params) => {
    const init = (params.initializationOptions ?? {}) as { settings?: unknown; displayLanguage?: string; debounceMs?: number };
    displayLanguage = init.displayLanguage ?? params.locale;
    if (init.settings) settings.useEditorSettings(init.settings);
    if (typeof init.debounceMs === 'number') debounceMs = init.debounceMs;
    canPullConfig = !!params.capabilities.workspace?.configuration;
    workspaceFolders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri }] : [])).map((f) => fileOf(f.uri)).filter((f) => f !== undefined);
    canResolve = !!params.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit');
    const published = params.capabilities.textDocument?.publishDiagnostics;
    diagnosticSupport = { relatedInformation: !!published?.relatedInformation, codeDescription: !!published?.codeDescriptionSupport };
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: true },
        documentSymbolProvider: { label: '政府信息公开年报' },
        hoverProvider: true,
        inlayHintProvider: true,
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: canResolve },
        executeCommandProvider: { commands: [FIX_ALL_COMMAND] },
        ...workspace.initialize(params),
      },
      serverInfo: { name: 'govreport' },
    };
  });

  /**
   * The workspace folders searched for last year's reports, unless the workspace check runs: it reads every file
   * itself and gives last year's reports what it read (once a folder is searched, it is not searched again).
   */
  const workspaceChecked = () => settings.of(undefined).workspaceCheck;
  const searchFolders = () => {
    if (!workspaceChecked()) for (const folder of workspaceFolders) lastYears.search(folder);
  };

  connection.onInitialized(async () => {
    if (canPullConfig) await refreshSettings();
    else {
      workspace.configure();
      searchFolders();
    }
  });

  // A report file changed on disk (the client watches them), or was saved: its facts are read again.
  // A config file changed: every open document is checked again with what it says now.
  connection.onDidChangeWatchedFiles(({ changes }) => {
    let configChanged = false;
    for (const c of changes) {
      const file = fileOf(c.uri);
      if (file && (CONFIG_NAMES as readonly string[]).includes(path.basename(file))) configChanged = true;
      else if (file) void lastYears.update(file);
    }
    if (configChanged) {
      settings.forget();
      for (const uri of documents.keys()) schedule(uri, 0);
      connection.languages.inlayHint.refresh().catch(() => undefined);
      workspace.configure();
    }
    workspace.filesChanged(changes);
  });
  connection.onDidSaveTextDocument(({ textDocument }) => {
    const file = fileOf(textDocument.uri);
    if (file) void lastYears.update(file);
    // A document too large to check while typing is checked when saved.
    const open = documents.get(textDocument.uri);
    if (open && !open.checkedWhileTyping()) schedule(open.uri, 0);
  });

  async function refreshSettings() {
    if (canPullConfig) {
      try {
        settings.useEditorSettings(await connection.workspace.getConfiguration('govreport'));
      } catch {
        // A client that says it can but does not answer keeps the settings it sent at start.
      }
    }
    for (const uri of documents.keys()) schedule(uri, 0);
    workspace.configure();
    searchFolders();
  }
  connection.onDidChangeConfiguration(async (change) => {
    if (!canPullConfig) settings.useEditorSettings((change.settings as { govreport?: unknown })?.govreport ?? change.settings);
    await refreshSettings();
    connection.languages.inlayHint.refresh().catch(() => undefined);
  });

  // Text sync: the document is edited in place, change by change.
  connection.onDidOpenTextDocument(({ textDocument: d }) => {
    const viewFor = isViewUri(d.uri) ? (text: string) => views.viewOf(d.uri, text) : undefined;
    const open = new OpenReport(d.uri, d.languageId, d.version, d.text, diagnosticSupport, viewFor);
    open.lastYears = lastYears;
    documents.set(d.uri, open);
    workspace.opened(d.uri);
    const opened = () => {
      // Last year's report is most often beside this year's.
      const file = fileOf(d.uri) ?? views.sourceAt(d.uri, 0)?.file;
      // (A file the workspace check reads is given to them by it.)
      if (file && !(workspaceChecked() && isSearchedFile(file, workspaceFolders))) lastYears.search(path.dirname(file), 0);
      schedule(d.uri, 0);
    };
    // A view this server has not read (the client kept it open across a restart of the server): its file is read
    // again, and the view checked from the reader's blocks as before, not as plain text.
    if (viewFor && !views.viewOf(d.uri)) {
      // Until its file is read, no check of it (one scheduled for every document, when settings arrive, say) may
      // publish it as plain text: its diagnostics would lead to no place in the file.
      viewsBeingRead.add(d.uri);
      void views.open(fileUriOfView(d.uri), d.uri).finally(() => viewsBeingRead.delete(d.uri)).then(() => {
        if (documents.get(d.uri) !== open) return;
        open.useView();
        opened();
      });
    } else {
      opened();
    }
  });
  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
    const open = documents.get(textDocument.uri);
    if (!open) return;
    open.changeAll(contentChanges);
    open.version = textDocument.version;
    if (open.checkedWhileTyping()) schedule(open.uri);
    else untilSaved(open);
  });
  connection.onDidCloseTextDocument(({ textDocument }) => {
    clearPending(textDocument.uri);
    documents.delete(textDocument.uri);
    views.forget(textDocument.uri);
    void connection.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
    workspace.closed(textDocument.uri);
  });

  // Diagnostics: the check runs for the newest version only; a result is published with the version it is for.
  // Checks run one at a time, in the order they were scheduled (so diagnostics come back in the order documents
  // were opened), each in slices between which requests are answered.
  let checks: Promise<void> = Promise.resolve();
  function clearPending(uri: string) {
    pending.get(uri)?.();
    pending.delete(uri);
  }
  function schedule(uri: string, delay = debounceMs) {
    clearPending(uri);
    let stale = false;
    const run = () => {
      checks = checks.then(() => publish(uri, () => stale)).catch((e) => connection.console.error(`govreport: check of ${uri} failed: ${e instanceof Error ? e.stack : String(e)}`));
    };
    // No debounce: after the messages already received, so a burst of changes is still checked once.
    const timer = delay > 0 ? setTimeout(run, delay) : setImmediate(run);
    const cancel = () => {
      if (delay > 0) clearTimeout(timer as NodeJS.Timeout);
      else clearImmediate(timer as NodeJS.Immediate);
      stale = true;
    };
    pending.set(uri, cancel);
  }
  /**
   * An edit of a document too large to check while typing: applied, and not checked (a check under way stops). The
   * diagnostics published stay until it is saved, unless they did not say it is too large (it has just grown so, or
   * the edit stopped its first check): then the note is published alone, as what is known of this version.
   */
  function untilSaved(open: OpenReport) {
    clearPending(open.uri);
    if (open.toldTooLarge || !reportAt(open.uri)) return;
    open.toldTooLarge = true;
    void connection.sendDiagnostics({ uri: open.uri, version: open.version, diagnostics: [tooLargeNote(lang(open.uri), open.largestReport())] });
  }
  async function publish(uri: string, isStale: () => boolean) {
    const open = documents.get(uri);
    if (!open || isStale() || viewsBeingRead.has(uri)) return;
    const report = reportAt(uri);
    if (report) {
      const slices = new Slices(() => (isStale() || documents.get(uri) !== open ? 'stale' : undefined));
      try {
        for (let i = 0; i < report.doc.reportCount; i++) {
          await slices.next();
          report.doc.findings(i);
        }
      } catch (e) {
        if (e === 'stale') return;
        throw e;
      }
    }
    const diagnostics = report ? limitProblems(report.lspDiagnostics(), settingsOf(uri).maxProblems, lang(uri)) : [];
    // Too large to check while typing: the note comes first, and is not counted against maxProblems.
    const onSaveOnly = !!report && !report.checkedWhileTyping();
    open.toldTooLarge = onSaveOnly;
    open.checkedRevision = open.revision;
    void connection.sendDiagnostics({ uri, version: open.version, diagnostics: onSaveOnly ? [tooLargeNote(lang(uri), report.largestReport()), ...diagnostics] : diagnostics });
    workspace.openChecked(uri);
    let errors = 0;
    let warnings = 0;
    if (report) {
      for (let i = 0; i < report.doc.reportCount; i++) {
        for (const d of report.doc.findings(i).diagnostics) d.severity === 'error' ? errors++ : d.severity === 'warning' ? warnings++ : 0;
      }
    }
    const first = report?.doc.firstReport();
    void connection.sendNotification(STATUS_NOTIFICATION, {
      uri, version: open.version, isReport: !!report, reportYear: first?.reportYear, template: first?.version,
      reports: report?.doc.reportCount ?? 0, errors, warnings, checkedOnSaveOnly: onSaveOnly,
    });
  }

  // Requests over every report of a document go a report at a time, in slices: cancellable, and not in the way of
  // a request for what is on screen. Inlay hints cost the reports in their range only.
  connection.onDocumentSymbol(async (p, token) => {
    const open = currentReportAt(p.textDocument.uri);
    if (!open) return null;
    const slices = requestSlices(open, token, () => lang(open.uri));
    const symbols: DocumentSymbol[] = [];
    for (let i = 0; i < open.doc.reportCount; i++) {
      await slices.next();
      appendAll(symbols, toDocumentSymbols(open, open.doc.findings(i).outline, open.doc.part(i).start));
    }
    return symbols;
  });

  connection.onHover((p) => {
    const open = currentReportAt(p.textDocument.uri);
    if (!open) return null;
    const { part, analysis, rel } = partAt(open, open.offsetAt(p.position));
    const h = hover(analysis.report, analysis.equations, rel, lang(open.uri));
    return h ? { contents: { kind: 'markdown', value: h.contents }, range: toRange(open, h.range, part.start) } : null;
  });

  connection.languages.inlayHint.on(async (p, token): Promise<InlayHint[]> => {
    const open = currentReportAt(p.textDocument.uri);
    if (!open || !settingsOf(open.uri).inlayHints) return [];
    const slices = requestSlices(open, token, () => lang(open.uri));
    const start = open.offsetAt(p.range.start);
    const end = open.offsetAt(p.range.end);
    const hints: InlayHint[] = [];
    for (let i = open.doc.partAt(start).index; i < open.doc.reportCount; i++) {
      await slices.next();
      const part = open.doc.part(i);
      if (part.start > end) break;
      const visible = { start: Math.max(0, start - part.start), end: Math.min(part.end, end) - part.start };
      for (const h of inlayHints(open.doc.analysis(i).report, visible, lang(open.uri))) hints.push({ position: open.positionAt(h.offset + part.start), label: h.label, paddingLeft: true });
    }
    return hints;
  });

  connection.onFoldingRanges(async (p, token): Promise<FoldingRange[]> => {
    const open = currentReportAt(p.textDocument.uri);
    if (!open) return [];
    const slices = requestSlices(open, token, () => lang(open.uri));
    const out: FoldingRange[] = [];
    for (let i = 0; i < open.doc.reportCount; i++) {
      await slices.next();
      const { start } = open.doc.part(i);
      for (const r of open.doc.findings(i).folding) {
        const f = { startLine: open.positionAt(r.start + start).line, endLine: open.positionAt(r.end + start).line };
        if (f.endLine > f.startLine) out.push(f);
      }
    }
    return out;
  });

  connection.onSelectionRanges((p): SelectionRange[] => {
    const open = currentReportAt(p.textDocument.uri);
    return p.positions.map((pos) => {
      let parent: SelectionRange | undefined;
      if (open) {
        const { part, analysis, rel } = partAt(open, open.offsetAt(pos));
        for (const r of [...selectionChain(analysis.report, rel)].reverse()) parent = { range: toRange(open, r, part.start), parent };
      }
      return parent ?? { range: { start: pos, end: pos } };
    });
  });

  connection.onCodeAction((p) => {
    const open = currentReportAt(p.textDocument.uri);
    // A view is read-only: its fixes are written into the file it shows (.docx), by the client's command.
    return open && !open.isView ? codeActions(open, checkOptions(open.uri), p, canResolve) : [];
  });

  connection.onRequest(TEXT_VIEW_REQUEST, (p: { uri: string; viewUri?: string }) => views.open(p.uri, p.viewUri));
  connection.onRequest(SOURCE_LOCATION_REQUEST, (p: { uri: string; position: { line: number; character: number } }) => {
    const open = documents.get(p.uri);
    return (open && views.sourceAt(p.uri, open.offsetAt(p.position))) ?? null;
  });
  connection.onRequest(FIX_FILE_REQUEST, (p: { uri: string }) => views.fixFile(p.uri, checkOptions(p.uri)));

  // A deferred fix-all gets its edit when chosen; for a document that has changed since, it gets none.
  connection.onCodeActionResolve((action): CodeAction => {
    const data = action.data as DeferredFix | undefined;
    const open = data && reportAt(data.uri);
    if (!open || !data || open.version !== data.version) return action;
    return { ...action, edit: versionedEdit(open, fixEdits(open, checkOptions(open.uri), data)) };
  });

  // Fix-all as a command: refused when the document has changed since the client asked.
  connection.onExecuteCommand(async (p) => {
    if (p.command !== FIX_ALL_COMMAND) return { applied: false, reason: 'unknown command' };
    const [uri, version] = (p.arguments ?? []) as [string, number | undefined];
    const open = reportAt(uri);
    if (!open) return { applied: false, reason: 'not a report' };
    if (open.isView) return { applied: false, reason: 'read-only view' };
    if (version !== undefined && version !== open.version) return { applied: false, reason: 'stale', version: open.version };
    const edits = fixEdits(open, checkOptions(open.uri));
    if (!edits.length) return { applied: true, changes: 0 };
    const r: ApplyWorkspaceEditResult | null = await connection.workspace.applyEdit({ label: 'govreport: fix all', edit: versionedEdit(open, edits) });
    // A client that answers with nothing (null) applied nothing.
    if (!r || typeof r !== 'object') return { applied: false, changes: 0, reason: 'no answer to workspace/applyEdit' };
    return { applied: r.applied, changes: edits.length, reason: r.failureReason };
  });

  connection.listen();
  // The server's own messages (not about one document): in the editor's language setting.
  return { lang: () => settings.lang(undefined) };
}

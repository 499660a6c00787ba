// The workspace check's diagnostics for a client that pulls them (LSP 3.17 `workspace/diagnostic`), or that is sent
// them (`textDocument/publishDiagnostics`). Either way a file has one owner at a time: while it is open in the
// editor its diagnostics are the open document's, always pushed with the version they are for (server.ts); while it
// is not, they are the workspace check's. So the client never holds both for one file.
//
// A pulling client keeps one `workspace/diagnostic` request open: the server answers it with the reports that
// changed since the result ids the client sent, streamed as partial results as files are checked, opened, closed
// or removed, and completes it only when the client cancels it. (A client without partial results gets an answer
// once something changed, and asks again.) Document pulls are not offered to VS Code (an empty document selector):
// the client would otherwise keep the report of an open document beside the pushed one, and on closing it take a
// last document pull that races the workspace report coming back.
import type {
  CancellationToken, Connection, DocumentDiagnosticReport, ResultProgressReporter, ServerCapabilities,
  WorkspaceDiagnosticParams, WorkspaceDiagnosticReport, WorkspaceDiagnosticReportPartialResult, WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';

/** What the workspace check holds of a file: its diagnostics at its URI, and an id that changes with them. */
export interface FileReport {
  uri: string;
  resultId: string;
  diagnostics: LspDiagnostic[];
}

/** The workspace check's files as its diagnostics' owner sees them. */
export interface ReportSource {
  /** The files with a report. */
  files(): Iterable<string>;
  report(file: string): FileReport | undefined;
  isOpen(file: string): boolean;
  /** The file a URI of the client names (a file's, or a text view's). */
  fileOf(uri: string): string | undefined;
}

export interface DiagnosticsOwner {
  /** The capabilities that announce it (none for pushing). */
  readonly capabilities: ServerCapabilities;
  /** A file's report changed, appeared or went, or the file was opened or closed in the editor. */
  changed(file: string): void;
}

/** Pushes each unopened file's report; an open file's diagnostics are the open document's. */
export class PushedReports implements DiagnosticsOwner {
  readonly capabilities: ServerCapabilities = {};
  /** The URI each file's report was last published at, so that a report gone can be cleared there. */
  private readonly published = new Map<string, string>();

  constructor(private readonly connection: Connection, private readonly source: ReportSource) {}

  changed(file: string): void {
    if (this.source.isOpen(file)) return;
    const report = this.source.report(file);
    if (report) {
      this.published.set(file, report.uri);
      void this.connection.sendDiagnostics({ uri: report.uri, diagnostics: report.diagnostics });
    } else {
      const uri = this.published.get(file);
      this.published.delete(file);
      if (uri) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
  }
}

const OPEN = 'open';
const NONE = 'none';

/** Answers workspace and document pulls from the workspace check's reports. */
export class PulledReports implements DiagnosticsOwner {
  readonly capabilities: ServerCapabilities = {
    diagnosticProvider: { identifier: 'govreport', interFileDependencies: false, workspaceDiagnostics: true, documentSelector: [] },
  };
  private waiting: (() => void)[] = [];

  constructor(connection: Connection, private readonly source: ReportSource) {
    connection.languages.diagnostics.onWorkspace((params, token, _progress, partial) => this.stream(params, token, partial));
    connection.languages.diagnostics.on(({ textDocument }): DocumentDiagnosticReport => {
      const file = source.fileOf(textDocument.uri);
      const report = file !== undefined && !source.isOpen(file) ? source.report(file) : undefined;
      return { kind: 'full', items: report?.diagnostics ?? [] };
    });
  }

  changed(): void {
    for (const wake of this.waiting.splice(0)) wake();
  }

  /** Resolves at the next change, or when the request is cancelled. */
  private next(token: CancellationToken): Promise<void> {
    return new Promise((resolve) => {
      if (token.isCancellationRequested) return resolve();
      const cancel = token.onCancellationRequested(() => resolve());
      this.waiting.push(() => {
        cancel.dispose();
        resolve();
      });
    });
  }

  private async stream(
    params: WorkspaceDiagnosticParams, token: CancellationToken, partial?: ResultProgressReporter<WorkspaceDiagnosticReportPartialResult>,
  ): Promise<WorkspaceDiagnosticReport> {
    // What the client holds, by file: the URI it knows the file by and the result id it has.
    const known = new Map<string, { uri: string; id: string }>();
    for (const { uri, value } of params.previousResultIds) {
      const file = this.source.fileOf(uri);
      if (file !== undefined) known.set(file, { uri, id: value });
    }
    // The library gives a reporter only for a request with a partialResultToken.
    for (;;) {
      const items = this.changes(known);
      if (items.length && !partial) return { items };
      if (items.length) partial!.report({ items });
      await this.next(token);
      if (token.isCancellationRequested) return { items: [] };
    }
  }

  /** The reports that differ from what the client holds; `known` then holds them. */
  private changes(known: Map<string, { uri: string; id: string }>): WorkspaceDocumentDiagnosticReport[] {
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    const files = new Set([...this.source.files(), ...known.keys()]);
    for (const file of files) {
      const report = this.source.report(file);
      const had = known.get(file);
      const id = this.source.isOpen(file) ? OPEN : report?.resultId ?? NONE;
      if (had?.id === id) continue;
      const uri = report?.uri ?? had!.uri;
      known.set(file, { uri, id });
      const diagnostics = id === OPEN || !report ? [] : report.diagnostics;
      // A file the client knows nothing of holds nothing there yet: an empty report need not be sent.
      if (had || diagnostics.length) items.push({ kind: 'full', uri, version: null, resultId: id, items: diagnostics });
    }
    return items;
  }
}

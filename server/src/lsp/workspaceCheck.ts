// The check of every report file of the workspace, open in the editor or not: run by a command, or kept running by
// the setting govreport.workspaceCheck; kept current as files change on disk; cancellable, with progress sent to the
// client. Files come from the client's listing (VS Code's, so its `files.exclude` holds) or, for other clients, from
// a search of the workspace folders; a filter given by the server (a config file's globs) has the last word.
// A file checked is kept as its diagnostics and what the Reports view shows (workspaceFile.ts); its diagnostics are
// pushed or pulled (workspacePull.ts) while it is not open in the editor.
import * as fs from 'fs';
import * as path from 'path';
import type { CancellationToken, Connection, FileEvent, InitializeParams, ServerCapabilities } from 'vscode-languageserver';
import { FileChangeType } from 'vscode-languageserver';
import type { DiagnosticSupport } from './convert';
import { fileOf, type LastYears } from './lastYears';
import { isSearchedFile, MAX_BYTES, MAX_DEPTH, MAX_FILES, readReportFile, walkReportFiles } from './reportFiles';
import { fileUriOfView, isViewUri } from './views';
import { checkReportFile, optionsKey, type CheckedFile, type FileCheckOptions } from './workspaceFile';
import { PulledReports, PushedReports, type DiagnosticsOwner, type FileReport, type ReportSource } from './workspacePull';
import {
  CANCEL_WORKSPACE_CHECK, CHECK_WORKSPACE_REQUEST, REPORT_FILES_REQUEST, REPORTS_CHANGED, REPORTS_REQUEST, WORKSPACE_PROGRESS,
  type ReportEntry, type ReportsAnswer, type WorkspaceProgress, type WorkspaceSummary,
} from './workspaceProtocol';

export interface WorkspaceHost {
  folders(): readonly string[];
  /** The setting, and what a file is checked under now (without a file: the editor's settings alone). */
  settings(file?: string): { enabled: boolean; check: FileCheckOptions['check']; maxProblems: number };
  /** Changes whenever config files changed: a run under an older one is stale. */
  configGeneration(): number;
  /** Whether a file found is checked at all (a config file's include and exclude globs). */
  accepts(file: string): boolean;
  /**
   * The reports of a document open in the editor as its text is now; undefined when that cannot be told without a
   * check the editor does not make while typing (a report too large, edited since its last check), or it is no report.
   */
  openReports(uri: string): ReportEntry[] | undefined;
}

interface Kept extends FileReport {
  checked: CheckedFile;
}

/** The files in the order of the year their path names (a 4-digit 19xx or 20xx, the last one), those naming none last. */
function byYearInName(files: readonly string[]): string[] {
  const year = (file: string) => Number(/.*(?<!\d)((?:19|20)\d\d)(?!\d)/.exec(file)?.[1] ?? Infinity);
  const keyed = files.map((file) => ({ file, year: year(file) }));
  return keyed.sort((a, b) => (a.year === b.year ? 0 : a.year < b.year ? -1 : 1)).map((f) => f.file);
}

/** How often, at most, progress is sent while a check runs. */
const PROGRESS_MS = 200;

export class WorkspaceCheck implements ReportSource {
  private readonly kept = new Map<string, Kept>();
  /** Files read that hold no report, with what they were read as: not read again until they change. */
  private readonly skipped = new Map<string, string>();
  /** The files open in the editor, with the URIs they are open at (a file and its text view are one file). */
  private readonly open = new Map<string, Set<string>>();
  private owner?: DiagnosticsOwner;
  private support: DiagnosticSupport = { relatedInformation: false, codeDescription: false };
  private listsFiles = false;
  /** Whether the setting was on at the last configure; whether the command asked for the check with it off. */
  private bySetting = false;
  private byCommand = false;
  /** The work of the check, one piece at a time: a whole run, a batch of file events, a round of rechecks. */
  private queue: Promise<unknown> = Promise.resolve();
  private run?: { cancelled: boolean; options: string; done?: Promise<WorkspaceSummary> };
  private events = new Map<string, FileChangeType>();
  /** Per file open in the editor, what the Reports view was last told of it (see openChecked). */
  private readonly shown = new Map<string, string>();
  private serial = 0;

  constructor(private readonly connection: Connection, private readonly lastYears: LastYears, private readonly host: WorkspaceHost) {
    connection.onRequest(CHECK_WORKSPACE_REQUEST, (_p: unknown, token: CancellationToken) => {
      this.byCommand = true;
      const done = this.checkAll();
      token.onCancellationRequested(() => this.cancel());
      return done;
    });
    connection.onNotification(CANCEL_WORKSPACE_CHECK, () => this.cancel());
    connection.onRequest(REPORTS_REQUEST, (): ReportsAnswer => ({ reports: [...this.kept].flatMap(([file, k]) => this.reportsOf(file, k.checked)) }));
  }

  /** At `initialize`: how diagnostics reach this client; the capabilities that says. */
  initialize(params: InitializeParams): ServerCapabilities {
    const pull = params.capabilities.textDocument?.diagnostic;
    const push = params.capabilities.textDocument?.publishDiagnostics;
    this.support = pull
      ? { relatedInformation: !!pull.relatedInformation, codeDescription: !!pull.codeDescriptionSupport }
      : { relatedInformation: !!push?.relatedInformation, codeDescription: !!push?.codeDescriptionSupport };
    this.listsFiles = (params.initializationOptions as { listsReportFiles?: unknown } | undefined)?.listsReportFiles === true;
    this.owner = pull ? new PulledReports(this.connection, this) : new PushedReports(this.connection, this);
    return this.owner.capabilities;
  }

  private get active(): boolean {
    return this.bySetting || this.byCommand;
  }

  /** Settings changed (or are known, at start): the check starts, stops, or runs again under new options. */
  configure(): void {
    const { enabled } = this.host.settings();
    if (!enabled && this.bySetting) {
      this.bySetting = this.byCommand = false;
      this.cancel();
      void this.enqueue(async () => this.clear());
      return;
    }
    this.bySetting = enabled;
    if (this.active) void this.checkAll();
  }

  /** Stops the run under way, if any: the files checked so far keep their reports. */
  cancel(): void {
    if (this.run) this.run.cancelled = true;
  }

  /** Checks every file of the workspace (those unchanged since their last check are not read again). */
  checkAll(): Promise<WorkspaceSummary> {
    const options = `${optionsKey(this.options())}|${this.host.configGeneration()}`;
    // A run under other options is stopped: what it has not checked yet would be checked under the old ones.
    if (this.run?.done && !this.run.cancelled && this.run.options === options) return this.run.done;
    this.cancel();
    const run: NonNullable<WorkspaceCheck['run']> = { cancelled: false, options };
    this.run = run;
    run.done = this.enqueue(async () => {
      // Earlier years first, as far as the names tell: a report's last year is then known when it is checked, and
      // the files checked before their last year was (checked again at the end) are few.
      const files = byYearInName(await this.listFiles());
      await this.lastYears.settled();
      const listed = new Set(files);
      for (const file of [...this.kept.keys(), ...this.skipped.keys()]) if (!listed.has(file)) this.remove(file);
      const progress = this.progress(files.length);
      for (const file of files) {
        if (run.cancelled) break;
        await this.check(file);
        progress.step();
      }
      progress.end();
      // The reports read here are last year's reports of others: open documents and files checked before them.
      this.lastYears.announce();
      if (this.run === run) this.run = undefined;
      void this.connection.sendNotification(REPORTS_CHANGED);
      return this.summary(run.cancelled);
    });
    return run.done;
  }

  /** Files changed on disk (the client watches them): each checked again, or dropped, once the run under way ends. */
  filesChanged(changes: readonly FileEvent[]): void {
    if (!this.active) return;
    const first = this.events.size === 0;
    for (const c of changes) {
      const file = fileOf(c.uri);
      if (file) this.events.set(file, c.type);
    }
    if (!first || !this.events.size) return;
    void this.enqueue(async () => {
      const events = this.events;
      this.events = new Map();
      if (!this.active) return;
      const listed = this.listsFiles ? new Set(await this.listFiles()) : undefined;
      for (const [file, type] of events) {
        if (type === FileChangeType.Deleted) this.removeUnder(file);
        else if (listed ? listed.has(file) : isSearchedFile(file, this.host.folders()) && this.host.accepts(file)) await this.check(file, true);
        else this.remove(file);
      }
      this.lastYears.announce();
      void this.connection.sendNotification(REPORTS_CHANGED);
    });
  }

  /** Last year's reports changed on disk: the files checked against another one than now are checked again. */
  lastYearsChanged(): void {
    if (!this.active) return;
    void this.enqueue(async () => {
      if (!this.active) return;
      let any = false;
      for (const [file, { checked }] of this.kept) {
        if (checked.years.some((y) => this.lastYears.lastYearOf(y.facts, checked.uri)?.facts !== y.lastYear)) any = (await this.check(file, true)) || any;
      }
      if (any) void this.connection.sendNotification(REPORTS_CHANGED);
    });
  }

  /** A document opened in the editor: its file's diagnostics are now the open document's. */
  opened(uri: string): void {
    const file = this.fileOf(uri);
    if (file === undefined) return;
    const uris = this.open.get(file) ?? new Set();
    this.open.set(file, uris.add(uri));
    this.owner?.changed(file);
  }

  /** Closed: the workspace check's diagnostics of the file come back, and in the Reports view its findings on disk. */
  closed(uri: string): void {
    const file = this.fileOf(uri);
    const uris = file !== undefined ? this.open.get(file) : undefined;
    if (file === undefined || !uris?.delete(uri)) return;
    if (uris.size) return;
    this.open.delete(file);
    this.owner?.changed(file);
    if (this.shown.delete(file)) void this.connection.sendNotification(REPORTS_CHANGED);
  }

  /**
   * An open document was checked: the Reports view shows a file open in the editor as its text is now (where its
   * findings open must be where they are in that text), so it is told when what it shows of the file changed.
   */
  openChecked(uri: string): void {
    const file = this.fileOf(uri);
    if (file === undefined || !this.kept.has(file)) return;
    const shown = JSON.stringify(this.host.openReports(uri) ?? null);
    if (this.shown.get(file) === shown) return;
    this.shown.set(file, shown);
    void this.connection.sendNotification(REPORTS_CHANGED);
  }

  /** A file's reports as the Reports view shows them: an open document's as its text is now, else those checked on disk. */
  private reportsOf(file: string, checked: CheckedFile): ReportEntry[] {
    for (const uri of this.open.get(file) ?? []) {
      const reports = this.host.openReports(uri);
      if (reports) return reports;
    }
    return checked.reports;
  }

  // ReportSource: what the owner of the diagnostics asks.
  files(): Iterable<string> {
    return this.kept.keys();
  }

  report(file: string): FileReport | undefined {
    return this.kept.get(file);
  }

  isOpen(file: string): boolean {
    return this.open.has(file);
  }

  fileOf(uri: string): string | undefined {
    return fileOf(isViewUri(uri) ? fileUriOfView(uri) : uri);
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work);
    this.queue = next.catch((e) => this.connection.console.error(`govreport: workspace check failed: ${e instanceof Error ? e.stack : String(e)}`));
    return next;
  }

  /** The workspace's report files, as the client lists them or as a search of the folders finds them; filtered. */
  private async listFiles(): Promise<string[]> {
    let files: string[] | undefined;
    if (this.listsFiles) {
      try {
        const uris = await this.connection.sendRequest<string[]>(REPORT_FILES_REQUEST, {});
        // Held to the search's rules too: no node_modules, hidden or saved-page folders (files.exclude leaves them).
        files = uris.flatMap((u) => fileOf(u) ?? []).filter((f) => isSearchedFile(f, this.host.folders()));
      } catch (e) {
        this.connection.console.warn(`govreport: the client did not list the workspace's files (${e instanceof Error ? e.message : String(e)}); searching the folders`);
      }
    }
    if (!files) {
      files = [];
      for (const folder of this.host.folders()) walkReportFiles(folder, MAX_DEPTH, files);
    }
    return [...new Set(files)].filter((f) => this.host.accepts(f)).sort().slice(0, MAX_FILES);
  }

  /** Checks one file unless it is unchanged since (`again`: even then); whether its report changed. */
  private async check(file: string, again = false): Promise<boolean> {
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(file);
    } catch {
      return this.remove(file);
    }
    const options = this.options(file);
    const key = `${stat.mtimeMs}|${stat.size}|${optionsKey(options)}`;
    const kept = this.kept.get(file)?.checked;
    if (!again && (this.skipped.get(file) === key || (kept && `${kept.mtimeMs}|${kept.size}|${kept.options}` === key))) return false;
    if (!stat.isFile() || stat.size > MAX_BYTES) return this.remove(file);
    let checked: CheckedFile | undefined;
    try {
      const result = checkReportFile(file, await readReportFile(file), stat, options, this.lastYears);
      if (result) this.lastYears.adopt(file, stat, result.years, result.lines);
      checked = result?.checked;
    } catch (e) {
      this.connection.console.error(`govreport: check of ${file} failed: ${e instanceof Error ? e.stack : String(e)}`);
    }
    // Between files, the messages that came meanwhile are handled.
    await new Promise(setImmediate);
    if (!checked) {
      this.remove(file);
      this.skipped.set(file, key);
      return false;
    }
    this.skipped.delete(file);
    this.kept.set(file, { checked, uri: checked.uri, diagnostics: checked.diagnostics, resultId: String(++this.serial) });
    this.owner?.changed(file);
    return true;
  }

  private options(file?: string): FileCheckOptions {
    const { check, maxProblems } = this.host.settings(file);
    return { check, support: this.support, maxProblems };
  }

  private remove(file: string): boolean {
    this.skipped.delete(file);
    if (!this.kept.delete(file)) return false;
    this.owner?.changed(file);
    return true;
  }

  /** A file or a folder gone: every report under it too. */
  private removeUnder(gone: string): void {
    for (const file of [...this.kept.keys(), ...this.skipped.keys()]) if (file === gone || file.startsWith(gone + path.sep)) this.remove(file);
  }

  private clear(): void {
    for (const file of [...this.kept.keys()]) this.remove(file);
    this.skipped.clear();
    void this.connection.sendNotification(REPORTS_CHANGED);
  }

  private summary(cancelled: boolean): WorkspaceSummary {
    const s: WorkspaceSummary = { files: this.kept.size, reports: 0, errors: 0, warnings: 0, cancelled };
    for (const { checked } of this.kept.values()) {
      for (const r of checked.reports) {
        s.reports++;
        for (const f of r.findings) f.severity === 'error' ? s.errors++ : f.severity === 'warning' ? s.warnings++ : 0;
      }
    }
    return s;
  }

  /** Progress of a run, sent now and then, and once at its end. */
  private progress(total: number) {
    let done = 0;
    let sent = 0;
    const send = (p: WorkspaceProgress) => void this.connection.sendNotification(WORKSPACE_PROGRESS, p);
    send({ running: true, done, total });
    return {
      step: () => {
        done++;
        if (performance.now() - sent < PROGRESS_MS) return;
        sent = performance.now();
        send({ running: true, done, total });
      },
      end: () => send({ running: false, done, total }),
    };
  }
}

// A test client for the workspace check: a workspace folder of files the test writes, the client's listing of its
// files (when the test plays VS Code), the progress notifications, and the publishes of one file after a point.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TestClient } from './client';
import type { WorkspaceProgress, WorkspaceSummary } from '../../server/src/lsp/workspaceProtocol';

export const PUBLISHED = path.resolve(__dirname, '../../../../shared/published');

export const uriOf = (file: string) => pathToFileURL(file).href;
export const viewUriOf = (file: string) => `govreport-view:${uriOf(file).slice('file:'.length)}.govreport`;

export class WorkspaceClient extends TestClient {
  readonly progress: WorkspaceProgress[] = [];
  reportsChanged = 0;
  /** When set, the client lists the workspace's files as VS Code does: these (URIs), asked each time. */
  listing?: () => string[];

  /** `dir`: the workspace folder (a new one by default); `env`: more of the server's environment. */
  constructor(env: Record<string, string> = {}, readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-ws-'))) {
    super(env);
    this.connection.onNotification('govreport/workspaceProgress', (p: WorkspaceProgress) => void this.progress.push(p));
    this.connection.onNotification('govreport/reportsChanged', () => void this.reportsChanged++);
    this.connection.onRequest('govreport/reportFiles', () => this.listing?.() ?? []);
  }

  /** Writes a file of the workspace (folders made as needed); its path. */
  write(name: string, content: string | Uint8Array): string {
    const file = path.join(this.dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return file;
  }

  /** Initializes with the workspace folder as root; `capabilities` are the client's textDocument ones. */
  start(capabilities: unknown = { publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true } }, options: Record<string, unknown> = {}) {
    return this.initialize({ debounceMs: 0, displayLanguage: 'zh-cn', ...(this.listing ? { listsReportFiles: true } : {}), ...options }, capabilities, uriOf(this.dir));
  }

  checkWorkspace(): Promise<WorkspaceSummary> {
    return this.connection.sendRequest('govreport/checkWorkspace', {});
  }

  /** The next publish for a URI after the `since`-th one, that `pass` accepts. */
  publishAfter(uri: string, since: number, pass: (p: PublishDiagnosticsParams) => boolean = () => true, ms = 10000): Promise<PublishDiagnosticsParams> {
    return this.diagnosticsWhere(uri, (p) => this.published(uri).indexOf(p) >= since && pass(p), ms);
  }

  /** The newest publish for a URI, if any. */
  latest(uri: string): PublishDiagnosticsParams | undefined {
    return this.published(uri).at(-1);
  }

  async close(): Promise<void> {
    await this.shutdown();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

// A real LSP client for tests: spawns dist/server.js --stdio and speaks JSON-RPC to it, as an editor does.
import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';
import {
  createProtocolConnection, ProtocolConnection, PublishDiagnosticsParams, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

export const ROOT = path.resolve(__dirname, '../../..');

export class TestClient {
  readonly process: ChildProcess;
  readonly connection: ProtocolConnection;
  private readonly diagnostics: PublishDiagnosticsParams[] = [];
  private waiters: (() => void)[] = [];
  readonly applied: unknown[] = [];
  /** What the client answers to workspace/applyEdit. */
  applyEditAnswer: unknown = { applied: true };
  /** What the client answers to workspace/configuration: the `govreport` section of its settings. */
  configuration: unknown = {};
  /** The window/showMessage notifications received, oldest first. */
  readonly messages: { type: number; message: string }[] = [];
  /** The govreport/status notifications received, oldest first. */
  readonly statuses: { uri: string; version: number; errors: number; warnings: number; reports: number }[] = [];

  /** `env`: more of the server process's environment (see test/support/fileOpens.ts). */
  constructor(env: Record<string, string> = {}) {
    this.process = spawn(process.execPath, [path.join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.push(p);
      for (const w of this.waiters.splice(0)) w();
    });
    this.connection.onRequest('workspace/applyEdit', (p) => {
      this.applied.push(p);
      return this.applyEditAnswer;
    });
    this.connection.onRequest('workspace/configuration', () => [this.configuration]);
    this.connection.onNotification('window/showMessage', (p: TestClient['messages'][number]) => {
      this.messages.push(p);
      for (const w of this.waiters.splice(0)) w();
    });
    this.connection.onNotification('govreport/status', (p: TestClient['statuses'][number]) => {
      this.statuses.push(p);
      for (const w of this.waiters.splice(0)) w();
    });
    this.connection.listen();
  }

  async initialize(initializationOptions: unknown = { debounceMs: 0, displayLanguage: 'zh-cn' }, textDocument: unknown = {}, rootUri: string | null = null) {
    const r = await this.connection.sendRequest('initialize', {
      processId: process.pid, rootUri, capabilities: { workspace: { configuration: true, applyEdit: true }, textDocument }, initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return r;
  }

  /** Waits for the diagnostics of one version of a document (fails after `ms`). */
  diagnosticsFor(uri: string, version: number, ms = 5000): Promise<PublishDiagnosticsParams> {
    return this.waitFor(() => this.diagnostics.find((d) => d.uri === uri && d.version === version), ms, () => `no diagnostics for ${uri} v${version}; got versions ${this.diagnostics.map((d) => d.version)}`);
  }

  /** Waits for the status notification of one version of a document (it follows that version's diagnostics). */
  statusFor(uri: string, version: number, ms = 5000): Promise<TestClient['statuses'][number]> {
    return this.waitFor(() => this.statuses.find((s) => s.uri === uri && s.version === version), ms, () => `no status for ${uri} v${version}`);
  }

  /** Waits for a publish of a document's diagnostics that `pass` accepts (fails after `ms`). */
  diagnosticsWhere(uri: string, pass: (p: PublishDiagnosticsParams) => boolean, ms = 5000): Promise<PublishDiagnosticsParams> {
    return this.waitFor(() => this.diagnostics.find((d) => d.uri === uri && pass(d)), ms, () => `no such diagnostics for ${uri} among ${this.published(uri).length}`);
  }

  private async waitFor<T>(find: () => T | undefined, ms: number, failure: () => string): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = find();
      if (found) return found;
      if (Date.now() > deadline) throw new Error(failure());
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 100);
      });
    }
  }

  published(uri: string): PublishDiagnosticsParams[] {
    return this.diagnostics.filter((d) => d.uri === uri);
  }

  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    return this.exited();
  }

  /** The server's exit code, once it has exited. */
  exited(): Promise<number | null> {
    return new Promise((resolve) => {
      if (this.process.exitCode !== null) resolve(this.process.exitCode);
      else this.process.once('exit', (code) => resolve(code));
    });
  }
}

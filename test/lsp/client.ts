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

  constructor() {
    this.process = spawn(process.execPath, [path.join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.push(p);
      for (const w of this.waiters.splice(0)) w();
    });
    this.connection.onRequest('workspace/applyEdit', (p) => {
      this.applied.push(p);
      return { applied: true };
    });
    this.connection.onRequest('workspace/configuration', () => [{}]);
    this.connection.listen();
  }

  async initialize(initializationOptions: unknown = { debounceMs: 0, displayLanguage: 'zh-cn' }, textDocument: unknown = {}) {
    const r = await this.connection.sendRequest('initialize', {
      processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true, applyEdit: true }, textDocument }, initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return r;
  }

  /** Waits for the diagnostics of one version of a document (fails after `ms`). */
  async diagnosticsFor(uri: string, version: number, ms = 5000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.diagnostics.find((d) => d.uri === uri && d.version === version);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri} v${version}; got versions ${this.diagnostics.map((d) => d.version)}`);
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
    return new Promise((resolve) => {
      if (this.process.exitCode !== null) resolve(this.process.exitCode);
      else this.process.once('exit', (code) => resolve(code));
    });
  }
}

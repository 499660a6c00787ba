// The workspace check's file filter (ServerOptions.workspaceFilter: where a config file's globs come in), on a server
// started in this process over an in-memory connection, since a filter is code and not a setting.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PassThrough } from 'stream';
import { pathToFileURL } from 'url';
import { createConnection } from 'vscode-languageserver/node';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { startServer } from '../../server/src/lsp/server';
import type { WorkspaceSummary } from '../../server/src/lsp/workspaceProtocol';
import { readReport } from '../support/reports';

const R001 = '001_5f52f77d1e58bc3f.txt';

describe('language server: the workspace check\'s file filter', function () {
  this.timeout(30000);
  let dir: string;
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const published: PublishDiagnosticsParams[] = [];
  const asked: string[] = [];

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-filter-'));
    startServer(server, { workspaceFilter: (file) => (asked.push(file), !file.split(path.sep).includes('drafts')) });
    client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => void published.push(p));
    client.listen();
  });
  after(() => {
    client.dispose();
    server.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a file the filter refuses is not checked, when the workspace is searched and when it changes', async () => {
    const kept = path.join(dir, R001);
    const refused = path.join(dir, 'drafts', R001);
    fs.mkdirSync(path.dirname(refused));
    fs.writeFileSync(kept, readReport(R001));
    fs.writeFileSync(refused, readReport(R001));
    await client.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(dir).href, capabilities: {}, initializationOptions: { debounceMs: 0 } });
    await client.sendNotification('initialized', {});
    const summary = (await client.sendRequest('govreport/checkWorkspace', {})) as WorkspaceSummary;
    assert.strictEqual(summary.files, 1);
    assert.deepStrictEqual(asked.sort(), [refused, kept].sort(), 'every file found is put to the filter');
    await client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(refused).href, type: 2 }] });
    assert.strictEqual((await client.sendRequest('govreport/checkWorkspace', {}) as WorkspaceSummary).files, 1);
    assert.deepStrictEqual(published.map((p) => path.relative(dir, new URL(p.uri).pathname)), [R001]);
  });
});

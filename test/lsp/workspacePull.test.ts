// The workspace check for a client that pulls diagnostics (LSP 3.17): `workspace/diagnostic` held open and answered
// with partial results as files are checked, opened, closed and changed; the unopened files' reports never pushed.
import * as assert from 'assert';
import * as fs from 'fs';
import { CancellationTokenSource } from 'vscode-jsonrpc';
import { WorkspaceDiagnosticRequest, type WorkspaceDiagnosticReport, type WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { readReport } from '../support/reports';
import { uriOf, WorkspaceClient } from './workspaceClient';

const R001 = '001_5f52f77d1e58bc3f.txt';
const R002 = '002_0b0fce05247e3def.txt';
const PULL = { diagnostic: { relatedInformation: true, codeDescriptionSupport: true }, publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true } };

describe('language server: the workspace check (pulled diagnostics)', function () {
  this.timeout(60000);
  let client: WorkspaceClient;
  /** Every partial result of the open workspace pull, in order. */
  let partials: WorkspaceDocumentDiagnosticReport[];
  beforeEach(() => {
    client = new WorkspaceClient();
    partials = [];
    client.connection.onProgress(WorkspaceDiagnosticRequest.partialResult, 'ws', (p) => void partials.push(...p.items));
  });
  afterEach(() => client.close());

  /** The newest partial report for a URI after the `since`-th partial. */
  const reportAfter = async (uri: string, since: number, pass: (r: WorkspaceDocumentDiagnosticReport) => boolean = () => true) => {
    for (let i = 0; i < 200; i++) {
      const found = partials.slice(since).reverse().find((r) => r.uri === uri && pass(r));
      if (found) return found;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no partial report for ${uri}; have ${JSON.stringify(partials.map((r) => [r.uri, r.kind]))}`);
  };
  const itemsOf = (r: WorkspaceDocumentDiagnosticReport) => (r.kind === 'full' ? r.items : assert.fail('not a full report'));

  it('announces workspace diagnostics and no document pulls; streams each file\'s report, hands it to the open document and back', async () => {
    const r001 = client.write(R001, readReport(R001));
    const uri = uriOf(r001);
    const init = (await client.start(PULL)) as { capabilities: { diagnosticProvider?: unknown } };
    assert.deepStrictEqual(init.capabilities.diagnosticProvider, { identifier: 'govreport', interFileDependencies: false, workspaceDiagnostics: true, documentSelector: [] });
    const cancel = new CancellationTokenSource();
    const pull = client.connection.sendRequest('workspace/diagnostic', { previousResultIds: [], partialResultToken: 'ws' }, cancel.token) as Promise<WorkspaceDiagnosticReport>;
    await client.checkWorkspace();
    const first = await reportAfter(uri, 0);
    const diagnostics = itemsOf(first);
    assert.deepStrictEqual(diagnostics.filter((d) => d.severity === 1).map((d) => `${d.range.start.line} ${d.code}`), ['344 column-total', '350 column-total']);
    assert.strictEqual(typeof first.resultId, 'string');
    assert.strictEqual(first.version, null);
    assert.strictEqual(client.published(uri).length, 0, 'not pushed');

    // Opened: an empty report in the stream, the open document's diagnostics pushed with their version.
    let since = partials.length;
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'govreport', version: 1, text: readReport(R001) } });
    assert.deepStrictEqual(itemsOf(await reportAfter(uri, since)), []);
    assert.deepStrictEqual((await client.diagnosticsFor(uri, 1)).diagnostics, diagnostics);
    // A document pull for it answers nothing either: its diagnostics are pushed.
    assert.deepStrictEqual(await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }), { kind: 'full', items: [] });

    since = partials.length;
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    assert.deepStrictEqual(itemsOf(await reportAfter(uri, since)), diagnostics);
    assert.deepStrictEqual(await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }), { kind: 'full', items: diagnostics });

    // The request stays open until the client cancels it.
    cancel.cancel();
    assert.deepStrictEqual(await pull, { items: [] });
  });

  it('without partial results: answered once something changed since the result ids the client holds, with that only', async () => {
    const r001 = client.write(R001, readReport(R001));
    const r002 = client.write(R002, readReport(R002));
    await client.start(PULL);
    await client.checkWorkspace();
    const all = (await client.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] })) as WorkspaceDiagnosticReport;
    assert.deepStrictEqual(all.items.map((r) => r.uri).sort(), [uriOf(r001), uriOf(r002)].sort());
    const held = all.items.map((r) => ({ uri: r.uri, value: r.resultId! }));
    const next = client.connection.sendRequest('workspace/diagnostic', { previousResultIds: held }) as Promise<WorkspaceDiagnosticReport>;
    // 002 changed on disk: a cell from 2 to 5.
    const lines = readReport(R002).split('\n');
    lines[210] = '\t5';
    fs.writeFileSync(r002, lines.join('\n'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(r002), type: 2 }] });
    const changed = await next;
    assert.deepStrictEqual(changed.items.map((r) => r.uri), [uriOf(r002)]);
    assert.deepStrictEqual(itemsOf(changed.items[0]).filter((d) => d.severity === 1).map((d) => d.code), ['row-total', 'column-total']);
    // A file deleted: an empty report for it.
    const gone = client.connection.sendRequest('workspace/diagnostic', { previousResultIds: [...held.slice(0, 1), { uri: uriOf(r002), value: changed.items[0].resultId! }] }) as Promise<WorkspaceDiagnosticReport>;
    fs.rmSync(r002);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(r002), type: 3 }] });
    const emptied = await gone;
    assert.deepStrictEqual(emptied.items.map((r) => [r.uri, itemsOf(r)]), [[uriOf(r002), []]]);
    assert.strictEqual(client.published(uriOf(r001)).length + client.published(uriOf(r002)).length, 0, 'nothing pushed');
  });
});

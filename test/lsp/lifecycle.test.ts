import * as assert from 'assert';
import { spawn } from 'child_process';
import * as path from 'path';
import { ErrorCodes, ResponseError, StreamMessageReader } from 'vscode-languageserver-protocol/node';
import type { Message, NotificationMessage, ResponseMessage } from 'vscode-languageserver-protocol';
import { readReport } from '../support/reports';
import { ROOT, TestClient } from './client';

const URI = 'file:///lifecycle/002.txt';
const open002 = { textDocument: { uri: URI, languageId: 'govreport', version: 1, text: readReport('002_0b0fce05247e3def.txt') } };

/** The error a request is answered with (fails when it is answered with a result). */
async function errorOf(request: Promise<unknown>): Promise<ResponseError<unknown>> {
  try {
    const result = await request;
    assert.fail(`answered with a result: ${JSON.stringify(result)}`);
  } catch (e) {
    if (!(e instanceof ResponseError)) throw e;
    return e;
  }
}

describe('language server lifecycle (LSP): initialize first, nothing after shutdown, exit codes', function () {
  this.timeout(20000);

  it('before initialize: requests are answered with ServerNotInitialized, notifications dropped', async () => {
    const client = new TestClient();
    const e = await errorOf(client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } }));
    assert.strictEqual(e.code, ErrorCodes.ServerNotInitialized);
    assert.strictEqual(e.code, -32002);
    await client.connection.sendNotification('textDocument/didOpen', open002);
    await client.initialize();
    // The didOpen sent before initialize was dropped: the document is not open, and nothing was published for it.
    assert.strictEqual(await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } }), null);
    assert.deepStrictEqual(client.published(URI), []);
    // A second initialize is refused; the server goes on as initialized the first time.
    assert.strictEqual((await errorOf(client.connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} }))).code, ErrorCodes.InvalidRequest);
    await client.connection.sendNotification('textDocument/didOpen', open002);
    assert.strictEqual((await client.diagnosticsFor(URI, 1)).diagnostics.length, 1);
    assert.strictEqual(await client.shutdown(), 0);
  });

  it('after shutdown: requests are answered with InvalidRequest; exit then ends the process with 0', async () => {
    const client = new TestClient();
    await client.initialize();
    await client.connection.sendNotification('textDocument/didOpen', open002);
    await client.diagnosticsFor(URI, 1);
    await client.connection.sendRequest('shutdown');
    const e = await errorOf(client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } }));
    assert.strictEqual(e.code, ErrorCodes.InvalidRequest);
    assert.strictEqual((await errorOf(client.connection.sendRequest('shutdown'))).code, ErrorCodes.InvalidRequest);
    await client.connection.sendNotification('exit');
    assert.strictEqual(await client.exited(), 0);
  });

  it('exit without shutdown ends the process with 1, before initialize too', async () => {
    for (const initialize of [true, false]) {
      const client = new TestClient();
      if (initialize) await client.initialize();
      await client.connection.sendNotification('exit');
      assert.strictEqual(await client.exited(), 1, initialize ? 'initialized' : 'never initialized');
    }
  });

  it('a client that answers workspace/applyEdit with null gets "not applied", not an internal error', async () => {
    const client = new TestClient();
    client.applyEditAnswer = null;
    await client.initialize();
    const uri = 'file:///lifecycle/001.txt';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'govreport', version: 1, text: readReport('001_5f52f77d1e58bc3f.txt') } });
    await client.diagnosticsFor(uri, 1);
    const r = await client.connection.sendRequest('workspace/executeCommand', { command: 'govreport.server.fixAll', arguments: [uri, 1] });
    assert.strictEqual(client.applied.length, 1, 'the edit was sent');
    assert.deepStrictEqual(r, { applied: false, changes: 0, reason: 'no answer to workspace/applyEdit' });
    assert.strictEqual(await client.shutdown(), 0);
  });
});

/** The server over stdio, written to byte by byte: frames with a Content-Length that is not the body's. */
function rawServer() {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const received: Message[] = [];
  new StreamMessageReader(child.stdout!).listen((m) => received.push(m));
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const frame = (body: string, length = Buffer.byteLength(body)) => child.stdin!.write(`Content-Length: ${length}\r\n\r\n${body}`);
  const json = (m: object) => JSON.stringify({ jsonrpc: '2.0', ...m });
  const answered = async (id: number) => {
    for (let i = 0; i < 100 && !received.some((m) => (m as ResponseMessage).id === id); i++) await new Promise((r) => setTimeout(r, 50));
    return received.find((m) => (m as ResponseMessage).id === id) as ResponseMessage | undefined;
  };
  return { child, received, stderr: () => stderr, exited, frame, json, answered };
}

describe('language server over stdio: a message framed wrong', function () {
  this.timeout(20000);

  for (const [name, wrong] of [['shorter', -7], ['longer', +7]] as const) {
    it(`a Content-Length ${name} than the message: the error is logged and the server exits with 1, for the client to restart it`, async () => {
      const s = rawServer();
      after(() => s.child.kill());
      s.frame(s.json({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
      assert.ok((await s.answered(1))?.result, 'initialized');
      s.frame(s.json({ method: 'initialized', params: {} }));
      const symbols = s.json({ id: 2, method: 'textDocument/documentSymbol', params: { textDocument: { uri: URI } } });
      s.frame(symbols, Buffer.byteLength(symbols) + wrong);
      // A longer one swallows the start of the next message; that message then cannot be read either.
      s.frame(s.json({ id: 3, method: 'textDocument/documentSymbol', params: { textDocument: { uri: URI } } }));
      assert.strictEqual(await s.exited, 1);
      assert.match(s.stderr(), /读不出客户端发来的消息/);
      const logged = s.received.filter((m): m is NotificationMessage => (m as NotificationMessage).method === 'window/logMessage');
      assert.deepStrictEqual(logged.map((m) => (m.params as { type: number }).type), [1], 'one error in the client\'s log');
    });
  }
});

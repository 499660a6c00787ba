import * as assert from 'assert';
import { CancellationTokenSource, ResponseError } from 'vscode-languageserver-protocol/node';
import type { DocumentSymbol, InlayHint } from 'vscode-languageserver-protocol';
import { readReport, REPORT_FILES } from '../support/reports';
import { TestClient } from './client';

/** A reviewer's file of a whole region: the five real reports, a hundred times over (500 reports). */
const COPIES = 100;
const five = REPORT_FILES.map(readReport).join('\n');
const collection = Array.from({ length: COPIES }, () => five).join('\n');
/** Line 344 of 001 in the first copy (001 follows 000): its table 3 total row, which has inlay hints. */
const hintLine = readReport(REPORT_FILES[0]).split('\n').length + 344;

describe('language server: long requests on a collection are cancellable and do not hold up others', function () {
  this.timeout(60000);
  let client: TestClient;
  let n = 0;
  before(async () => {
    client = new TestClient();
    await client.initialize();
  });
  after(async () => {
    assert.strictEqual(await client.shutdown(), 0);
  });

  /** A fresh copy of the collection (nothing of it checked yet), its outline asked for, then hints for one screen. */
  async function outlineThenHints(token?: CancellationTokenSource) {
    const uri = `file:///long/collection-${++n}.txt`;
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'govreport', version: 1, text: collection } });
    const answered: string[] = [];
    const params = { textDocument: { uri } };
    const request = token ? client.connection.sendRequest('textDocument/documentSymbol', params, token.token) : client.connection.sendRequest('textDocument/documentSymbol', params);
    const symbols = request.then(
      (r) => (answered.push('symbols'), r as DocumentSymbol[]),
      (e) => (answered.push('symbols'), e as ResponseError<unknown>),
    );
    const hints = (await client.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: hintLine, character: 0 }, end: { line: hintLine + 8, character: 0 } } })) as InlayHint[];
    answered.push('hints');
    return { uri, symbols, hints, answered };
  }

  it('hints for the lines on screen are answered while the outline of all 500 reports is still being made', async () => {
    const { symbols, hints, answered } = await outlineThenHints();
    assert.deepStrictEqual(answered, ['hints'], 'the outline, asked for first, is not answered yet');
    assert.deepStrictEqual([hints[0].position.line, hints[0].label], [hintLine, '（七）总计 · 自然人']);
    const outline = await symbols;
    assert.ok(Array.isArray(outline), String(outline));
    assert.strictEqual(outline.length, 5 * COPIES);
    assert.deepStrictEqual(answered, ['hints', 'symbols']);
  });

  it('a running request the client cancels is answered with RequestCancelled (-32800)', async () => {
    const source = new CancellationTokenSource();
    const { symbols } = await outlineThenHints(source);
    // The outline was asked for before the hints, which are answered: it is running now.
    source.cancel();
    const answer = await symbols;
    assert.ok(answer instanceof ResponseError, `answered with ${Array.isArray(answer) ? `${answer.length} symbols` : String(answer)}`);
    assert.strictEqual(answer.code, -32800);
  });

  it('a document changed under a running request: ContentModified (-32801), not an outline of two versions', async () => {
    const { uri, symbols } = await outlineThenHints();
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }] });
    const answer = await symbols;
    assert.ok(answer instanceof ResponseError, `answered with ${Array.isArray(answer) ? `${answer.length} symbols` : String(answer)}`);
    assert.strictEqual(answer.code, -32801);
    // The new version is checked and published.
    assert.ok((await client.diagnosticsFor(uri, 2, 30000)).diagnostics.length > 0);
  });
});

import * as assert from 'assert';
import type { CodeAction, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { readReport } from '../support/reports';
import { TestClient } from './client';

const URI = 'file:///silence/001.txt';

describe('language server: silencing a rule on a line', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize();
  });
  after(async () => {
    await client.shutdown();
  });

  it('a finding in the text offers a comment above its line; applied, the finding goes and the rest stays', async () => {
    const text = readReport('001_5f52f77d1e58bc3f.txt');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'plaintext', version: 1, text } });
    const first = await client.diagnosticsFor(URI, 1);
    // 001, 10:21: 区政府 in a county's report (copied-text).
    const range = { start: { line: 9, character: 20 }, end: { line: 9, character: 23 } };
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: URI }, range, context: { diagnostics: [] } })) as CodeAction[];
    assert.deepStrictEqual(actions.map((a) => [a.title, a.kind]), [['在此行停用 copied-text 检查', 'quickfix'], ['修复全部可修复的问题', 'source.fixAll.govreport']]);
    const edit = (actions[0].edit!.documentChanges![0] as TextDocumentEdit).edits;
    assert.deepStrictEqual(edit, [{ range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } }, newText: '<!-- govreport-disable-next-line copied-text -->\n' }]);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ range: edit[0].range, text: edit[0].newText }] });
    const after = await client.diagnosticsFor(URI, 2);
    const at = (d: { code?: unknown; range: { start: { line: number } } }) => `${d.range.start.line}:${d.code}`;
    assert.deepStrictEqual(after.diagnostics.map(at), first.diagnostics.filter((d) => !(d.range.start.line === 9 && d.code === 'copied-text')).map((d) => `${d.range.start.line + 1}:${d.code}`));
    // A table finding is offered no comment: a line put into a table would be read as its cell.
    const cell = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: URI }, range: { start: { line: 345, character: 1 }, end: { line: 345, character: 4 } }, context: { diagnostics: [] } })) as CodeAction[];
    assert.ok(cell.every((a) => !a.title.includes('停用')), JSON.stringify(cell.map((a) => a.title)));
  });
});

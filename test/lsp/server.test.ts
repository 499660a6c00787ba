import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, DocumentSymbol, Hover, InlayHint, Range, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { readReport } from '../support/reports';
import { TestClient } from './client';

const URI = 'file:///reports/001.txt';
/** What VS Code says it accepts in a diagnostic. */
const DIAGNOSTICS_AS_VS_CODE = { publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true } };

describe('language server: a client that accepts plain diagnostics only', function () {
  this.timeout(20000);

  it('gets no related locations and no rule links, and the same findings', async () => {
    const client = new TestClient();
    await client.initialize({ debounceMs: 0, displayLanguage: 'zh-cn' }, {});
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'plaintext', version: 1, text: readReport('001_5f52f77d1e58bc3f.txt') } });
    const p = await client.diagnosticsFor(URI, 1);
    assert.deepStrictEqual(p.diagnostics.map((d) => [d.code, d.range.start.line]), [
      ['copied-text', 9], ['parts-exceed-whole', 10], ['text-typo', 11], ['copied-text', 12],
      ['row-label', 118], ['row-label', 127], ['column-total', 344], ['column-total', 350], ['row-label', 352], ['section-title', 403],
      ['copied-text', 405], ['copied-text', 406],
    ]);
    for (const d of p.diagnostics) {
      assert.strictEqual(d.relatedInformation, undefined, `${d.code}: relatedInformation`);
      assert.strictEqual(d.codeDescription, undefined, `${d.code}: codeDescription`);
    }
    assert.strictEqual(await client.shutdown(), 0);
  });
});

describe('language server over stdio', function () {
  this.timeout(20000);
  let client: TestClient;
  let text: string;

  before(async () => {
    client = new TestClient();
    // A short debounce, so that the second of two quick edits replaces the first before it is checked.
    const init = (await client.initialize({ debounceMs: 30, displayLanguage: 'zh-cn' }, DIAGNOSTICS_AS_VS_CODE)) as { capabilities: Record<string, unknown> };
    // Saves are announced: a saved report may be another's last year.
    assert.deepStrictEqual(init.capabilities.textDocumentSync, { openClose: true, change: 2, save: true }, 'incremental sync');
    text = readReport('001_5f52f77d1e58bc3f.txt');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'plaintext', version: 1, text } });
  });
  after(async () => {
    assert.strictEqual(await client.shutdown(), 0, 'exits cleanly after shutdown + exit');
  });

  it('publishes the core findings as LSP diagnostics with code, link, source and related cells', async () => {
    const p = await client.diagnosticsFor(URI, 1);
    const ct = p.diagnostics.filter((d) => d.code === 'column-total');
    assert.deepStrictEqual(ct.map((d) => [d.range.start.line, d.range.start.character, d.range.end.character, d.severity, d.source]), [
      [344, 1, 4, 1, 'govreport'],
      [350, 1, 4, 1, 'govreport'],
    ]);
    assert.match(ct[0].codeDescription!.href, /docs\/rules\/column-total\.md$/);
    assert.deepStrictEqual(ct[0].relatedInformation!.map((r) => r.location.range.start.line), [119, 128, 353]); // the cells under the labels of 一, 二 and 四
    assert.deepStrictEqual(ct[0].data, { table: 3, row: 'total', column: 'natural', expected: 171, actual: 170 });
    assert.strictEqual(p.diagnostics.length, 12); // 001's twelve findings, as in test/cli/cliHarness.ts's lines001
  });

  it('an incremental change is checked again, and only the newest version is published', async () => {
    // Change the 87 of （一）予以公开 × 自然人 to 86 (line 132 of the file), twice in a row: 87 → 85 → 86.
    const line = text.split('\n').indexOf('\t87');
    const range = { start: { line, character: 1 }, end: { line, character: 3 } };
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ range, text: '85' }] });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 3 }, contentChanges: [{ range, text: '86' }] });
    const p = await client.diagnosticsFor(URI, 3);
    // 自然人 results now 170 = （七） 170; the row 予以公开 now 86 + 0 + 0 + 0 + 0 + 1 = 87 ≠ 88.
    const byCode = p.diagnostics.filter((d) => d.severity === 1).map((d) => `${d.code}@${d.range.start.line}:${(d.data as { expected: number }).expected}/${(d.data as { actual: number }).actual}`);
    assert.deepStrictEqual(byCode, [`row-total@${line + 6}:87/88`, 'column-total@350:176/175']);
    assert.ok(!client.published(URI).some((d) => d.version === 2), 'version 2 was replaced before it was checked');
  });

  it('outline: report title → six sections → tables with their state → row groups', async () => {
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } })) as DocumentSymbol[];
    assert.strictEqual(symbols.length, 1);
    assert.strictEqual(symbols[0].name, '宁波市象山县人民政府办公室2020年政府信息公开工作年度报告');
    assert.deepStrictEqual(symbols[0].children!.map((s) => s.name), ['1、 总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题和改进情况', '六、其他需要报告的事项']);
    const t3 = symbols[0].children![2].children![0];
    assert.strictEqual(t3.name, '表三 收到和处理政府信息公开申请情况 · 2 处错误');
    assert.deepStrictEqual(t3.children!.map((c) => c.name), ['一、本年新收到政府信息公开申请数量', '二、上年转结政府信息公开申请数量', '三、本年度办理结果', '四、转结下年度继续办理']);
  });

  it('hover on a total names its row and column and shows the equation with its verdict', async () => {
    const h = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 350, character: 2 } })) as Hover;
    const v = (h.contents as { value: string }).value;
    assert.match(v, /^\*\*三、本年度办理结果 › （七）总计 × 总计\*\*/);
    assert.deepStrictEqual(v.split('\n').slice(2), [
      '数值：175',
      '',
      '- 行 （七）总计：总计 = 170 + 4 + 0 + 0 + 0 + 1 = **175** ✓',
      '- 列 总计：（七）总计 = 88 + 17 + 0 + 1 + 0 + 1 + 3 + 2 + 3 + 4 + 39 + 1 + 1 + 0 + 7 + 0 + 0 + 0 + 9 = 176 ≠ **175** ✗',
      '- 列 总计：一 + 二 = 172 + 4 = 176，（七）总计 + 四 = **175** + 1 = 176 ✓',
    ]);
  });

  it('inlay hints name the column of bare numbers', async () => {
    const hints = (await client.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri: URI }, range: { start: { line: 344, character: 0 }, end: { line: 352, character: 0 } } })) as InlayHint[];
    assert.deepStrictEqual(hints.slice(0, 2).map((h) => [h.position.line, h.label]), [[344, '（七）总计 · 自然人'], [345, '商业企业']]);
  });

  it('code actions: quick fix for a fixable total, fix-all for the table and the document, versioned edits', async () => {
    // Version 3: 自然人 now adds up (170), but 86 + 0 + 0 + 0 + 0 + 1 = 87 ≠ 88 and the 总计 column is 176 ≠ 175.
    // The only single cell that makes every equation hold is （一）予以公开 × 总计 = 87.
    const line = text.split('\n').indexOf('\t87');
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: URI }, range: { start: { line: line + 6, character: 1 }, end: { line: line + 6, character: 3 } }, context: { diagnostics: [] },
    })) as CodeAction[];
    assert.deepStrictEqual(actions.map((a) => [a.title, a.kind]), [
      ['将 （一）予以公开 × 总计 改为 87', 'quickfix'],
      ['修复本表（表三）全部可修复的问题', 'quickfix'],
      ['修复全部可修复的问题', 'source.fixAll.govreport'],
    ]);
    const change = actions[0].edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepStrictEqual(change.textDocument, { uri: URI, version: 3 });
    assert.deepStrictEqual(change.edits, [{ range: { start: { line: line + 6, character: 1 }, end: { line: line + 6, character: 3 } }, newText: '87' }]);
    const onSave = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.deepStrictEqual(onSave.map((a) => a.kind), ['source.fixAll.govreport']);
  });

  it('fix-all command: refused for a stale version, applied for the current one, and the result re-checks clean of fixable problems', async () => {
    const stale = await client.connection.sendRequest('workspace/executeCommand', { command: 'govreport.server.fixAll', arguments: [URI, 2] });
    assert.deepStrictEqual(stale, { applied: false, reason: 'stale', version: 3 });
    const r = (await client.connection.sendRequest('workspace/executeCommand', { command: 'govreport.server.fixAll', arguments: [URI, 3] })) as { applied: boolean; changes: number };
    assert.strictEqual(r.applied, true);
    const edit = (client.applied[0] as { edit: { documentChanges: TextDocumentEdit[] } }).edit.documentChanges[0];
    assert.deepStrictEqual(edit.textDocument, { uri: URI, version: 3 });
    // Apply it as the editor would, send it back, and check again.
    const doc = TextDocument.create(URI, 'plaintext', 3, currentText());
    const fixed = TextDocument.applyEdits(doc, edit.edits as { range: Range; newText: string }[]);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 4 }, contentChanges: [{ text: fixed }] });
    const p = await client.diagnosticsFor(URI, 4);
    assert.deepStrictEqual(p.diagnostics.filter((d) => d.severity === 1), [], 'no error remains');
    const line = text.split('\n').indexOf('\t87');
    const changed = fixed.split('\n').map((l, i) => [i, text.split('\n')[i], l]).filter(([, a, b]) => a !== b);
    assert.deepStrictEqual(changed.map(([i]) => i), [118, 127, line, line + 6, 352, 403], 'the 86 typed by the test, three labels, the total and one title: nothing else');
  });

  function currentText(): string {
    const lines = text.split('\n');
    lines[lines.indexOf('\t87')] = '\t86';
    return lines.join('\n');
  }
});

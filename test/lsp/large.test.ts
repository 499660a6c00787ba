import * as assert from 'assert';
import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver-protocol';
import { LARGE_REPORT_CHARS, TOO_LARGE_CODE } from '../../server/src/lsp/large';
import { readReport, REPORT_FILES } from '../support/reports';
import { TestClient } from './client';

const SMALL = 'file:///reports/001.txt';
const LARGE = 'file:///reports/001-large.txt';
const report001 = readReport('001_5f52f77d1e58bc3f.txt');
/** 001 followed by blank lines: one report of more characters than are checked while typing, with 001's findings. */
const large001 = report001 + '\n'.repeat(LARGE_REPORT_CHARS);

const findings = (ds: Diagnostic[]) => ds.filter((d) => d.code !== TOO_LARGE_CODE).map((d) => [d.code, d.range.start.line, d.message]);
const notes = (ds: Diagnostic[]) => ds.filter((d) => d.code === TOO_LARGE_CODE);
const inserted = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' };

/** A document with a report too large to check while typing: checked when opened and saved, not on each edit. */
describe('language server: a document too large to check while typing', function () {
  this.timeout(30000);
  let client: TestClient;
  /** 001's own findings, as a small document of it gets them. */
  let small: Diagnostic[];

  before(async () => {
    client = new TestClient();
    await client.initialize({ debounceMs: 0, displayLanguage: 'zh-cn' });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: SMALL, languageId: 'govreport', version: 1, text: report001 } });
    small = (await client.diagnosticsFor(SMALL, 1)).diagnostics;
    assert.ok(small.length >= 10);
    assert.strictEqual(notes(small).length, 0);
  });
  after(async () => {
    assert.strictEqual(await client.shutdown(), 0);
  });

  it('is checked when opened: its findings, and first a note that it is checked on save', async () => {
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: LARGE, languageId: 'govreport', version: 1, text: large001 } });
    const p = await client.diagnosticsFor(LARGE, 1, 20000);
    assert.deepStrictEqual(findings(p.diagnostics), findings(small));
    const [note] = p.diagnostics;
    assert.strictEqual(note.code, TOO_LARGE_CODE);
    assert.strictEqual(note.severity, 3); // Information
    assert.deepStrictEqual(note.range.start, { line: 0, character: 0 });
    assert.match(note.message as string, /^文档过大（其中一份报告有 1,005,\d{3} 个字符，超过 1,000,000），输入时不检查：打开和保存时检查/);
    const status = (await client.statusFor(LARGE, 1)) as unknown as { checkedOnSaveOnly: boolean; errors: number };
    assert.strictEqual(status.checkedOnSaveOnly, true);
    assert.ok(status.errors > 0);
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: LARGE } })) as DocumentSymbol[];
    assert.strictEqual(symbols.length, 1, 'checked: its outline is there');
  });

  it('an edit is applied and not checked: nothing is published for it, and the outline waits for the save', async () => {
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: LARGE, version: 2 }, contentChanges: [inserted] });
    const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: LARGE } });
    assert.strictEqual(symbols, null);
    // Checks run one at a time in the order they are scheduled: a check of the edit would be published before that
    // of a document opened after it.
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: SMALL, version: 2 }, contentChanges: [inserted] });
    await client.diagnosticsFor(SMALL, 2);
    assert.deepStrictEqual(client.published(LARGE).map((p) => p.version), [1]);
    assert.deepStrictEqual(client.statuses.filter((s) => s.uri === LARGE).map((s) => s.version), [1]);
  });

  it('a save publishes the findings of the text as edited', async () => {
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri: LARGE } });
    const p = await client.diagnosticsFor(LARGE, 2, 20000);
    const movedDown = findings(small).map(([code, line, message]) => [code, (line as number) + 1, message]);
    assert.deepStrictEqual(findings(p.diagnostics), movedDown);
    assert.deepStrictEqual(findings((await client.diagnosticsFor(SMALL, 2)).diagnostics), movedDown);
    assert.strictEqual(notes(p.diagnostics).length, 1);
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: LARGE } })) as DocumentSymbol[];
    assert.strictEqual(symbols.length, 1);
  });

  it('a document an edit makes too large is told so at once, without a check; one made small again is checked as it is typed', async () => {
    const uri = 'file:///reports/001-grows.txt';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'govreport', version: 1, text: report001 } });
    assert.strictEqual(notes((await client.diagnosticsFor(uri, 1)).diagnostics).length, 0);
    const end = { line: report001.split('\n').length, character: 0 };
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: end, end }, text: '\n'.repeat(LARGE_REPORT_CHARS) }] });
    const grown = await client.diagnosticsFor(uri, 2);
    assert.deepStrictEqual(grown.diagnostics.map((d) => d.code), [TOO_LARGE_CODE]);
    const endOfAll = { line: end.line + LARGE_REPORT_CHARS, character: 0 };
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: end, end: endOfAll }, text: '' }] });
    const shrunk = await client.diagnosticsFor(uri, 3, 20000);
    assert.deepStrictEqual(findings(shrunk.diagnostics), findings(small));
    assert.strictEqual(notes(shrunk.diagnostics).length, 0);
  });

  it('a file of many reports is checked while typing, however large: a keystroke checks only its own report', async () => {
    const uri = 'file:///reports/many.txt';
    const texts = REPORT_FILES.map(readReport);
    const copies = Math.ceil(LARGE_REPORT_CHARS / texts.join('\n').length) + 1;
    const text = Array.from({ length: copies }, () => texts.join('\n')).join('\n');
    assert.ok(text.length > LARGE_REPORT_CHARS);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'govreport', version: 1, text } });
    const opened = await client.diagnosticsFor(uri, 1, 20000);
    assert.strictEqual(notes(opened.diagnostics).length, 0);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [inserted] });
    const edited = await client.diagnosticsFor(uri, 2, 20000);
    assert.strictEqual(notes(edited.diagnostics).length, 0);
    assert.strictEqual(edited.diagnostics.length, opened.diagnostics.length);
  });

  it('an outline of 150,000 sections, without a title over them: every one a symbol (no RangeError)', async () => {
    const uri = 'file:///reports/sections.txt';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'govreport', version: 1, text: '## 总体情况\n'.repeat(150_000) } });
    await client.diagnosticsFor(uri, 1, 20000);
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    assert.strictEqual(symbols.length, 150_000);
    assert.deepStrictEqual([symbols[149_999].name, symbols[149_999].selectionRange], ['总体情况', { start: { line: 149_999, character: 0 }, end: { line: 149_999, character: 7 } }]);
  });
});

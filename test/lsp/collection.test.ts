import * as assert from 'assert';
import type { CodeAction, DocumentSymbol, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { readReport, REPORT_FILES } from '../support/reports';
import { TestClient } from './client';
import { buildReportText } from '../support/reportBuilder';

const URI = 'file:///reports/all-five.txt';

/** A reviewer's file: the five real reports one after another, edited over a real stdio connection. */
describe('language server: a file of many reports', function () {
  this.timeout(20000);
  let client: TestClient;
  const texts = REPORT_FILES.map(readReport);
  const text = texts.join('\n');
  /** First line of each report's file in the joined text. */
  const fileLine = texts.map((_, i) => texts.slice(0, i).reduce((n, t) => n + t.split('\n').length, 0));

  before(async () => {
    client = new TestClient();
    await client.initialize({ debounceMs: 0, displayLanguage: 'zh-cn' }, { codeAction: { resolveSupport: { properties: ['edit'] } } });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'govreport', version: 1, text } });
  });
  after(async () => {
    assert.strictEqual(await client.shutdown(), 0);
  });

  it('each report is checked on its own: the 23 findings of the five files, at their lines in the joined file', async () => {
    const p = await client.diagnosticsFor(URI, 1);
    assert.strictEqual(p.diagnostics.length, 23); // 000 3, 001 12, 002 1, 003 5, 004 2
    assert.deepStrictEqual(p.diagnostics.filter((d) => d.code === 'column-total').map((d) => d.range.start.line), [fileLine[1] + 344, fileLine[1] + 350]);
    assert.ok(!p.diagnostics.some((d) => d.code === 'section-order'), 'the second report is not read as sections of the first');
  });

  it('outline: one root per report, named by its title', async () => {
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } })) as DocumentSymbol[];
    assert.deepStrictEqual(symbols.map((s) => [s.name, s.children!.length]), [
      ['2021年度宁海县政务服务办公室信息公开工作年度报告', 6],
      ['宁波市象山县人民政府办公室2020年政府信息公开工作年度报告', 6],
      ['北仑区人民政府办公室2021年度政府信息公开工作年度报告', 6],
      ['宁陵县人民政府办公室2021年政府信息公开工作年度报告', 6],
      ['宁海县桃源街道2020年政府信息公开年度报告', 7],
    ]);
  });

  /** Line of 003's row 一 after the edit below (a line was added above it). */
  let row114 = -1;

  it('an edit in the fourth report changes its findings only; the others keep theirs, moved by the lines it added', async () => {
    const before = (await client.diagnosticsFor(URI, 1)).diagnostics;
    // 003's row 一 of table 3 (14 0 0 0 0 0 14): 自然人 14 becomes 114, and a line is added above it.
    const line = fileLine[3] + texts[3].split('\n').findIndex((l) => l.startsWith('一、本年新收政府信息公开申请数量\t14'));
    row114 = line + 1;
    const carriedOut = fileLine[3] + texts[3].split('\n').findIndex((l) => l.startsWith('四、结转下年度继续办理'));
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [
        { range: { start: { line, character: 17 }, end: { line, character: 17 } }, text: '1' },
        { range: { start: { line: fileLine[3] + 1, character: 0 }, end: { line: fileLine[3] + 1, character: 0 } }, text: '\n' },
      ],
    });
    const after = (await client.diagnosticsFor(URI, 2)).diagnostics;
    const key = (d: { code?: unknown; range: { start: { line: number; character: number } } }) => `${d.code}@${d.range.start.line}:${d.range.start.character}`;
    const moved = before.map((d) => (d.range.start.line > fileLine[3] ? { ...d, range: { ...d.range, start: { ...d.range.start, line: d.range.start.line + 1 } } } : d));
    const added = after.filter((d) => !moved.some((m) => key(m) === key(d)));
    const at = (d: { data?: unknown }) => d.data as { row: string; column: string; expected: number; actual: number };
    assert.deepStrictEqual(added.map((d) => [d.code, d.range.start.line, d.range.start.character, at(d).row, at(d).column, at(d).expected, at(d).actual]), [
      ['row-total', line + 1, 31, 'new', 'total', 114, 14],
      // The balance is shown on the result side, row 四: 114 + 0 expected, 14 + 0 stated.
      ['balance', carriedOut + 1, 15, 'carried_out', 'natural', 114, 14],
    ]);
    assert.strictEqual(after.length, 25); // the 23 before and the two added
  });

  it('fix-all comes unresolved and gets its edit on resolve, for the version it was offered for only', async () => {
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.deepStrictEqual(actions.map((a) => [a.kind, !!a.edit]), [['source.fixAll.govreport', false]]);
    const resolved = (await client.connection.sendRequest('codeAction/resolve', actions[0])) as CodeAction;
    const change = resolved.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepStrictEqual(change.textDocument, { uri: URI, version: 2 });
    // 003's 自然人 back to 14 (the one cell that makes both equations hold): the typed 1 removed, nothing more.
    const typed = change.edits.filter((e) => e.range.start.line === row114);
    // 114 → 14 as a minimal edit: one of the two 1s deleted.
    assert.deepStrictEqual(typed.map((e) => ['newText' in e ? e.newText : undefined, e.range.end.character - e.range.start.character]), [['', 1]]);
    assert.strictEqual(change.edits.length, 9, 'and the section-title and row-label variants of 000, 001, 003 and 004');
    assert.ok(change.edits.every((e) => e.range.start.line === e.range.end.line), 'single-line edits only');
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 3 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }] });
    await client.diagnosticsFor(URI, 3);
    const stale = (await client.connection.sendRequest('codeAction/resolve', actions[0])) as CodeAction;
    assert.strictEqual(stale.edit, undefined, 'no edit for a document that changed since');
  });
});

/** 003 ends without a line break: a report after it, joined as cat joins files, starts inside 003's last line. */
describe('language server: a report glued to the end of the one before it', function () {
  this.timeout(20000);
  const URI_GLUED = 'file:///reports/glued.txt';
  // A report with tables and no section headings: its one structure-unreadable finding points at its title.
  const second = buildReportText({ layout: 'word', headings: { 1: null, 2: null, 3: null, 4: null, 5: null, 6: null } }).text;
  const first = readReport(REPORT_FILES[3]);
  const line = first.split('\n').length - 1;
  const column = first.length - first.lastIndexOf('\n') - 1;

  it('its findings on the shared line are at its characters, and move along the line with an edit before it', async () => {
    const client = new TestClient();
    try {
      await client.initialize({ debounceMs: 0, displayLanguage: 'zh-cn' });
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI_GLUED, languageId: 'govreport', version: 1, text: first + second } });
      const onShared = (version: number) => client.diagnosticsFor(URI_GLUED, version).then((p) => p.diagnostics.filter((d) => d.range.start.line === line).map((d) => [d.code, d.range.start.character, d.range.end.character]));
      const title = '示例县人民政府办公室2022年政府信息公开工作年度报告';
      // 003's own finding on its last line comes first: 信息处理费 named (…将按照有关规定收取信息处理费。), at 89:55.
      const fee = ['processing-fee', 54, 54 + '信息处理费'.length];
      const before = await onShared(1);
      assert.deepStrictEqual(before, [fee, ['structure-unreadable', column, column + title.length]]);
      // Text typed before 003's last 。 moves the second report along the line; its text, and so its findings, stay.
      // 003's finding stands before the typed text: it stays where it was.
      const at = { line, character: column - 1 };
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI_GLUED, version: 2 }, contentChanges: [{ range: { start: at, end: at }, text: '（按次计收）' }] });
      assert.deepStrictEqual(await onShared(2), [fee, ['structure-unreadable', column + 6, column + title.length + 6]]);
    } finally {
      assert.strictEqual(await client.shutdown(), 0);
    }
  });
});

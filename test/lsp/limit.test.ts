import * as assert from 'assert';
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { limitProblems } from '../../server/src/lsp/limit';
import { readReport } from '../support/reports';
import { TestClient } from './client';

const at = (line: number, severity: DiagnosticSeverity): Diagnostic => ({
  range: { start: { line, character: 0 }, end: { line, character: 1 } }, severity, message: `line ${line}`,
});
const summary = (list: Diagnostic[]) => list[list.length - 1];

describe('maxProblems: how many diagnostics one publish carries', () => {
  const { Error: E, Warning: W, Information: I } = DiagnosticSeverity;
  const six = [at(0, W), at(1, E), at(2, W), at(3, E), at(4, W), at(5, I)];

  it('up to the limit, the list is published as it is', () => {
    assert.strictEqual(limitProblems(six, 6, 'zh'), six);
    assert.strictEqual(limitProblems([], 1, 'zh').length, 0);
  });

  it('over it: errors first, then warnings in document order, and a last one saying what was left out and where', () => {
    const kept = limitProblems(six, 4, 'zh');
    // Room for 3: both errors (lines 1, 3), then the first warning (line 0); the warning on line 2 is the first left out.
    assert.deepStrictEqual(kept.slice(0, 3).map((d) => d.range.start.line), [0, 1, 3]);
    assert.deepStrictEqual([summary(kept).range.start.line, summary(kept).severity, summary(kept).code], [2, I, 'max-problems']);
    assert.match(summary(kept).message as string, /^本文件另有 3 个问题未列出（共 6 个；/);
    assert.match(summary(limitProblems(six, 4, 'en')).message as string, /^3 more problems of this file are not listed \(6 in all;/);
  });

  it('a limit below the errors keeps the first errors; a limit of 1 keeps only the summary', () => {
    // The summary counts towards the limit: 2 leaves room for one error, and the warning on line 0 is the first left out.
    assert.deepStrictEqual(limitProblems(six, 2, 'zh').map((d) => d.range.start.line), [1, 0]);
    assert.match(summary(limitProblems(six, 2, 'zh')).message as string, /另有 5 个问题/);
    const one = limitProblems(six, 1, 'zh');
    assert.deepStrictEqual(one.map((d) => [d.range.start.line, d.code]), [[0, 'max-problems']]);
  });

  it('the setting applies over LSP, and the status still counts every finding', async function () {
    this.timeout(20000);
    const client = new TestClient();
    // Sent at start and answered when the server asks, so that the first publish already has it.
    client.configuration = { maxProblems: 4 };
    await client.initialize({ debounceMs: 0, displayLanguage: 'zh-cn', settings: client.configuration });
    // 001 has 2 errors (column totals, lines 345 and 351), 9 warnings (lines 10, 11, 13, 119, 128, 353, 404, 406,
    // 407; 1-based) and 1 info (line 12): 4 is room for both errors, the first warning and the summary, which points
    // at the second warning.
    const uri = 'file:///reports/001.txt';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'govreport', version: 1, text: readReport('001_5f52f77d1e58bc3f.txt') } });
    const p = await client.diagnosticsFor(uri, 1);
    assert.deepStrictEqual(p.diagnostics.map((d) => [d.range.start.line + 1, d.code]), [
      [10, 'copied-text'], [345, 'column-total'], [351, 'column-total'], [11, 'max-problems'],
    ]);
    assert.match(p.diagnostics[3].message as string, /另有 9 个问题未列出（共 12 个/);
    // The status counts errors and warnings; the info is in neither.
    const status = await client.statusFor(uri, 1);
    assert.deepStrictEqual([status.errors, status.warnings], [2, 9]);
    assert.strictEqual(await client.shutdown(), 0);
  });
});

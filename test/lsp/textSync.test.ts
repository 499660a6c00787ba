import * as assert from 'assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { OpenReport } from '../../server/src/lsp/openReport';
import { baseText, changeSpec, ChangeSpec, placeChange } from '../support/lspChanges';
import { readReport } from '../support/reports';
import { TestClient } from './client';

const RUNS = Number(process.env.GOVREPORT_PROPERTY_RUNS ?? 400);

/**
 * The server's text after each didChange, against vscode-languageserver-textdocument's (the library most servers
 * keep their documents in) given the same changes: out-of-range positions and inverted ranges included.
 */
function sameTextAsTheLibrary(base: string, batches: ChangeSpec[][]): void {
  const open = new OpenReport('file:///t.txt', 'govreport', 1, base);
  const reference = TextDocument.create('file:///t.txt', 'govreport', 1, base);
  let version = 1;
  for (const batch of batches) {
    // Each change is placed on the text the ones before it made, as a client computes them.
    const changes = batch.map((spec) => {
      const c = placeChange(reference, spec);
      TextDocument.update(reference, [c], ++version);
      return c;
    });
    open.changeAll(changes);
    const text = reference.getText();
    assert.strictEqual(open.doc.getText(), text, `after ${JSON.stringify(changes)}`);
    assert.strictEqual(open.doc.lineCount, reference.lineCount, 'lines');
    // Positions both ways, at a spread of offsets and at positions placed as the changes were.
    for (let k = 0; k <= 8; k++) {
      const o = Math.floor((k * text.length) / 8);
      assert.deepStrictEqual(open.positionAt(o), reference.positionAt(o), `position of offset ${o}`);
    }
    for (const spec of batch) {
      const { start, end } = placeChange(reference, spec).range;
      for (const p of [start, end]) assert.strictEqual(open.offsetAt(p), reference.offsetAt(p), `offset of ${p.line}:${p.character}`);
    }
  }
}

describe('text sync: the server applies content changes exactly as vscode-languageserver-textdocument does', () => {
  it(`${RUNS} random change sequences: positions past line ends, between CR and LF, off the text, inverted ranges`, () => {
    fc.assert(fc.property(baseText, fc.array(fc.array(changeSpec, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), sameTextAsTheLibrary), { numRuns: RUNS });
  }).timeout(300_000);
});

/** A change sent to an open report gives the diagnostics of the text the library makes of it, opened afresh. */
describe('text sync over stdio: a careless position changes what the library says it changes, and nothing else', function () {
  this.timeout(20000);
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize();
  });
  after(async () => {
    assert.strictEqual(await client.shutdown(), 0);
  });

  const lines = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]);

  async function changedAsTheLibrary(name: string, text: string, change: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }) {
    const uri = `file:///sync/${name}.txt`;
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'govreport', version: 1, text } });
    await client.diagnosticsFor(uri, 1);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [change] });
    const edited = await client.diagnosticsFor(uri, 2);
    const reference = TextDocument.create(uri, 'govreport', 1, text);
    TextDocument.update(reference, [change], 2);
    const freshUri = `file:///sync/${name}-fresh.txt`;
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: freshUri, languageId: 'govreport', version: 1, text: reference.getText() } });
    const fresh = await client.diagnosticsFor(freshUri, 1);
    assert.deepStrictEqual(lines(edited), lines(fresh));
    return lines(edited);
  }

  it('text typed past the end of the line above a heading stays on that line: no false section-missing', async () => {
    const text = readReport('002_0b0fce05247e3def.txt');
    const heading = text.split('\n').findIndex((l) => l.startsWith('三、收到和处理政府信息公开申请情况'));
    const at = { line: heading - 1, character: 500 };
    const found = await changedAsTheLibrary('past-end', text, { range: { start: at, end: at }, text: '。' });
    assert.ok(!found.some(([code]) => code === 'section-missing'), JSON.stringify(found));
  });

  it('on a CRLF document, a character one past the line end is the line end, not between CR and LF', async () => {
    const text = readReport('001_5f52f77d1e58bc3f.txt').replace(/\n/g, '\r\n');
    const line = text.split('\r\n').indexOf('\t87');
    // '\t87'.length + 1: between the CR and the LF. 87 → 871 there; before, the 1 split the CRLF into two breaks.
    const at = { line, character: 4 };
    const found = await changedAsTheLibrary('crlf', text, { range: { start: at, end: at }, text: '1' });
    // 001's column-total on line 350 stays on line 350 (the CRLF was not split into two line breaks).
    assert.ok(found.some(([code, l]) => code === 'column-total' && l === 350), JSON.stringify(found));
  });

  it('an inverted range replaces the text between its ends, as a range in order does', async () => {
    const text = readReport('001_5f52f77d1e58bc3f.txt');
    const line = text.split('\n').indexOf('\t87');
    const found = await changedAsTheLibrary('inverted', text, { range: { start: { line, character: 3 }, end: { line, character: 1 } }, text: '86' });
    // 87 → 86, as the ordered range would: the row 予以公开 no longer adds up.
    assert.ok(found.some(([code, l]) => code === 'row-total' && l === line + 6), JSON.stringify(found));
  });
});

import * as assert from 'assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { OpenReport } from '../../server/src/lsp/openReport';
import { baseText, changeSpec, ChangeSpec, libraryUpdate, placeChange } from '../support/lspChanges';
import { readReport } from '../support/reports';
import { TestClient } from './client';

const RUNS = Number(process.env.GOVREPORT_PROPERTY_RUNS ?? 400);

/**
 * The server's text after each didChange, against vscode-languageserver-textdocument's (the library most servers
 * keep their documents in) given the same changes: out-of-range positions and inverted ranges included.
 */
function sameTextAsTheLibrary(base: string, batches: ChangeSpec[][]): void {
  const open = new OpenReport('file:///t.txt', 'govreport', 1, base);
  let reference = TextDocument.create('file:///t.txt', 'govreport', 1, base);
  let version = 1;
  for (const batch of batches) {
    // Each change is placed on the text the ones before it made, as a client computes them.
    const changes = batch.map((spec) => {
      const c = placeChange(reference, spec);
      reference = libraryUpdate(reference, c, ++version);
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

describe('text sync: a change set is one edit of the document, however many changes it has', () => {
  it('2,000 changes typed, deleted and broken across lines of two reports: one edit, spanning what they touched', () => {
    const base = [readReport('001_5f52f77d1e58bc3f.txt'), readReport('003_1ad31af01008103e.txt')].join('\n');
    const open = new OpenReport('file:///t.txt', 'govreport', 1, base);
    let reference = TextDocument.create('file:///t.txt', 'govreport', 1, base);
    const specs = fc.sample(changeSpec, { numRuns: 2000, seed: 11 });
    const changes = specs.map((spec) => {
      const c = placeChange(reference, spec);
      reference = libraryUpdate(reference, c, 2);
      return c;
    });
    const edits: [number, number][] = [];
    const edit = open.doc.edit.bind(open.doc);
    open.doc.edit = (start, end, text) => {
      edits.push([start, end]);
      edit(start, end, text);
    };
    open.changeAll(changes);
    assert.strictEqual(open.doc.getText(), reference.getText());
    // Each change re-split its reports before: 2,000 edits, each costing the reports around it.
    assert.strictEqual(edits.length, 1);
    const text = reference.getText();
    let first = 0;
    while (base[first] === text[first]) first++;
    assert.strictEqual(edits[0][0], first, 'from the first character that changed');
  });
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

  it('one didChange of 100,000 changes (VS Code sends a multi-cursor edit last first) is applied, and checked once', async () => {
    const uri = 'file:///sync/many.txt';
    const text = readReport('001_5f52f77d1e58bc3f.txt');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'govreport', version: 1, text } });
    await client.diagnosticsFor(uri, 1);
    // An x before every character of the text and before its end, about seven times over, from the end back:
    // each change is at a position in the original text, as nothing before it has changed yet.
    const reference = TextDocument.create(uri, 'govreport', 1, text);
    const n = 100_000;
    const offsets = Array.from({ length: n }, (_, k) => Math.floor(((n - 1 - k) * (text.length + 1)) / n));
    const changes = offsets.map((o) => ({ range: { start: reference.positionAt(o), end: reference.positionAt(o) }, text: 'x' }));
    let expected = '';
    for (let o = 0, k = n - 1; o <= text.length; o++) {
      while (k >= 0 && offsets[k] === o) {
        expected += 'x';
        k--;
      }
      expected += text.slice(o, o + 1);
    }
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: changes });
    const edited = await client.diagnosticsFor(uri, 2, 15000);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: `${uri}.fresh`, languageId: 'govreport', version: 1, text: expected } });
    const fresh = await client.diagnosticsFor(`${uri}.fresh`, 1);
    assert.deepStrictEqual(lines(edited), lines(fresh));
  });

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

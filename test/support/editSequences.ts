// Random edit sequences through the server's incremental document: a writer's edits (randomEdits.ts) and a careless
// client's changes (lspChanges.ts) mixed, sent in batches as didChange sends them. After each batch the server's
// text must be the text vscode-languageserver-textdocument makes of the same changes, its lines and positions those
// of that text and its reports split as a fresh parse splits them; at the end its diagnostics, and every report's
// findings, those of a fresh parse. The fuzz suite in npm test and the bench's long run (bench/longRun.mjs) draw
// from this one definition.
import * as assert from 'assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex, splitReports } from '../../server/src/core';
import { OpenReport } from '../../server/src/lsp/openReport';
import { baseText, changeSpec, libraryUpdate, placeChange, type ChangeSpec, type LspChange } from './lspChanges';
import { baseDocument, editSpec, placeEdit, type EditSpec } from './randomEdits';

export type MixedChange = { careless: ChangeSpec } | { writer: EditSpec };

export interface EditSequence {
  base: string;
  batches: MixedChange[][];
}

const mixedChange: fc.Arbitrary<MixedChange> = fc.oneof(changeSpec.map((careless) => ({ careless })), editSpec.map((writer) => ({ writer })));

export const editSequence: fc.Arbitrary<EditSequence> = fc.record({
  base: fc.oneof(baseText, baseDocument),
  batches: fc.array(fc.array(mixedChange, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
});

/** A change placed on the library's document: a careless range as it comes, or a writer's edit at its positions. */
function place(doc: TextDocument, c: MixedChange): LspChange {
  if ('careless' in c) return placeChange(doc, c.careless);
  const e = placeEdit(doc.getText(), c.writer);
  return { range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, text: e.text };
}

const URI = 'file:///sequence.txt';
const OPTIONS = { lang: 'zh' as const, rules: {} };

/** The server's document against the library and a fresh parse, after each batch and at the end. */
export function serverFollowsEdits(s: EditSequence): void {
  const open = new OpenReport(URI, 'govreport', 1, s.base);
  open.useOptions(OPTIONS);
  open.lspDiagnostics();
  let reference = TextDocument.create(URI, 'govreport', 1, s.base);
  let version = 1;
  for (const batch of s.batches) {
    const changes = batch.map((c) => {
      const placed = place(reference, c);
      reference = libraryUpdate(reference, placed, ++version);
      return placed;
    });
    open.changeAll(changes);
    const text = reference.getText();
    assert.strictEqual(open.doc.getText(), text, `text after ${JSON.stringify(changes)}`);
    assert.strictEqual(open.doc.lineCount, reference.lineCount, 'lines');
    const doc = open.doc;
    assert.deepStrictEqual(Array.from({ length: doc.reportCount }, (_, i) => doc.partStart(i)), splitReports(text), 'reports split as a fresh parse splits them');
    for (let k = 0; k <= 8; k++) {
      const o = Math.floor((k * text.length) / 8);
      assert.deepStrictEqual(open.positionAt(o), reference.positionAt(o), `position of offset ${o}`);
    }
    for (const c of changes) for (const p of [c.range.start, c.range.end]) assert.strictEqual(open.offsetAt(p), reference.offsetAt(p), `offset of ${p.line}:${p.character}`);
    // As the server does after each change: the diagnostics of every report, those of unchanged ones kept.
    open.lspDiagnostics();
  }
  const text = reference.getText();
  const fresh = new OpenReport(URI, 'govreport', 1, text);
  fresh.useOptions(OPTIONS);
  assert.deepStrictEqual(open.lspDiagnostics(), fresh.lspDiagnostics(), 'diagnostics differ from a fresh parse');
  for (let i = 0; i < fresh.doc.reportCount; i++) assert.deepStrictEqual(open.doc.findings(i), fresh.doc.findings(i), `report ${i}: outline, folding and findings`);
  const lines = new LineIndex(text);
  for (let i = 0; i < fresh.doc.reportCount; i++) assert.deepStrictEqual(open.positionAt(fresh.doc.partStart(i)), lines.positionAt(fresh.doc.partStart(i)), `report ${i} starts at its line`);
}

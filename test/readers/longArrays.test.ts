// Readers over content that makes long arrays: the blocks of a layout frame's one cell, and the pictures of one
// line of a page, are appended without spreading them into a call (which throws RangeError above about 125,000).
import * as assert from 'assert';
import { readDocx } from '../../server/src/readers/docx';
import { docxOf, documentXml } from './docx/helpers';
import { read } from './html/helpers';

const MANY = 150_000;

describe('readers: long arrays', function () {
  this.timeout(60000);

  it('.docx: a layout frame (a one-cell table) holding 150,000 paragraphs reads as its paragraphs', () => {
    const paragraphs = Array.from({ length: MANY }, (_, i) => `<w:p><w:r><w:t>第${i}段</w:t></w:r></w:p>`).join('');
    const doc = readDocx(docxOf({ document: documentXml(`<w:tbl><w:tr><w:tc>${paragraphs}</w:tc></w:tr></w:tbl>`) }));
    assert.strictEqual(doc.blocks.length, MANY);
    assert.deepStrictEqual([doc.blocks[0].kind, doc.blocks[MANY - 1].kind], ['paragraph', 'paragraph']);
  });

  it('HTML: a line of text followed by 150,000 pictures reads as its text (pictures outside table 2–4\'s places are no tables)', async () => {
    const doc = await read(`<!DOCTYPE html><html><body><p>一、总体情况${'<img src="t.png" width="200" height="200">'.repeat(MANY)}</p></body></html>`);
    assert.deepStrictEqual(doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.kind)), ['一、总体情况']);
  });
});

// The running text as the text rules read it: prose paragraphs kept once made (a report's few) and made again each
// time they are read (a text of more than can be kept) are the same paragraphs and sentences, mapped to the same
// places of the document.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { buildReport } from '../../server/src/core';
import type { ReportModel } from '../../server/src/core/types';
import { ProseParagraphs, rangeIn, sentencesOf } from '../../server/src/core/text/prose';
import { FROM_PDF_DIR, FROM_PDF_FILES, readReport, REPORT_FILES } from '../support/reports';

const texts = [...REPORT_FILES.map((name) => ({ name, text: readReport(name) })), ...FROM_PDF_FILES.map((name) => ({ name, text: readFileSync(path.join(FROM_PDF_DIR, name), 'utf8') }))];
const models: { name: string; model: ReportModel }[] = texts.map(({ name, text }) => ({ name, model: buildReport(text) }));
/** Nothing kept: every paragraph and sentence made when read. */
const NONE_KEPT = { prose: 0, sentences: 0 };

describe('prose: the running text, kept or made when read', () => {
  it('paragraphs and sentences made when read are those kept, in the real reports and the pdftotext extractions', () => {
    for (const { name, model } of models) {
      const kept = new ProseParagraphs(model);
      const made = new ProseParagraphs(model, NONE_KEPT);
      assert.ok(kept.length > 5, name);
      assert.deepStrictEqual([...made], [...kept], name);
      assert.deepStrictEqual([...made.sentences()], [...kept.sentences()], name);
      // Read twice, made twice: the same again.
      assert.deepStrictEqual([...made.sentences()], [...kept.sentences()], name);
      assert.deepStrictEqual(Array.from({ length: made.length }, (_, i) => made.at(i)), [...kept], name);
    }
  });

  it('sentences once more than can be kept are made when read, the same as those kept', () => {
    const { model } = models[1];
    const kept = [...new ProseParagraphs(model).sentences()];
    const few = new ProseParagraphs(model, { prose: 4096, sentences: 10 });
    assert.ok(kept.length > 10);
    assert.deepStrictEqual([...few.sentences()], kept);
  });

  it('every character of every prose paragraph maps to that character of the document, over the lines a paragraph joins', () => {
    let joined = 0;
    for (const { name, model } of models) {
      for (const p of new ProseParagraphs(model)) {
        if (p.pieces.length > 2) joined++;
        for (let i = 0; i < p.text.length; i++) {
          const r = rangeIn(p, i, i + 1);
          assert.strictEqual(model.text.slice(r.start, r.end), p.text[i], `${name}: paragraph ${p.index}, character ${i}`);
        }
        const whole = rangeIn(p, 0, p.text.length);
        assert.strictEqual(model.text.slice(whole.start, whole.end).replace(/\s+/g, ''), p.text.replace(/\s+/g, ''), name);
      }
    }
    assert.ok(joined > 10, `paragraphs joined over lines: ${joined}`);
  });

  it('sentences end at 。！？；!?; with the closing quotes and brackets after them, and at the end of the paragraph', () => {
    const model = buildReport('本年度收到申请5件（含上年结转1件）。“全部办结！”其余；\n');
    const [p] = new ProseParagraphs(model);
    assert.deepStrictEqual(sentencesOf(p).map((s) => [s.text, s.from]), [['本年度收到申请5件（含上年结转1件）。', 0], ['“全部办结！”', 19], ['其余；', 26]]);
    const open = buildReport('某县2023年政府信息公开工作年度报告\n没有句号的一行\n');
    assert.deepStrictEqual(sentencesOf([...new ProseParagraphs(open)][0]).map((s) => s.text), ['没有句号的一行']);
  });
});

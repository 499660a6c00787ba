import * as assert from 'assert';
import { check, fixAll } from '../../server/src/core';
import type { Layout } from '../../server/src/core';
import { buildReportText } from '../support/reportBuilder';
import { assertNone } from '../support/expect';

const brief = (text: string) => check(text).diagnostics.map((d) => [d.rule, d.severity, d.range.start, d.range.end]);

describe('row-label', () => {
  for (const layout of ['word', 'tsv', 'markdown'] as Layout[]) {
    it(`row-label (${layout}): a reworded label is flagged with a fix; punctuation width and spacing are not`, () => {
      const b = buildReportText({ layout, label: { '3:carried_in': '二、上年转结政府信息公开申请数量', '3:granted': '(一) 予以公开', '3:refused.3': '3.危及"三安全一稳定"' } });
      const l = b.labels.get('3:carried_in')!;
      assert.deepStrictEqual(check(b.text).diagnostics.map((d) => [d.rule, d.range.start, d.range.end, d.row, d.fix?.edits]), [
        ['row-label', l.start, l.end, 'carried_in', [{ ...l, text: '二、上年结转政府信息公开申请数量' }]],
      ]);
    });
  }

  it('row-label: a reworded label wrapped over two lines (a Word cell) is flagged, without a fix that would take its line break', () => {
    const b = buildReportText({ layout: 'word', label: { '3:carried_in': '二、上年转结政府信息\n公开申请数量' } });
    const l = b.labels.get('3:carried_in')!;
    const d = check(b.text).diagnostics;
    assert.deepStrictEqual(d.map((x) => [x.rule, x.row, x.range.start, x.fix]), [['row-label', 'carried_in', l.start, undefined]]);
    assert.strictEqual(fixAll(b.text).text, b.text);
  });
});

describe('cell-count', () => {
  it('a row with an extra non-zero number is not read, and its sums are not checked', () => {
    for (const [layout, extra] of [['word', '12\n\t3'], ['tsv', '12\t3'], ['markdown', '12 | 3']] as const) {
      const b = buildReportText({ layout, override: { '3:granted|total': extra } });
      const l = b.labels.get('3:granted')!;
      assert.deepStrictEqual(brief(b.text), [['cell-count', 'error', l.start, l.end]], layout);
      assert.match(check(b.text).diagnostics[0].message, /有 8 个单元格，应为 7 个；无法判断哪个是多余的/);
    }
  });

  it('a row broken by a page break (a partial line, a blank line, the rest) is joined', () => {
    const b = buildReportText({ layout: 'tsv' });
    const l = b.labels.get('3:refused.4')!;
    const cut = b.text.indexOf('\t', b.cells.get('3:refused.4|research')!.start - 1);
    const text = b.text.slice(0, cut) + '\n\n' + b.text.slice(cut + 1);
    assert.ok(text.slice(l.start).startsWith('4.保护第三方合法权益'));
    assertNone(check(text).diagnostics);
  });

  it('a wrapped cell in a Word export is joined across its lines', () => {
    const b = buildReportText({ layout: 'word' });
    const text = b.text.replace('\t社会公益组织\n', '\t社会公益\n组织\n').replace('\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\n', '\t（二）部分公开（区分处理的，只计这一情形，\n不计其他情形）\n');
    assert.notStrictEqual(text, b.text);
    assertNone(check(text).diagnostics);
  });
});

describe('line endings, BOM and positions on CJK lines', () => {
  for (const layout of ['word', 'tsv', 'markdown'] as Layout[]) {
    it(`CRLF and a BOM change nothing but the offsets (${layout})`, () => {
      const b = buildReportText({ layout, eol: '\r\n', bom: true, override: { '3:total|natural': '117' } });
      const c = b.cells.get('3:total|natural')!;
      const d = check(b.text).diagnostics.find((x) => x.rule === 'column-total')!;
      assert.deepStrictEqual([d.range.start, d.range.end, d.expected, d.actual], [c.start, c.end, 116, 117]);
      const fixed = fixAll(b.text);
      assert.strictEqual(fixed.text, buildReportText({ layout, eol: '\r\n', bom: true }).text);
    });
  }
});

describe('cell-count in every layout', () => {
  for (const layout of ['word', 'tsv', 'markdown'] as Layout[]) {
    it(`cell-count: a row with a cell too few is left out of the sums (${layout})`, () => {
      const b = buildReportText({ layout });
      const c = b.cells.get('3:refused.6|legal')!;
      // Remove the cell with its separator (Word: the whole cell line): the row keeps 6 numbers for 7 columns.
      const [from, to] = layout === 'word' ? [c.start - 1, c.end + 1] : layout === 'tsv' ? [c.start - 1, c.end] : [c.start - 2, c.end];
      assert.ok(['\t', '| '].includes(b.text.slice(from, c.start)));
      const text = b.text.slice(0, from) + b.text.slice(to);
      const l = b.labels.get('3:refused.6')!;
      const diags = check(text).diagnostics;
      assert.deepStrictEqual(diags.map((d) => [d.rule, d.severity, d.range.start, d.range.end, d.row]), [['cell-count', 'error', l.start, l.end, 'refused.6']]);
      assert.match(diags[0].message, /有 6 个单元格，应为 7 个；无法判断缺少的是哪一个/);
    });
  }
});

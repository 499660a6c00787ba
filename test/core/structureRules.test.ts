import * as assert from 'assert';
import { check, fixAll } from '../../server/src/core';
import type { Layout } from '../../server/src/core';
import { buildReportText } from '../support/reportBuilder';
import { assertNone } from '../support/expect';

const at = (text: string, needle: string, from = 0) => {
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, needle);
  return { start, end: start + needle.length };
};
const brief = (text: string) => check(text).diagnostics.map((d) => [d.rule, d.severity, d.range.start, d.range.end]);

describe('section rules', () => {
  it('section-missing points at the next section heading', () => {
    const { text } = buildReportText({ layout: 'word', headings: { 5: null } });
    assert.deepStrictEqual(brief(text), [['section-missing', 'error', ...Object.values(at(text, '六、其他需要报告的事项'))]]);
    assert.match(check(text).diagnostics[0].message, /缺少第五部分“五、存在的主要问题及改进情况”/);
  });

  it('section-order: a section after a later one, a repeated section, and a heading numbered out of sequence', () => {
    const swapped = buildReportText({ layout: 'word', headings: { 5: '六、其他需要报告的事项', 6: '五、存在的主要问题及改进情况' } }).text;
    assert.deepStrictEqual(brief(swapped), [['section-order', 'error', ...Object.values(at(swapped, '五、存在的主要问题及改进情况'))]]);

    const twice = buildReportText({ layout: 'word', headings: { 6: '六、存在的主要问题及改进情况' } }).text;
    const second = at(twice, '六、存在的主要问题及改进情况');
    assert.deepStrictEqual(brief(twice).map((d) => d[0]), ['section-missing', 'section-order']);
    assert.deepStrictEqual(brief(twice)[1], ['section-order', 'error', second.start, second.end]);

    const misnumbered = buildReportText({ layout: 'word', headings: { 3: '二、收到和处理政府信息公开申请情况' } }).text;
    const h = at(misnumbered, '二、收到和处理政府信息公开申请情况');
    assert.deepStrictEqual(brief(misnumbered), [['section-order', 'error', h.start, h.end]]);
    assert.match(check(misnumbered).diagnostics[0].message, /编号“二”不连续，应为“三”/);
  });

  it('numbering rendered as digits, or mixed, is fine', () => {
    const { text } = buildReportText({ layout: 'word', headings: { 1: '1、 总体情况', 2: '2、 主动公开政府信息情况', 5: '5、存在的主要问题及改进情况' } });
    assertNone(check(text).diagnostics);
  });

  it('section-extra: an inserted pre-2019 section shifts 五 and 六 without making them wrong', () => {
    const { text } = buildReportText({ layout: 'word', headings: { 5: '五、机构建设及组织保障情况\n六、存在的主要问题及改进情况', 6: '七、其他需要报告的事项' } });
    assert.deepStrictEqual(brief(text), [['section-extra', 'warning', ...Object.values(at(text, '五、机构建设及组织保障情况'))]]);
  });

  it('section-title: a listed variant or a reworded title gets a warning and a fix to the official title', () => {
    const { text } = buildReportText({ layout: 'word', headings: { 1: '一、概述', 5: '五、政府信息公开工作存在的主要问题及改进情况' } });
    const diags = check(text).diagnostics;
    const t1 = at(text, '概述');
    const t5 = at(text, '政府信息公开工作存在的主要问题及改进情况');
    assert.deepStrictEqual(diags.map((d) => [d.rule, d.range.start, d.range.end, d.fix?.edits]), [
      ['section-title', t1.start, t1.end, [{ ...t1, text: '总体情况' }]],
      ['section-title', t5.start, t5.end, [{ ...t5, text: '存在的主要问题及改进情况' }]],
    ]);
    const fixed = fixAll(text);
    assert.strictEqual(fixed.text, buildReportText({ layout: 'word' }).text);
  });

  it('Markdown headings with # are sections too', () => {
    const { text } = buildReportText({ layout: 'markdown', headings: { 1: '## 一、总体情况', 2: '## 二、主动公开政府信息情况', 6: '## 其他需要报告的事项' } });
    assertNone(check(text).diagnostics);
  });
});

describe('table structure rules', () => {
  for (const layout of ['word', 'tsv', 'markdown'] as Layout[]) {
    it(`table-missing (${layout}): a section without its table`, () => {
      const { text } = buildReportText({ layout });
      const from = text.indexOf('四、政府信息公开行政复议');
      const to = text.indexOf('五、存在的主要问题');
      const cut = text.slice(0, from) + '四、政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议和行政诉讼。\n' + text.slice(to);
      assert.deepStrictEqual(brief(cut), [['table-missing', 'error', ...Object.values(at(cut, '四、政府信息公开行政复议、行政诉讼情况'))]]);
    });

    it(`row-label (${layout}): a reworded label is flagged with a fix; punctuation width and spacing are not`, () => {
      const b = buildReportText({ layout, label: { '3:carried_in': '二、上年转结政府信息公开申请数量', '3:granted': '(一) 予以公开', '3:refused.3': '3.危及"三安全一稳定"' } });
      const l = b.labels.get('3:carried_in')!;
      assert.deepStrictEqual(check(b.text).diagnostics.map((d) => [d.rule, d.range.start, d.range.end, d.row, d.fix?.edits]), [
        ['row-label', l.start, l.end, 'carried_in', [{ ...l, text: '二、上年结转政府信息公开申请数量' }]],
      ]);
    });

    it(`row-missing (${layout}): a result row left out; the column totals are then not checked`, () => {
      const b = buildReportText({ layout });
      const l = b.labels.get('3:unable.3')!;
      const lineStart = b.text.lastIndexOf('\n', l.start) + 1;
      const lineEnd = b.text.indexOf('\n', l.start) + 1;
      // Word rows span several lines: cut from the label's line to the blank line that ends the row.
      const end = layout === 'word' ? b.text.indexOf('\n\n', l.start) + 2 : lineEnd;
      const start = layout === 'word' ? b.text.lastIndexOf('\n\n', l.start) + 2 : lineStart;
      const text = b.text.slice(0, start) + b.text.slice(end);
      const diags = check(text).diagnostics;
      assert.deepStrictEqual(diags.map((d) => [d.rule, d.row]), [['row-missing', 'unable.3']]);
    });
  }

  it('row-label: a reworded label wrapped over two lines (a Word cell) is flagged, without a fix that would take its line break', () => {
    const b = buildReportText({ layout: 'word', label: { '3:carried_in': '二、上年转结政府信息\n公开申请数量' } });
    const l = b.labels.get('3:carried_in')!;
    const d = check(b.text).diagnostics;
    assert.deepStrictEqual(d.map((x) => [x.rule, x.row, x.range.start, x.fix]), [['row-label', 'carried_in', l.start, undefined]]);
    assert.strictEqual(fixAll(b.text).text, b.text);
  });

  it('template-version: a 2022 report on the 2019 tables', () => {
    const { text } = buildReportText({ layout: 'word', version: 'v2019', year: 2022 });
    const diags = check(text).diagnostics;
    assert.deepStrictEqual(diags.map((d) => [d.rule, d.severity, d.table]), [['template-version', 'warning', 2], ['template-version', 'warning', 3]]);
    assert.match(diags[0].message, /2022 年度报告应使用2021 版/);
  });

  it('template-version: table 2 of one version and table 3 of the other', () => {
    const v19 = buildReportText({ layout: 'tsv', version: 'v2019', year: 2020 }).text;
    const v21 = buildReportText({ layout: 'tsv', version: 'v2021', year: 2020 }).text;
    const t3 = (s: string) => s.indexOf('三、收到和处理');
    const mixed = v19.slice(0, t3(v19)) + v21.slice(t3(v21));
    assert.deepStrictEqual(check(mixed).diagnostics.map((d) => [d.rule, d.table]), [['template-version', 3], ['template-version', 3]]);
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

describe('section and cell-count rules in every layout', () => {
  for (const layout of ['word', 'tsv', 'markdown'] as Layout[]) {
    it(`section-missing and section-title (${layout})`, () => {
      const { text } = buildReportText({ layout, headings: { 2: null, 6: '六、其他需要报告事项' } });
      const t6 = at(text, '其他需要报告事项');
      assert.deepStrictEqual(check(text).diagnostics.map((d) => [d.rule, d.range.start, d.range.end]), [
        // Table 2 now stands in section 一; the missing section is what is reported, not the table.
        ['section-missing', ...Object.values(at(text, '三、收到和处理政府信息公开申请情况'))],
        ['section-title', t6.start, t6.end],
      ]);
    });

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

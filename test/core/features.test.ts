import * as assert from 'assert';
import { buildReport, check, foldingRegions, hover, inlayHints, outline, selectionChain, tableEquations } from '../../server/src/core';
import { buildReportText } from '../support/reportBuilder';
import { readReport } from '../support/reports';

describe('editor features of the core (no editor needed)', () => {
  it('outline of a report with an extra section and errors in table 4', () => {
    const { text } = buildReportText({ layout: 'word', override: { '4:review|total': '5' }, headings: { 5: '五、机构建设及组织保障情况\n六、存在的主要问题及改进情况', 6: '七、其他需要报告的事项' } });
    const { report, diagnostics } = check(text);
    const [root] = outline(report, diagnostics, 'zh');
    assert.strictEqual(root.name, '示例县人民政府办公室2022年政府信息公开工作年度报告');
    assert.deepStrictEqual(root.children.map((c) => [c.name, c.detail]), [
      ['一、总体情况', undefined], ['二、主动公开政府信息情况', undefined], ['三、收到和处理政府信息公开申请情况', undefined],
      ['四、政府信息公开行政复议、行政诉讼情况', undefined], ['五、机构建设及组织保障情况', '模板外的部分'], ['六、存在的主要问题及改进情况', undefined], ['七、其他需要报告的事项', undefined],
    ]);
    const t4 = root.children[3].children[0];
    assert.strictEqual(t4.name, '表四 政府信息公开行政复议、行政诉讼情况 · 1 处错误');
    assert.deepStrictEqual(t4.children.map((c) => c.name), ['行政复议', '行政诉讼 › 未经复议直接起诉', '行政诉讼 › 复议后起诉']);
    const t2 = root.children[1].children[0];
    assert.deepStrictEqual(t2.children.map((c) => [c.name, c.children.map((r) => r.name)]), [
      ['第二十条第（一）项', ['规章', '行政规范性文件']], ['第二十条第（五）项', ['行政许可']], ['第二十条第（六）项', ['行政处罚', '行政强制']], ['第二十条第（八）项', ['行政事业性收费']],
    ]);
    const results = root.children[2].children[0].children[2];
    assert.deepStrictEqual(results.children.map((c) => [c.name, c.children.length]), [
      ['（一）予以公开', 0], ['（二）部分公开', 0], ['（三）不予公开', 8], ['（四）无法提供', 3], ['（五）不予处理', 5], ['（六）其他处理', 3], ['（七）总计', 0],
    ]);
  });

  it('outline of a report of 150,000 sections: all of them under its title, which spans to the last (no RangeError)', () => {
    const title = '某县2023年政府信息公开工作年度报告';
    const text = `${title}\n${'## 总体情况\n'.repeat(150_000)}`;
    const [root] = outline(buildReport(text), [], 'zh');
    assert.strictEqual(root.children.length, 150_000);
    assert.deepStrictEqual(root.range, { start: 0, end: text.length - 1 });
    assert.deepStrictEqual(root.children[149_999].range, { start: text.length - 1 - '## 总体情况'.length, end: text.length - 1 });
  });

  it('hover shows report text as the characters it is: no link, image, HTML or emphasis from a report', () => {
    const payload = '[点此修复](command:workbench.action.terminal.new)<img src=x onerror=alert(1)>';
    const b = buildReportText({ layout: 'word', label: { '3:new': `一、本年新收政府信息公开申请数量${payload}` }, headings: { 6: '六、其他需要报告的事项<img src=x>**粗**_斜_' } });
    const { report } = check(b.text);
    const label = hover(report, tableEquations(report), b.labels.get('3:new')!.start + 2, 'zh')!.contents;
    assert.ok(label.includes('本报告写作：一、本年新收政府信息公开申请数量\\[点此修复\\]\\(command:workbench\\.action\\.terminal\\.new\\)&lt;img src=x onerror=alert\\(1\\)&gt;'), label);
    const heading = report.sections.find((s) => s.canonical === 6)!;
    const title = hover(report, tableEquations(report), heading.headingRange.start + 1, 'en')!.contents;
    assert.ok(title.endsWith('(written here as "其他需要报告的事项&lt;img src=x&gt;\\*\\*粗\\*\\*\\_斜\\_")'), title);
    for (const text of [label, title]) assert.doesNotMatch(text, /<img|\]\(command:|(?<!\\)\*\*粗/);
  });

  it('hover on a sub-item cell gives its full path and every equation it is part of', () => {
    const b = buildReportText({ layout: 'tsv' });
    const { report } = check(b.text);
    const at = b.cells.get('3:refused.2|nonprofit')!;
    const h = hover(report, tableEquations(report), at.start, 'zh')!;
    assert.deepStrictEqual(h.range, at);
    assert.deepStrictEqual(h.contents.split('\n'), [
      '**三、本年度办理结果 › （三）不予公开 › 2.其他法律行政法规禁止公开 × 社会公益组织**',
      '',
      '数值：1',
      '',
      '- 行 2.其他法律行政法规禁止公开：总计 = 0 + 0 + 0 + **1** + 0 + 0 = 1 ✓',
      '- 列 社会公益组织：（七）总计 = 0 + 0 + 0 + **1** + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 = 1 ✓',
    ]);
    const en = hover(report, tableEquations(report), at.start, 'en')!;
    assert.strictEqual(en.contents.split('\n')[0], '**III. Results this year › (3) Not disclosed › barred by other laws and regulations × non-profit organisations**');
  });

  it('hover prints the largest figures a cell is read as exactly, and a figure of more digits as unreadable', () => {
    const b = buildReportText({ layout: 'word', override: { '4:review|upheld': '99999999999997', '4:suit_direct|upheld': '1000000000000000000000' } });
    const { report } = check(b.text);
    const contents = (key: string) => hover(report, tableEquations(report), b.cells.get(key)!.start, 'zh')!.contents.split('\n').slice(2);
    assert.deepStrictEqual(contents('4:review|total'), ['数值：4', '', '- 行政复议：总计 = 99999999999997 + 1 + 0 + 1 = 99999999999999 ≠ **4** ✗']);
    assert.deepStrictEqual(contents('4:suit_direct|upheld'), ['数值：无法读取', '', '- 行政诉讼·未经复议直接起诉 × 总计: 含无法读取的单元格，未校验']);
  });

  it('hover on a row label gives the template wording and its counting note; on a heading, what belongs there', () => {
    const b = buildReportText({ layout: 'word', label: { '3:partial': '（二）部分公开' } });
    const { report } = check(b.text);
    const label = b.labels.get('3:partial')!;
    const h = hover(report, tableEquations(report), label.start + 2, 'zh')!;
    assert.match(h.contents, /^\*\*（二）部分公开（区分处理的，只计这一情形，不计其他情形）\*\*/);
    assert.match(h.contents, /本报告写作：（二）部分公开/);
    assert.match(h.contents, /计数说明：区分处理的，只计这一情形，不计其他情形。/);
    const heading = b.text.indexOf('四、政府信息公开行政复议');
    assert.match(hover(report, tableEquations(report), heading + 3, 'zh')!.contents, /^\*\*第四部分：政府信息公开行政复议、行政诉讼情况\*\*\n\n表四/);
  });

  it('inlay hints only for one-cell-per-line tables, with the row named where it began above the view', () => {
    const b = buildReportText({ layout: 'word' });
    const { report } = check(b.text);
    const c = b.cells.get('3:total|research')!;
    const hints = inlayHints(report, { start: c.start, end: c.end + 30 }, 'zh');
    assert.deepStrictEqual(hints.slice(0, 3), [
      { offset: c.end, label: '（七）总计 · 科研机构' },
      { offset: b.cells.get('3:total|nonprofit')!.end, label: '社会公益组织' },
      { offset: b.cells.get('3:total|legal')!.end, label: '法律服务机构' },
    ]);
    const tsv = buildReportText({ layout: 'tsv' });
    assert.deepStrictEqual(inlayHints(check(tsv.text).report, { start: 0, end: tsv.text.length }, 'zh'), []);
  });

  it('folding regions cover sections and tables; selection grows cell → row → table → section', () => {
    const text = readReport('001_5f52f77d1e58bc3f.txt');
    const { report } = check(text);
    assert.strictEqual(foldingRegions(report).length, 6 + 3);
    const offset = text.indexOf('\t170\n') + 1;
    const chain = selectionChain(report, offset);
    const t3 = report.tables[1];
    const total = t3.rows.find((r) => r.key === 'total')!;
    assert.deepStrictEqual(chain, [total.cells.get('natural')!.valueRange, total.range, t3.range, report.sections[2].range]);
    assert.strictEqual(text.slice(chain[0].start, chain[0].end), '170');
    assert.ok(text.slice(chain[1].start, chain[1].end).startsWith('\t\n\t（七）总计\n\t170\n'));
    assert.strictEqual(chain.length, 4);
  });
});

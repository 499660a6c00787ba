// Pages laid out with tables, as many older government sites are: the page is a table, the content a cell, the
// report framed in a one-cell table, its statistical tables nested inside. A layout table unwraps into the blocks
// of its cells; a statistical table nested in a layout cell stays a table.
import * as assert from 'assert';
import { checkSource } from '../../../server/src/core';
import { blocksShort, read, TestPage } from './helpers';

const P = new TestPage([
  '<html><head><meta charset="utf-8"></head><body>',
  '<table width="980" align="center"><tr><td colspan="2"><img src="banner.jpg"></td></tr>',
  '<tr><td width="200" valign="top"><table><tr><td><a href="/zwgk/">政务公开</a></td></tr><tr><td><a href="/ndbg/">年度报告</a></td></tr></table></td>',
  '<td valign="top"><table width="100%"><tr><td align="center"><b>某县2023年政府信息公开工作年度报告</b></td></tr>',
  '<tr><td>',
  '<p>一、总体情况</p><p>本年度主动公开信息36条。</p>',
  '<p>二、主动公开政府信息情况</p>',
  '<table border="1"><tr><td colspan="2">第二十条第（五）项</td></tr><tr><td>信息内容</td><td>本年处理决定数量</td></tr><tr><td>行政许可</td><td>12</td></tr></table>',
  '<p>三、收到和处理政府信息公开申请情况</p>',
  '</td></tr></table></td></tr>',
  '<tr><td colspan="2" align="center">版权所有 某县人民政府</td></tr></table>',
  '</body></html>',
]);

describe('html reader: a report in nested layout tables', () => {
  it('unwraps the layout tables into the report\'s blocks and keeps the statistical table nested in them', async () => {
    assert.deepStrictEqual(await read(P.text), {
      format: 'html',
      blocks: [
        P.para('某县2023年政府信息公开工作年度报告', 4, 'td', 1),
        P.para('一、总体情况', 6, 'p', 0),
        P.para('本年度主动公开信息36条。', 6, 'p', 1),
        P.para('二、主动公开政府信息情况', 7, 'p'),
        {
          kind: 'table', source: P.tag(8, 'table'),
          rows: [
            P.row(8, 0, [P.cell('第二十条第（五）项', 8, 0, { colSpan: 2 })]),
            P.row(8, 1, [P.cell('信息内容', 8, 1), P.cell('本年处理决定数量', 8, 2)]),
            P.row(8, 2, [P.cell('行政许可', 8, 3), P.cell('12', 8, 4)]),
          ],
        },
        P.para('三、收到和处理政府信息公开申请情况', 9, 'p'),
      ],
    });
  });

  it('the report\'s title in the cell above the content is the report\'s; the banner, menu and copyright are not', async () => {
    const { report } = checkSource(await read(P.text));
    assert.strictEqual(report.title?.text, '某县2023年政府信息公开工作年度报告');
    assert.deepStrictEqual(report.sections.map((s) => s.canonical), [1, 2, 3]);
  });

  it('a table of several cells is layout when a cell holds a section heading or long prose, data otherwise', async () => {
    const heading = await read('<table><tr><td>导航</td><td><p>一、总体情况</p><p>本年度公开信息36条。</p></td></tr></table>');
    assert.deepStrictEqual(blocksShort(heading), ['导航', '一、总体情况', '本年度公开信息36条。']);
    const prose = '本年度，我县认真贯彻落实政府信息公开条例。'.repeat(20);
    assert.deepStrictEqual(blocksShort(await read(`<table><tr><td>说明</td><td>${prose}</td></tr></table>`)), ['说明', prose]);
    assert.deepStrictEqual(blocksShort(await read('<table><tr><td>行政许可</td><td>12</td></tr></table>')), [[['行政许可', '12']]]);
    // A heading alone in a table's first row is the section's heading over its table, not layout.
    const t4 = new TestPage(['<table>', '<tr><td colspan="2">四、政府信息公开行政复议、行政诉讼情况</td></tr>', '<tr><td>行政复议</td><td>行政诉讼</td></tr></table>']);
    const doc = await read(t4.text);
    assert.deepStrictEqual(doc.blocks, [
      { kind: 'paragraph', text: '四、政府信息公开行政复议、行政诉讼情况', source: t4.tag(2, 'td'), pieces: [{ start: 0, end: 19, source: t4.offsetOn(2, '四、') }] },
      { kind: 'table', source: t4.tag(1, 'table'), rows: [t4.row(3, 0, [t4.cell('行政复议', 3, 0), t4.cell('行政诉讼', 3, 1)])] },
    ]);
    // One cell is a frame, whatever it holds.
    assert.deepStrictEqual(blocksShort(await read('<table><tr><td>行政许可 12</td></tr></table>')), ['行政许可 12']);
  });
});

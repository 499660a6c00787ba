// Tables as the SourceDocument contract lists them: a cell spanning columns once with its colSpan; a cell merged
// down with its rowSpan, and in each row below an empty covered cell at the grid position it takes (as Word's text
// export lists a vertically merged cell); a cell's <br> and <p> pieces joined without a separator, where they meet a
// break (which no fix replaces across).
import * as assert from 'assert';
import { checkSource } from '../../../server/src/core';
import { blocksShort, COVERED, gridOf, read, TestPage } from './helpers';

describe('html reader: tables', () => {
  // Table 3's header and its first groups, as sites and LibreOffice write them.
  const P = new TestPage([
    '<html><body><table border="1">',
    '<tr><td rowspan="3" colspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>',
    '<tr><th rowspan="2">自然人</th><th colspan="5">法人或其他组织</th><th rowspan="2">总计</th></tr>',
    '<tr><td><p>商业</p><p>企业</p></td><td>科研<br>机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>',
    '<tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>',
    '<tr><td rowspan="3">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>1</td><td>&nbsp;</td><td></td><td>\u3000</td><td>0</td><td>0</td><td>1</td></tr>',
    '<tr><td rowspan="2">（三）不予公开</td><td>1.属于国家秘密</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>',
    '<tr><td>2.其他法律行政法规禁止公开</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>',
    '</table></body></html>',
  ]);

  it('table 3\'s header and groups: spans, covered cells where the merges stand, joined pieces, blanks', async () => {
    const doc = await read(P.text);
    const zeros = (line: number, from: number) => [0, 1, 2, 3, 4, 5, 6].map((i) => P.cell('0', line, from + i));
    assert.deepStrictEqual(doc, {
      format: 'html',
      blocks: [{
        kind: 'table', source: P.tag(1, 'table'),
        rows: [
          P.row(2, 0, [P.cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 2, 0, { colSpan: 3, rowSpan: 3 }), P.cell('申请人情况', 2, 1, { colSpan: 7 })]),
          // The 3×3 corner is covered once, with its width; 自然人 and 总计 are merged down into the next row.
          P.row(3, 0, [{ ...COVERED, colSpan: 3 }, P.cell('自然人', 3, 0, { rowSpan: 2 }, 'th'), P.cell('法人或其他组织', 3, 1, { colSpan: 5 }, 'th'), P.cell('总计', 3, 2, { rowSpan: 2 }, 'th')]),
          P.row(4, 0, [
            { ...COVERED, colSpan: 3 }, COVERED,
            { text: '商业企业', source: P.tag(4, 'td', 0), pieces: [{ start: 0, end: 2, source: P.offsetOn(4, '商业') }, { start: 2, end: 4, source: P.offsetOn(4, '企业') }], breaks: [2] },
            { text: '科研机构', source: P.tag(4, 'td', 1), pieces: [{ start: 0, end: 2, source: P.offsetOn(4, '科研') }, { start: 2, end: 4, source: P.offsetOn(4, '机构') }], breaks: [2] },
            P.cell('社会公益组织', 4, 2), P.cell('法律服务机构', 4, 3), P.cell('其他', 4, 4), COVERED,
          ]),
          P.row(5, 0, [P.cell('一、本年新收政府信息公开申请数量', 5, 0, { colSpan: 3 }), P.cell('1', 5, 1), ...[2, 3, 4, 5, 6].map((i) => P.cell('0', 5, i)), P.cell('1', 5, 7)]),
          // &nbsp; alone is a blank; an empty cell is one; a full-width space is the writer's text.
          P.row(6, 0, [P.cell('三、本年度办理结果', 6, 0, { rowSpan: 3 }), P.cell('（一）予以公开', 6, 1, { colSpan: 2 }), P.cell('1', 6, 2), P.cell('', 6, 3), P.cell('', 6, 4), P.cell('\u3000', 6, 5), P.cell('0', 6, 6), P.cell('0', 6, 7), P.cell('1', 6, 8)]),
          P.row(7, 0, [COVERED, P.cell('（三）不予公开', 7, 0, { rowSpan: 2 }), P.cell('1.属于国家秘密', 7, 1), ...zeros(7, 2)]),
          P.row(8, 0, [COVERED, COVERED, P.cell('2.其他法律行政法规禁止公开', 8, 0), ...zeros(8, 1)]),
        ],
      }],
    });
  });

  it('renders as Word exports the same table: one line per cell, the covered cells as empty ones', async () => {
    const { view } = checkSource(await read(P.text));
    assert.deepStrictEqual(view.text.split('\n').slice(0, 18), [
      '\t（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '\t申请人情况', '',
      '\t', '\t自然人', '\t法人或其他组织', '\t总计', '',
      '\t', '\t', '\t商业企业', '\t科研机构', '\t社会公益组织', '\t法律服务机构', '\t其他', '\t', '',
      '\t一、本年新收政府信息公开申请数量',
    ]);
  });

  it('rowspan="0" and an overlong rowspan stop at their row group; <thead> comes first and <tfoot> last', async () => {
    const doc = await read(new TestPage([
      '<table><tfoot><tr><td>脚</td><td>注</td></tr></tfoot>',
      '<thead><tr><td rowspan="9">头</td><td>一</td></tr><tr><td>二</td></tr></thead>',
      '<tbody><tr><td rowspan="0">甲</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></tbody></table>',
    ]).text);
    assert.deepStrictEqual(gridOf(doc.blocks[0] as never), [['头|r2', '一'], ['^', '二'], ['甲|r3', '1'], ['^', '2'], ['^', '3'], ['脚', '注']]);
  });

  it('cells that overlap on the grid (a colspan into a cell merged from above) make the table unreadable by columns', async () => {
    const doc = await read('<table><tr><td>甲</td><td rowspan="2">乙</td><td>丙</td></tr><tr><td colspan="2">丁</td><td>戊</td></tr></table>');
    assert.deepStrictEqual(gridOf(doc.blocks[0] as never), [['甲', '乙|r2', '丙'], ['丁|c2', '^', '戊']]);
    assert.strictEqual((doc.blocks[0] as { unreadable?: string }).unreadable, 'columns');
  });

  it('a caption is a paragraph before its table; hidden rows and cells are not the table\'s; colspan is read as the standard reads it', async () => {
    const doc = await read(new TestPage([
      '<table><caption>表三</caption><tr><td colspan="2x">甲</td><td colspan="0">乙</td></tr>',
      '<tr style="display:none"><td>隐</td><td>藏</td></tr><tr><td>丙</td><td style="display: none">隐</td><td>丁</td></tr></table>',
    ]).text);
    assert.deepStrictEqual(blocksShort(doc), ['表三', [['甲|c2', '乙'], ['丙', '丁']]]);
  });
});

// A statistical table published as a picture (a screenshot of the Word table pasted into the CMS): where section
// 二, 三 or 四 has no table but a picture, the picture is that table, unreadable; the core says so and claims nothing
// from it (no table-missing error). Pictures elsewhere are not text and leave nothing.
import * as assert from 'assert';
import { checkSource } from '../../../server/src/core';
import { read, TestPage } from './helpers';

const P = new TestPage([
  '<html><body><div class="content"><p>某县2023年政府信息公开工作年度报告</p>',
  '<p>一、总体情况</p><p><img src="photo.jpg" width="600" height="400"></p>',
  '<p>二、主动公开政府信息情况</p><table><tr><td>第二十条第（五）项</td></tr><tr><td>行政许可</td><td>3</td></tr></table><p><img src="chart.png"></p>',
  '<p>三、收到和处理政府信息公开申请情况</p><p><img src="table3.png" alt="表三"></p><p><img src="table3-part2.png"></p>',
  '<p>四、政府信息公开行政复议、行政诉讼情况</p><p><img src="icon.gif" width="16" height="16">见下表。</p>',
  '</div></body></html>',
]);

describe('html reader: tables published as pictures', () => {
  it('the first picture of a section 二–四 without a table is its table, unreadable as an image; other pictures go', async () => {
    const doc = await read(P.text);
    assert.deepStrictEqual(doc.blocks.filter((b) => b.kind === 'table' && b.unreadable), [{ kind: 'table', rows: [], unreadable: 'image', source: P.tag(4, 'img') }]);
    assert.deepStrictEqual(doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.unreadable ?? 'table')), [
      '某县2023年政府信息公开工作年度报告', '一、总体情况', '二、主动公开政府信息情况', 'table', '三、收到和处理政府信息公开申请情况', 'image', '四、政府信息公开行政复议、行政诉讼情况', '见下表。',
    ]);
  });

  it('the core warns that table 3 cannot be read and finds table 4 missing, as the page has it', async () => {
    const { diagnostics } = checkSource(await read(P.text));
    assert.deepStrictEqual(diagnostics.filter((d) => d.table === 3 || d.table === 4).map((d) => [d.rule, d.table]), [['table-unreadable', 3], ['table-missing', 4]]);
  });
});

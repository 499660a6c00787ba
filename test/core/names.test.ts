import * as assert from 'assert';
import { check, columnName, rowName } from '../../server/src/core';
import { hover } from '../../server/src/core/features';
import { tableEquations } from '../../server/src/core/model/equations';
import { buildReportText } from '../support/reportBuilder';

describe("the template's names of rows and columns, by the table's version", () => {
  it('table 2 names its rows and columns in the words of its own version', () => {
    assert.deepStrictEqual([rowName('zh', 2, 'normative', 'v2021'), rowName('zh', 2, 'normative', 'v2019')], ['行政规范性文件', '规范性文件']);
    assert.deepStrictEqual([columnName('zh', 2, 'decisions', 'v2021'), columnName('zh', 2, 'decisions', 'v2019')], ['本年处理决定数量', '处理决定数量']);
    assert.deepStrictEqual([columnName('en', 2, 'decisions', 'v2021'), columnName('en', 2, 'decisions', 'v2019')], ['decisions this year', 'decisions']);
    // A key of one version only is found whatever the version; without one, the current template's name comes first.
    assert.strictEqual(columnName('zh', 2, 'prev_items', 'v2021'), 'prev_items');
    assert.strictEqual(columnName('zh', 2, 'prev_items'), '上一年项目数量');
    assert.strictEqual(columnName('zh', 2, 'decisions'), '本年处理决定数量');
  });

  for (const [version, cellText] of [['v2021', '行政许可 × 本年处理决定数量'], ['v2019', '行政许可 × 处理决定数量']] as const) {
    it(`a ${version} report's findings and hovers on table 2 use ${version}'s names`, () => {
      const b = buildReportText({ layout: 'tsv', version, override: { '2:licensing|0': version === 'v2021' ? '十' : '80', '2:licensing|2': version === 'v2019' ? '十' : '120' } });
      const { report, diagnostics } = check(b.text);
      const invalid = diagnostics.find((d) => d.rule === 'cell-invalid')!;
      assert.ok(invalid.message.includes(`“${cellText}”`), invalid.message);
      assert.strictEqual(invalid.version, version);
      const at = b.cells.get(version === 'v2021' ? '2:licensing|0' : '2:licensing|2')!;
      const h = hover(report, tableEquations(report), at.start, 'zh')!;
      assert.ok(h.contents.includes(cellText.split(' × ')[1]) && h.contents.includes(version === 'v2021' ? '本年处理决定数量' : '× 处理决定数量'), h.contents);
    });
  }
});

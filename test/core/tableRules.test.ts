import * as assert from 'assert';
import { check, fixAll } from '../../server/src/core';
import type { Layout } from '../../server/src/core';
import { buildReportText, consistentTable3 } from '../support/reportBuilder';
import { assertNone, findings } from '../support/expect';

const LAYOUTS: Layout[] = ['word', 'tsv', 'markdown'];

// The consistent v2021 table of the builder, written out so the arithmetic below can be checked by hand:
//   （一）予以公开 row: 10 + 2 + 0 + 0 + 0 + 0 = 12
//   （七）总计: 自然人 116, 总计 124;  一: 117 … 126;  二: 2 … 2;  四: 3 … 4
//   balance 自然人: 117 + 2 = 119 = 116 + 3;  总计: 126 + 2 = 128 = 124 + 4
describe('table rules (tables 3 and 4), in every layout', () => {
  it('the builder data is what the comments above say', () => {
    const d = consistentTable3('v2021');
    assert.deepStrictEqual(d.granted, [10, 2, 0, 0, 0, 0, 12]);
    assert.deepStrictEqual([d.total[0], d.total[6], d.new[0], d.new[6], d.carried_out[0], d.carried_out[6]], [116, 124, 117, 126, 3, 4]);
  });

  for (const layout of LAYOUTS) {
    describe(layout, () => {
      it('column-total: a wrong （七） cell is found, and fixed back', () => {
        const b = buildReportText({ layout, override: { '3:total|natural': '117' } });
        const diags = check(b.text).diagnostics;
        const at = b.cells.get('3:total|natural')!;
        const fix = [{ start: at.start, end: at.end, text: '116' }];
        assert.deepStrictEqual(findings(diags, 'column-total'), [{ ...at, row: 'total', column: 'natural', expected: 116, actual: 117, fix }]);
        // （七） row: 117 + 2 + 0 + 1 + 0 + 5 = 125 ≠ 124; balance 自然人: 117 + 2 = 119 ≠ 117 + 3 = 120.
        assert.deepStrictEqual(findings(diags, 'row-total').map((f) => [f.row, f.expected, f.actual]), [['total', 125, 124]]);
        const co = b.cells.get('3:carried_out|natural')!;
        assert.deepStrictEqual(findings(diags, 'balance'), [{ ...co, row: 'carried_out', column: 'natural', expected: 119, actual: 120, fix }]);
      });

      it('a blank cell counts as 0, is reported, and is filled in when it is the only repair', () => {
        const b = buildReportText({ layout, override: { '3:granted|commercial': '' } });
        const diags = check(b.text).diagnostics;
        const at = b.cells.get('3:granted|commercial')!;
        assert.strictEqual(at.start, at.end);
        const fix = [{ start: at.start, end: at.start, text: '2' }];
        // 10 + 0 + 0 + 0 + 0 + 0 = 10 ≠ 12
        const rt = findings(diags, 'row-total');
        assert.deepStrictEqual(rt.map((f) => [f.row, f.expected, f.actual, f.fix]), [['granted', 10, 12, fix]]);
        assert.match(diags.find((d) => d.rule === 'row-total')!.message, /其中 1 个空白单元格按 0 计算/);
        assert.deepStrictEqual(findings(diags, 'cell-missing').map((f) => [f.row, f.column]), [['granted', 'commercial']]);
        const fixed = fixAll(b.text);
        assert.strictEqual(fixed.text, b.text.slice(0, at.start) + '2' + b.text.slice(at.start));
        assertNone(fixed.diagnostics);
      });

      it('fix-all repairs one planted error in each table and changes nothing else', () => {
        const good = buildReportText({ layout });
        const b = buildReportText({ layout, override: { '3:refused.4|natural': '51', '4:review|total': '7' } });
        const fixed = fixAll(b.text);
        assert.strictEqual(fixed.text, good.text);
        assert.strictEqual(fixed.edits.length, 2);
        assertNone(fixed.diagnostics);
        assert.deepStrictEqual(fixAll(fixed.text).edits, [], 'idempotent');
      });
    });
  }
});

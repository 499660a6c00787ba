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
      it('a consistent report has no finding at all (v2019 and v2021)', () => {
        assertNone(check(buildReportText({ layout, version: 'v2021' }).text).diagnostics, 'v2021');
        assertNone(check(buildReportText({ layout, version: 'v2019' }).text).diagnostics, 'v2019');
      });

      it('row-total: a wrong row total is found, and fixed as the only repair', () => {
        const b = buildReportText({ layout, override: { '3:granted|total': '13' } });
        const diags = check(b.text).diagnostics;
        const at = b.cells.get('3:granted|total')!;
        const fix = [{ start: at.start, end: at.end, text: '12' }];
        assert.deepStrictEqual(findings(diags, 'row-total'), [{ ...at, row: 'granted', column: 'total', expected: 12, actual: 13, fix }]);
        // The same wrong cell breaks the total column: 125 ≠ 124 stated; the fix is the same cell.
        const t = b.cells.get('3:total|total')!;
        assert.deepStrictEqual(findings(diags, 'column-total'), [{ ...t, row: 'total', column: 'total', expected: 125, actual: 124, fix }]);
        assert.deepStrictEqual(findings(diags, 'balance'), []);
        assert.match(diags.find((d) => d.rule === 'column-total')!.message, /可疑的是 （一）予以公开 × 总计（现为 13）：改为 12/);
      });

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

      it('balance: a wrong 一 cell is repaired in 一, though the finding points at 四', () => {
        const b = buildReportText({ layout, override: { '3:new|natural': '118' } });
        const diags = check(b.text).diagnostics;
        const n = b.cells.get('3:new|natural')!;
        const co = b.cells.get('3:carried_out|natural')!;
        const fix = [{ start: n.start, end: n.end, text: '117' }];
        // 118 + 2 = 120 ≠ 116 + 3 = 119
        assert.deepStrictEqual(findings(diags, 'balance'), [{ ...co, row: 'carried_out', column: 'natural', expected: 120, actual: 119, fix }]);
        // 一 row: 118 + 2 + 0 + 1 + 0 + 6 = 127 ≠ 126
        assert.deepStrictEqual(findings(diags, 'row-total').map((f) => [f.row, f.expected, f.actual, f.fix]), [['new', 127, 126, fix]]);
        assert.deepStrictEqual(findings(diags, 'column-total'), []);
      });

      it('balance alone (四 wrong together with its row total) has no single-cell repair and says what is usual', () => {
        const b = buildReportText({ layout, override: { '3:carried_out|natural': '4', '3:carried_out|total': '5' } });
        const diags = check(b.text).diagnostics;
        // 自然人: 117 + 2 = 119 ≠ 116 + 4 = 120;  总计: 126 + 2 = 128 ≠ 124 + 5 = 129
        assert.deepStrictEqual(findings(diags, 'balance').map((f) => [f.column, f.expected, f.actual, f.fix]), [['natural', 119, 120, undefined], ['total', 128, 129, undefined]]);
        assert.match(diags[0].message, /= 一 \+ 二 − （七） = 3/);
      });

      it('litigation-total: a wrong group total, where any of five cells would do, is fixed in the total', () => {
        const b = buildReportText({ layout, override: { '4:suit_direct|total': '3' } });
        const diags = check(b.text).diagnostics;
        const at = b.cells.get('4:suit_direct|total')!;
        // 1 + 0 + 0 + 1 = 2 ≠ 3
        assert.deepStrictEqual(findings(diags, 'litigation-total'), [{ ...at, row: 'suit_direct', column: 'total', expected: 2, actual: 3, fix: [{ ...at, text: '2' }] }]);
        assert.strictEqual(diags.length, 1);
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

      for (const marker of ['/', '—', '无', '-']) {
        it(`"${marker}" where a 0 belongs is a missing cell, and sums still hold`, () => {
          const b = buildReportText({ layout, override: { '3:refused.5|natural': marker } });
          const diags = check(b.text).diagnostics;
          const at = b.cells.get('3:refused.5|natural')!;
          assert.deepStrictEqual(diags.map((d) => [d.rule, d.severity, d.range.start, d.range.end]), [['cell-missing', 'warning', at.start, at.end]]);
        });
      }

      it('cell-invalid: text, a negative count and a decimal count are errors, and their sums are not checked', () => {
        for (const [text, reason] of [['十', /不是非负整数/], ['-3', /不是非负整数/], ['1.5', /不是非负整数/]] as const) {
          const b = buildReportText({ layout, override: { '3:granted|natural': text } });
          const diags = check(b.text).diagnostics;
          const at = b.cells.get('3:granted|natural')!;
          assert.deepStrictEqual(diags.map((d) => [d.rule, d.range.start, d.range.end, d.row, d.column]), [['cell-invalid', at.start, at.end, 'granted', 'natural']], text);
          assert.match(diags[0].message, reason);
        }
      });

      it('numbers padded with NBSP, full-width digits, a bookmark marker or a unit read as numbers', () => {
        const b = buildReportText({ layout, override: { '3:granted|natural': '\u00a010\u00a0', '3:granted|total': '１２', '3:total|natural': '[bookmark: _GoBack]116', '4:review|total': '4件' } });
        assertNone(check(b.text).diagnostics);
      });

      it('table 2 cells: signed changes and decimal amounts are fine, a decimal count is not', () => {
        const ok = buildReportText({ layout, version: 'v2019', override: { '2:licensing|1': '+3', '2:procurement|1': '56.8万元' } });
        assertNone(check(ok.text).diagnostics);
        const bad = buildReportText({ layout, version: 'v2019', override: { '2:licensing|2': '1.5' } });
        const at = bad.cells.get('2:licensing|2')!;
        assert.deepStrictEqual(check(bad.text).diagnostics.map((d) => [d.rule, d.range.start, d.table, d.row, d.column]), [['cell-invalid', at.start, 2, 'licensing', 'decisions']]);
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

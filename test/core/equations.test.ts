import * as assert from 'assert';
import { check } from '../../server/src/core';
import type { Cell, TableModel } from '../../server/src/core';
import { equationsOf, fails } from '../../server/src/core/model/equations';
import { buildReportText } from '../support/reportBuilder';

const names = (cells: Cell[]) => cells.map((c) => `${c.row}|${c.column}`);
const tableOf = (version: 'v2019' | 'v2021', n: number, override?: Record<string, string>): TableModel =>
  check(buildReportText({ layout: 'tsv', version, override }).text).report.tables.find((t) => t.number === n)!;

describe('the equations of tables 3 and 4: one definition, evaluated', () => {
  for (const version of ['v2019', 'v2021'] as const) {
    it(`${version} table 3: a row total per row, a column total and a balance per column, all holding`, () => {
      const eqs = equationsOf(tableOf(version, 3));
      const rows = version === 'v2021' ? 25 : 23;
      assert.deepStrictEqual(['row-total', 'column-total', 'balance'].map((r) => eqs.filter((e) => e.rule === r).length), [rows, 7, 7]);
      assert.ok(eqs.every((e) => e.holds === true));
      const granted = eqs.find((e) => e.rule === 'row-total' && e.row === 'granted')!;
      assert.deepStrictEqual([names(granted.parts), names(granted.stated)], [
        ['granted|natural', 'granted|commercial', 'granted|research', 'granted|nonprofit', 'granted|legal', 'granted|other'], ['granted|total'],
      ]);
      // （七） adds the result rows of the table's version: （六） is one row in v2019, three in v2021.
      const column = eqs.find((e) => e.rule === 'column-total' && e.column === 'natural')!;
      assert.strictEqual(column.parts.length, version === 'v2021' ? 21 : 19);
      assert.ok(!column.parts.some((c) => ['new', 'carried_in', 'total', 'carried_out'].includes(c.row)));
      const balance = eqs.find((e) => e.rule === 'balance' && e.column === 'total')!;
      assert.deepStrictEqual([names(balance.parts), names(balance.stated), balance.row], [['new|total', 'carried_in|total'], ['total|total', 'carried_out|total'], 'carried_out']);
    });
  }

  it('table 4: one litigation total per group; table 2 has none', () => {
    const eqs = equationsOf(tableOf('v2021', 4));
    assert.deepStrictEqual(eqs.map((e) => [e.row, names(e.parts).length, names(e.stated)[0], e.expected, e.actual]), [
      ['review', 4, 'review|total', 4, 4], ['suit_direct', 4, 'suit_direct|total', 2, 2], ['suit_after_review', 4, 'suit_after_review|total', 0, 0],
    ]);
    assert.deepStrictEqual(equationsOf(tableOf('v2021', 2)), []);
  });

  it('a wrong cell fails every equation it is in, and no other; an unreadable one leaves its equations unchecked', () => {
    const wrong = equationsOf(tableOf('v2021', 3, { '3:granted|natural': '11' }));
    assert.deepStrictEqual(wrong.filter(fails).map((e) => [e.rule, e.row, e.column, e.expected, e.actual]), [
      ['row-total', 'granted', 'total', 13, 12], ['column-total', 'total', 'natural', 117, 116],
    ]);
    const unread = equationsOf(tableOf('v2021', 3, { '3:granted|natural': '十' }));
    assert.deepStrictEqual(unread.filter((e) => e.holds === undefined).map((e) => [e.rule, e.row, e.column]), [['row-total', 'granted', 'total'], ['column-total', 'total', 'natural']]);
    assert.deepStrictEqual(unread.filter(fails), []);
  });
});

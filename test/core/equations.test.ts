import * as assert from 'assert';
import { check } from '../../server/src/core';
import type { Cell, TableModel } from '../../server/src/core';
import { equationsOf, tableFails } from '../../server/src/core/model/equations';
import { REPORT_FILES, readReport } from '../support/reports';

/** What the rules see: some equation of the table, once made and evaluated, fails. */
const failsByEquations = (t: TableModel) => equationsOf(t).some((e) => e.holds === false);

/** Every cell of a table's rows. */
function cellsOf(t: TableModel): Cell[] {
  return t.rows.flatMap((r) => [...r.cells.list]);
}

describe('tableFails: the sums compared without making the equations', () => {
  for (const name of REPORT_FILES) {
    it(`agrees with the evaluated equations on ${name}, and after any one cell of tables 3 and 4 changes`, () => {
      const { report } = check(readReport(name));
      const tables = report.tables.filter((t) => t.number !== 2);
      assert.ok(tables.length >= 1);
      let failing = 0;
      let cases = 0;
      for (const t of tables) {
        assert.strictEqual(tableFails(t), failsByEquations(t), `table ${t.number} as written`);
        for (const cell of cellsOf(t)) {
          const { value, state } = cell;
          // One more, one less (a blank counts as 0), and unreadable: each cell takes part in up to three equations.
          for (const next of [(value ?? 0) + 1, (value ?? 0) - 1, undefined]) {
            cell.value = next;
            cell.state = next === undefined ? 'invalid' : 'number';
            const fails = tableFails(t);
            assert.strictEqual(fails, failsByEquations(t), `table ${t.number}, ${cell.row} × ${cell.column} = ${next}`);
            if (fails) failing++;
            cases++;
          }
          cell.value = value;
          cell.state = state;
        }
        assert.strictEqual(tableFails(t), failsByEquations(t), `table ${t.number} restored`);
      }
      // Some changes broke a sum (a function that never fails would not pass) and some did not: an unreadable cell
      // leaves its sums unchecked.
      assert.ok(failing > 0 && failing < cases, `${failing} of ${cases} changes fail`);
    });
  }

  it('table 2 has no equations and never fails', () => {
    const { report } = check(readReport(REPORT_FILES[0]));
    const t2 = report.tables.find((t) => t.number === 2)!;
    assert.deepStrictEqual(equationsOf(t2), []);
    assert.strictEqual(tableFails(t2), false);
  });
});

import * as assert from 'assert';
import type { Diagnostic } from '../../server/src/core';

/** The findings of one rule, as plain data that reads well in a failed assertion. */
export function findings(diags: Diagnostic[], rule: string) {
  return diags.filter((d) => d.rule === rule).map((d) => ({
    start: d.range.start, end: d.range.end, row: d.row, column: d.column, expected: d.expected, actual: d.actual,
    fix: d.fix?.edits,
  }));
}

export function rulesOf(diags: Diagnostic[]): string[] {
  return diags.map((d) => d.rule);
}

export function assertNone(diags: Diagnostic[], context = '') {
  assert.deepStrictEqual(diags.map((d) => `${d.rule}: ${d.message}`), [], context);
}

// What the five real reports filled into the official template (fillTemplate.ts) are found to hold, whatever format
// the template was then turned into (.docx, LibreOffice's HTML, LibreOffice's PDF): checked by hand against the
// reports' text.
import type { Diagnostic } from '../../server/src/core';

/** The rules that read table cells and sums. */
export const TABLE_RULES = new Set(['row-total', 'column-total', 'balance', 'litigation-total', 'cell-missing', 'cell-invalid']);
/** The rules that would say the reader lost part of the report. */
export const LOSS_RULES = new Set(['section-missing', 'table-missing', 'row-missing']);

/** What a finding says, without where it stands. */
export const tableFinding = (d: Diagnostic) => [d.rule, d.table, d.row, d.column, d.expected, d.actual].map((x) => x ?? '').join(' ');

const BLANK_TABLE2 = ['regulations issued', 'regulations repealed', 'regulations in_force', 'normative issued', 'normative repealed', 'normative in_force',
  'licensing decisions', 'penalty decisions', 'enforcement decisions', 'fees fee_amount'].map((cell) => `cell-missing 2 ${cell}  `);
const BLANK_GRANTED = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'].map((column) => `cell-missing 3 granted ${column}  `);

/**
 * The table findings, by report (in REPORT_FILES order). 001 and 004 are v2019 reports: their table 2 has no v2021
 * counterpart, so the template's table 2 stays blank (ten cells missing); 001's table 3 has the wrong （七）总计 of
 * its text (170 stated, 171 the sum, in 自然人 and so in 总计). 003's 予以公开 row is broken over a page in its text
 * (a cell-count there), so it stays blank here and （七）总计's 14 is unexplained: 0 expected in 自然人 and 总计.
 */
export const FILLED_TABLE_FINDINGS: string[][] = [
  [],
  [...BLANK_TABLE2, 'column-total 3 total natural 171 170', 'column-total 3 total total 176 175'],
  [],
  [...BLANK_GRANTED, 'column-total 3 total natural 0 14', 'column-total 3 total total 0 14'],
  BLANK_TABLE2,
];

import { defineRule } from './rule';
import { visible } from './analysis';
import { cellName, tableName } from '../i18n/names';
import { displayText } from '../text/normalize';
import { MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS, MAX_SIGNIFICANT_DIGITS } from '../parse/cellValue';

export const cellInvalid = defineRule({
  id: 'cell-invalid',
  severity: 'error',
  category: 'cells',
  fixable: false,
  summary: { zh: '单元格不是该列的合法数字', en: 'a cell that is not a valid number for its column' },
  messages: {
    count: { zh: '{table}“{cell}”的“{text}”不是非负整数；涉及它的合计无法校验', en: '{table} "{cell}": "{text}" is not a non-negative integer; sums involving it are not checked' },
    signed: { zh: '{table}“{cell}”的“{text}”不是整数；涉及它的合计无法校验', en: '{table} "{cell}": "{text}" is not an integer; sums involving it are not checked' },
    amount: { zh: '{table}“{cell}”的“{text}”不是非负数；涉及它的合计无法校验', en: '{table} "{cell}": "{text}" is not a non-negative number; sums involving it are not checked' },
    implausible: { zh: '{table}“{cell}”的“{text}”大得不合常理（超过 {digits} 位）；涉及它的合计无法校验', en: '{table} "{cell}": "{text}" is implausibly large (more than {digits} digits); sums involving it are not checked' },
    implausibleAmount: {
      zh: '{table}“{cell}”的“{text}”位数多得不合常理（整数超过 {digits} 位、小数超过 {decimals} 位或有效数字超过 {significant} 位）；涉及它的合计无法校验',
      en: '{table} "{cell}": "{text}" has implausibly many digits (more than {digits} before the point, {decimals} after it or {significant} in all); sums involving it are not checked',
    },
  },
  check(ctx) {
    for (const { table, cell } of ctx.nonNumbers) {
      if (cell.state !== 'invalid') continue;
      const kind = table.columns.find((c) => c.key === cell.column)?.kind ?? 'count';
      const message = cell.invalid !== 'implausible' ? kind : kind === 'amount' ? 'implausibleAmount' : 'implausible';
      ctx.report({
        range: visible(ctx.model.text, cell.valueRange), table: table.number, row: cell.row, column: cell.column, message,
        data: { table: tableName(ctx.lang, table.number), cell: cellName(ctx.lang, table.number, cell, table.version), text: displayText(cell.text), digits: MAX_INTEGER_DIGITS, decimals: MAX_FRACTION_DIGITS, significant: MAX_SIGNIFICANT_DIGITS },
      });
    }
  },
});

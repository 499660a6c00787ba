import type { RelatedLocation, RowModel } from '../types';
import type { RuleContext } from './rule';
import { defineRule } from './rule';
import { tableName } from '../i18n/names';
import { displayText } from '../text/normalize';

const MESSAGES = {
  tooMany: {
    zh: '{table}“{row}”行有 {found} 个单元格，应为 {expected} 个；无法判断哪个是多余的，该行不参与合计校验',
    en: '{table} row "{row}" has {found} cells for {expected} columns; which one is extra cannot be told, so the row is left out of the sums',
  },
  tooFew: {
    zh: '{table}“{row}”行有 {found} 个单元格，应为 {expected} 个；无法判断缺少的是哪一个，该行不参与合计校验',
    en: '{table} row "{row}" has {found} cells for {expected} columns; which one is missing cannot be told, so the row is left out of the sums',
  },
  split: {
    zh: '{table}“{row}”行的“{text}”中数字之间有空格，可能是一个数也可能是两个；无法确定各数字所在的列，该行不参与合计校验',
    en: '{table} row "{row}": "{text}" has space between its digits and may be one number or two; the row\'s numbers cannot be placed in columns, so it is left out of the sums',
  },
  splitCell: { zh: '数字之间有空格的单元格', en: 'the cell with space between its digits' },
  surplus: {
    zh: '“{row}”行各有 {found} 个数字，多于 {expected} 列（多出一列 0，常见于分页后的表格）；只有一种读法能使每行相加成立，已按此读取。请删除多余的单元格',
    en: 'Row "{row}" has {found} numbers for {expected} columns (an extra column of zeros, common after a page break); only one reading adds up, and it was used. Remove the extra cells',
  },
  surplusRows: {
    zh: '从“{first}”到“{last}”的 {rows} 行各有 {found} 个数字，多于 {expected} 列（多出一列 0，常见于分页后的表格）；只有一种读法能使每行相加成立，已按此读取。请删除多余的单元格',
    en: '{rows} rows from "{first}" to "{last}" each have {found} numbers for {expected} columns (an extra column of zeros, common after a page break); only one reading adds up, and it was used. Remove the extra cells',
  },
  surplusCell: { zh: '“{row}”行未计入的多余单元格', en: 'surplus cell of row "{row}" set aside' },
};

export const cellCount = defineRule({
  id: 'cell-count',
  severity: 'error',
  category: 'cells',
  fixable: false,
  summary: { zh: '一行的数字个数多于或少于列数', en: 'a row with more or fewer numbers than its columns' },
  messages: MESSAGES,
  check(ctx) {
    for (const table of ctx.model.tables) {
      const rows = table.rows;
      const name = tableName(ctx.lang, table.number);
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i];
        const p = row.problem;
        if (!p) continue;
        const range = row.labelRange.end > row.labelRange.start ? row.labelRange : row.range;
        const at = { range, table: table.number, row: row.key };
        const data = { table: name, row: displayText(row.label), found: p.found, expected: p.expected };
        if (p.kind === 'surplus-resolved') {
          // Consecutive rows with a surplus (a column added after a page break) make one finding, on the first row.
          const run = surplusRun(ctx, rows, i);
          const many = run.names.length > 1;
          ctx.report({
            ...at, severity: 'warning', message: many ? 'surplusRows' : 'surplus', related: run.related,
            data: { ...data, found: run.found, expected: run.expected, first: run.names[0], last: run.names[run.names.length - 1], rows: run.names.length },
          });
          i = run.end - 1;
        } else if (p.kind === 'split') {
          ctx.report({ ...at, message: 'split', data: { ...data, text: displayText(p.text) }, related: [{ range: p.cell, message: ctx.message('splitCell') }] });
        } else {
          ctx.report({ ...at, message: p.kind === 'too-many' ? 'tooMany' : 'tooFew', data });
        }
      }
    }
  },
});

/**
 * The run of surplus rows starting at `rows[start]`: the rows' names, their set-aside cells, the counts of the
 * run's last row (the message gives those), and the index just past the run.
 */
function surplusRun(ctx: RuleContext<keyof typeof MESSAGES>, rows: RowModel[], start: number) {
  const names: string[] = [];
  const related: RelatedLocation[] = [];
  let found = 0;
  let expected = 0;
  let end = start;
  for (; end < rows.length; end++) {
    const p = rows[end].problem;
    if (p?.kind !== 'surplus-resolved') break;
    const name = displayText(rows[end].label);
    names.push(name);
    const message = ctx.message('surplusCell', { row: name });
    for (const r of p.ignored) related.push({ range: r, message });
    found = p.found;
    expected = p.expected;
  }
  return { names, related, found, expected, end };
}

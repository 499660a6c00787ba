import { defineRule } from './rule';
import { visible } from './analysis';
import { cellName, tableName } from '../i18n/names';
import { displayText } from '../text/normalize';

export const cellMissing = defineRule({
  id: 'cell-missing',
  severity: 'warning',
  category: 'cells',
  fixable: false,
  summary: { zh: '应填数字的单元格为空，或为“/”“—”“-”“无”（按 0 计算）', en: 'blank, `/`, `—`, `-` or `无` where a number belongs (counted as 0)' },
  messages: {
    blank: { zh: '{table}“{cell}”为空，应填数字；合计校验按 0 计算', en: '{table} "{cell}" is blank where a number belongs; sums count it as 0' },
    marker: { zh: '{table}“{cell}”填的是“{text}”，应填数字；合计校验按 0 计算', en: '{table} "{cell}" is "{text}" where a number belongs; sums count it as 0' },
  },
  check(ctx) {
    for (const { table, cell } of ctx.nonNumbers) {
      if (cell.state !== 'missing') continue;
      const text = displayText(cell.text);
      ctx.report({
        range: visible(ctx.model.text, cell.valueRange), table: table.number, row: cell.row, column: cell.column,
        message: text ? 'marker' : 'blank', data: { table: tableName(ctx.lang, table.number), cell: cellName(ctx.lang, table.number, cell, table.version), text },
      });
    }
  },
});

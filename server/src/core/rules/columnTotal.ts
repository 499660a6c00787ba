import { defineRule } from './rule';
import { reportEquations } from './equationRule';
import { columnName } from '../i18n/names';

/** Table 3, every column: （七）总计 = the sum of the result rows （一）…（六）. */
export const columnTotal = defineRule({
  id: 'column-total',
  severity: 'error',
  category: 'tables',
  fixable: true,
  summary: { zh: '表三每一列：（七）总计 = 办理结果（一）至（六）各行之和', en: 'table 3, every column: （七）总计 = the result rows （一）…（六）' },
  messages: {
    failing: {
      zh: '“{column}”列的（七）总计应为各办理结果之和 {expected}，实为 {actual}{blanks}。{verdict}',
      en: 'Column "{column}": (7) total should be the sum of the results, {expected}, is {actual}{blanks}. {verdict}',
    },
  },
  check: (ctx) => reportEquations(ctx, 'column-total', 'failing', (e) => ({ column: columnName(ctx.lang, 3, e.column) })),
});

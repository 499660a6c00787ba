import type { Rule } from './rule';
import { checkEquations } from './equationRule';
import { columnName, L } from '../i18n/names';

/** Table 3, every column: （七）总计 = the sum of the result rows （一）…（六）. */
export const columnTotal: Rule = {
  id: 'column-total',
  severity: 'error',
  description: { zh: '表三每一列：（七）总计 = （一）至（六）各办理结果之和', en: 'Table 3, every column: (7) total = the sum of result rows (1)–(6)' },
  check: (ctx) => checkEquations(ctx, 'column-total', (lang, e) => L(
    lang,
    `“${columnName(lang, 3, e.column)}”列的（七）总计应为各办理结果之和 ${e.expected}，实为 ${e.actual}`,
    `Column "${columnName(lang, 3, e.column)}": (7) total should be the sum of the results, ${e.expected}, is ${e.actual}`,
  )),
};

import type { Rule } from './rule';
import { checkEquations } from './equationRule';
import { L, rowName, sumText } from '../i18n/names';

/** Table 3, every data row: 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他. */
export const rowTotal: Rule = {
  id: 'row-total',
  severity: 'error',
  description: { zh: '表三每一行：总计 = 自然人 + 法人或其他组织各列之和', en: 'Table 3, every row: total = the sum of the six applicant columns' },
  check: (ctx) => checkEquations(ctx, 'row-total', (lang, e) => L(
    lang,
    `“${rowName(lang, 3, e.row)}”行的总计应为 ${e.expected}（${sumText(e.parts)}），实为 ${e.actual}`,
    `Row "${rowName(lang, 3, e.row)}": total should be ${e.expected} (${sumText(e.parts)}), is ${e.actual}`,
  )),
};

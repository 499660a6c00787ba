import { defineRule } from './rule';
import { reportEquations } from './equationRule';
import { rowName, sumText } from '../i18n/names';

/** Table 3, every data row: 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他. */
export const rowTotal = defineRule({
  id: 'row-total',
  severity: 'error',
  category: 'tables',
  fixable: true,
  summary: { zh: '表三每一行：总计 = 自然人与法人或其他组织六列之和', en: 'table 3, every row: 总计 = the six applicant columns' },
  messages: {
    failing: {
      zh: '“{row}”行的总计应为 {expected}（{sum}），实为 {actual}{blanks}。{verdict}',
      en: 'Row "{row}": total should be {expected} ({sum}), is {actual}{blanks}. {verdict}',
    },
  },
  check: (ctx) => reportEquations(ctx, 'row-total', 'failing', (e) => ({ row: rowName(ctx.lang, 3, e.row), sum: sumText(e.parts) })),
});

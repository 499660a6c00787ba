import { defineRule } from './rule';
import { reportEquations } from './equationRule';
import { rowName, sumText } from '../i18n/names';

/** Table 4, each group: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export const litigationTotal = defineRule({
  id: 'litigation-total',
  severity: 'error',
  category: 'tables',
  fixable: true,
  summary: { zh: '表四每组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结', en: 'table 4, each group: 总计 = 维持 + 纠正 + 其他 + 尚未审结' },
  messages: {
    failing: {
      zh: '{group}的总计应为 {expected}（{sum}），实为 {actual}{blanks}。{verdict}',
      en: '{group}: total should be {expected} ({sum}), is {actual}{blanks}. {verdict}',
    },
  },
  check: (ctx) => reportEquations(ctx, 'litigation-total', 'failing', (e) => ({ group: rowName(ctx.lang, 4, e.row), sum: sumText(e.parts) })),
});

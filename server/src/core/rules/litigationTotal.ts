import type { Rule } from './rule';
import { checkEquations } from './equationRule';
import { L, rowName, sumText } from '../i18n/names';

/** Table 4, each group: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export const litigationTotal: Rule = {
  id: 'litigation-total',
  severity: 'error',
  description: { zh: '表四每组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结', en: 'Table 4, each group: total = upheld + corrected + other + pending' },
  check: (ctx) => checkEquations(ctx, 'litigation-total', (lang, e) => L(
    lang,
    `${rowName(lang, 4, e.row)}的总计应为 ${e.expected}（${sumText(e.parts)}），实为 ${e.actual}`,
    `${rowName(lang, 4, e.row)}: total should be ${e.expected} (${sumText(e.parts)}), is ${e.actual}`,
  )),
};

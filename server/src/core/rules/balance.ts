import { defineRule } from './rule';
import { reportEquations } from './equationRule';
import { columnName } from '../i18n/names';

/** Table 3, every column: 一 + 二 = （七）总计 + 四 (the table's own 勾稽关系). */
export const balance = defineRule({
  id: 'balance',
  severity: 'error',
  category: 'tables',
  fixable: true,
  summary: { zh: '表三每一列：一 + 二 = （七）总计 + 四', en: 'table 3, every column: 一 + 二 = （七）总计 + 四' },
  messages: {
    failing: {
      zh: '“{column}”列不满足“一 + 二 = 三 + 四”：{new} + {carriedIn} = {expected}，（七）总计 + 四 = {total} + {carriedOut} = {actual}{blanks}。{verdict}',
      en: 'Column "{column}" breaks I + II = III + IV: {new} + {carriedIn} = {expected}, but (7) total + IV = {total} + {carriedOut} = {actual}{blanks}. {verdict}',
    },
  },
  check: (ctx) => reportEquations(ctx, 'balance', 'failing', (e) => ({
    column: columnName(ctx.lang, 3, e.column),
    new: e.parts[0].value!, carriedIn: e.parts[1].value!, total: e.stated[0].value!, carriedOut: e.stated[1].value!,
  })),
});

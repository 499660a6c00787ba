import type { Rule } from './rule';
import { checkEquations } from './equationRule';
import { columnName, L } from '../i18n/names';

/** Table 3, every column: 一 + 二 = （七）总计 + 四 (the table's own 勾稽关系). */
export const balance: Rule = {
  id: 'balance',
  severity: 'error',
  description: { zh: '表三每一列：第一项加第二项之和，等于第三项加第四项之和', en: 'Table 3, every column: I + II = (7) total + IV' },
  check: (ctx) => checkEquations(ctx, 'balance', (lang, e) => {
    const [n, c] = e.parts.map((x) => x.value);
    const [t, o] = e.stated.map((x) => x.value);
    return L(
      lang,
      `“${columnName(lang, 3, e.column)}”列不满足“一 + 二 = 三 + 四”：${n} + ${c} = ${e.expected}，（七）总计 + 四 = ${t} + ${o} = ${e.actual}`,
      `Column "${columnName(lang, 3, e.column)}" breaks I + II = III + IV: ${n} + ${c} = ${e.expected}, but (7) total + IV = ${t} + ${o} = ${e.actual}`,
    );
  }),
};

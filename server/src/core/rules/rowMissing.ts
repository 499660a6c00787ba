import { defineRule } from './rule';
import { rowName, tableName } from '../i18n/names';

export const rowMissing = defineRule({
  id: 'row-missing',
  severity: 'error',
  category: 'structure',
  fixable: false,
  structural: true,
  summary: { zh: '统计表缺少模板规定的行', en: 'a template row absent from its table' },
  messages: {
    missing: { zh: '{table}缺少“{row}”行，涉及该行的合计无法校验', en: '{table} has no row "{row}"; sums involving it are not checked' },
  },
  check(ctx) {
    for (const t of ctx.model.tables) {
      for (const key of t.missingRows) {
        ctx.report({ range: t.anchor, table: t.number, row: key, message: 'missing', data: { table: tableName(ctx.lang, t.number), row: rowName(ctx.lang, t.number, key, t.version) } });
      }
    }
  },
});

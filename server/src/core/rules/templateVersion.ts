import type { Lang, TemplateVersion } from '../types';
import { defineRule } from './rule';
import { tableName } from '../i18n/names';
import { expectedVersion } from '../model/build';
import { formatMessage } from '../i18n/message';

const VERSION_NAMES = {
  v2019: { zh: '2019 版（国办公开办函〔2019〕60号）', en: 'the 2019 template' },
  v2021: { zh: '2021 版（国办公开办函〔2021〕30号）', en: 'the 2021 template' },
};
const versionName = (lang: Lang, v: TemplateVersion) => formatMessage(VERSION_NAMES[v], lang);

export const templateVersion = defineRule({
  id: 'template-version',
  severity: 'warning',
  category: 'template',
  fixable: false,
  summary: { zh: '统计表的模板版本与报告年度不符，或两版混用', en: 'tables of the wrong template version for the year, or both mixed' },
  messages: {
    mixed: { zh: '{table}混用了 2019 版和 2021 版模板的行或列', en: '{table} mixes rows or columns of the 2019 and 2021 templates' },
    wrongForYear: { zh: '{year} 年度报告应使用{expected}，{table}却使用{used}', en: 'A {year} report should use {expected}, but {table} uses {used}' },
    tablesDiffer: { zh: '表二使用{table2}，表三却使用{table3}', en: 'Table 2 uses {table2} but table 3 uses {table3}' },
  },
  check(ctx) {
    const { model, lang } = ctx;
    const expected = expectedVersion(model.reportYear);
    for (const t of model.tables) {
      if (t.number === 4 || !t.version) continue;
      const table = tableName(lang, t.number);
      if (t.version === 'mixed') ctx.report({ range: t.anchor, table: t.number, message: 'mixed', data: { table } });
      else if (expected && t.version !== expected) {
        ctx.report({ range: t.anchor, table: t.number, message: 'wrongForYear', data: { table, year: model.reportYear!, expected: versionName(lang, expected), used: versionName(lang, t.version) } });
      }
    }
    const t2 = model.tables.find((t) => t.number === 2)?.version;
    const t3 = model.tables.find((t) => t.number === 3);
    const v3 = t3?.version;
    if (t2 && v3 && t2 !== 'mixed' && v3 !== 'mixed' && t2 !== v3) {
      ctx.report({ range: t3!.anchor, table: 3, message: 'tablesDiffer', data: { table2: versionName(lang, t2), table3: versionName(lang, v3) } });
    }
  },
});

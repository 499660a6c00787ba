import type { TableNumber } from '../types';
import { defineRule } from './rule';
import { chineseNumeral } from '../text/normalize';
import { tableName } from '../i18n/names';

const TABLES: TableNumber[] = [2, 3, 4];

export const tableMissing = defineRule({
  id: 'table-missing',
  severity: 'error',
  category: 'structure',
  fixable: false,
  structural: true,
  summary: { zh: '表二、表三或表四不在其所属部分中', en: 'table 2, 3 or 4 absent from its section' },
  messages: {
    absent: { zh: '第{numeral}部分缺少{table}（未找到可识别的统计表）', en: 'Section {number} has no {table} (no recognisable statistical table)' },
    misplacedInSection: { zh: '{table}应在第{numeral}部分，却出现在第{whereNumeral}部分', en: '{table} belongs in section {number} but stands in section {where}' },
    misplaced: { zh: '{table}应在第{numeral}部分，却出现在其他位置', en: '{table} belongs in section {number} but stands elsewhere' },
  },
  check(ctx) {
    for (const n of TABLES) {
      const tables = ctx.model.tables.filter((t) => t.number === n);
      const section = ctx.model.sections.find((s) => s.canonical === n);
      const data = { numeral: chineseNumeral(n), number: n, table: tableName(ctx.lang, n) };
      if (!tables.length) {
        // Without its section, section-missing says it already.
        if (section) ctx.report({ range: section.headingRange, message: 'absent', data, table: n });
        continue;
      }
      for (const t of tables) {
        if (t.sectionIndex === n || !section) continue;
        const where = t.sectionIndex;
        ctx.report({ range: t.anchor, table: n, message: where ? 'misplacedInSection' : 'misplaced', data: { ...data, where: where ?? '', whereNumeral: where ? chineseNumeral(where) : '' } });
      }
    }
  },
});

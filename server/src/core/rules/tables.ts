import type { Diagnostic, TableNumber } from '../types';
import type { Rule } from './rule';
import { chineseNumeral } from '../text/normalize';
import { L, rowName, tableName } from '../i18n/names';
import { expectedVersion } from '../model/build';

const TABLES: TableNumber[] = [2, 3, 4];

export const tableMissing: Rule = {
  id: 'table-missing',
  severity: 'error',
  description: { zh: '表二、表三或表四不在其所属部分中', en: 'Table 2, 3 or 4 is absent from its section' },
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const n of TABLES) {
      const tables = ctx.report.tables.filter((t) => t.number === n);
      const section = ctx.report.sections.find((s) => s.canonical === n);
      if (!tables.length) {
        if (!section) continue; // section-missing says it already
        out.push({
          rule: 'table-missing', severity: 'error', range: section.headingRange, table: n,
          message: L(ctx.lang, `第${chineseNumeral(n)}部分缺少${tableName(ctx.lang, n)}（未找到可识别的统计表）`, `Section ${n} has no ${tableName(ctx.lang, n)} (no recognisable statistical table)`),
        });
        continue;
      }
      for (const t of tables) {
        if (t.sectionIndex === n || !section) continue;
        out.push({
          rule: 'table-missing', severity: 'error', range: t.anchor, table: n,
          message: L(
            ctx.lang,
            `${tableName(ctx.lang, n)}应在第${chineseNumeral(n)}部分，却出现在${t.sectionIndex ? `第${chineseNumeral(t.sectionIndex)}部分` : '其他位置'}`,
            `${tableName(ctx.lang, n)} belongs in section ${n} but stands ${t.sectionIndex ? `in section ${t.sectionIndex}` : 'elsewhere'}`,
          ),
        });
      }
    }
    return out;
  },
};

export const rowMissing: Rule = {
  id: 'row-missing',
  severity: 'error',
  description: { zh: '统计表缺少模板规定的行', en: 'A row of the template is absent from its table' },
  check(ctx) {
    return ctx.report.tables.flatMap((t) => t.missingRows.map((key): Diagnostic => ({
      rule: 'row-missing', severity: 'error', range: t.anchor, table: t.number, row: key,
      message: L(ctx.lang, `${tableName(ctx.lang, t.number)}缺少“${rowName(ctx.lang, t.number, key)}”行，涉及该行的合计无法校验`, `${tableName(ctx.lang, t.number)} has no row "${rowName(ctx.lang, t.number, key)}"; sums involving it are not checked`),
    })));
  },
};

export const templateVersion: Rule = {
  id: 'template-version',
  severity: 'warning',
  description: { zh: '统计表的模板版本与报告年度不符，或两版混用', en: 'Tables of a template version the report year does not call for, or both versions mixed' },
  check(ctx) {
    const out: Diagnostic[] = [];
    const expected = expectedVersion(ctx.report.reportYear);
    const label = (v: string) => (v === 'v2019' ? L(ctx.lang, '2019 版（国办公开办函〔2019〕60号）', 'the 2019 template') : L(ctx.lang, '2021 版（国办公开办函〔2021〕30号）', 'the 2021 template'));
    for (const t of ctx.report.tables) {
      if (t.number === 4 || !t.version) continue;
      if (t.version === 'mixed') {
        out.push({
          rule: 'template-version', severity: 'warning', range: t.anchor, table: t.number,
          message: L(ctx.lang, `${tableName(ctx.lang, t.number)}混用了 2019 版和 2021 版模板的行或列`, `${tableName(ctx.lang, t.number)} mixes rows or columns of the 2019 and 2021 templates`),
        });
      } else if (expected && t.version !== expected) {
        out.push({
          rule: 'template-version', severity: 'warning', range: t.anchor, table: t.number,
          message: L(
            ctx.lang,
            `${ctx.report.reportYear} 年度报告应使用${label(expected)}，${tableName(ctx.lang, t.number)}却使用${label(t.version)}`,
            `A ${ctx.report.reportYear} report should use ${label(expected)}, but ${tableName(ctx.lang, t.number)} uses ${label(t.version)}`,
          ),
        });
      }
    }
    const v2 = ctx.report.tables.find((t) => t.number === 2)?.version;
    const v3 = ctx.report.tables.find((t) => t.number === 3)?.version;
    if (v2 && v3 && v2 !== 'mixed' && v3 !== 'mixed' && v2 !== v3) {
      const t3 = ctx.report.tables.find((t) => t.number === 3)!;
      out.push({
        rule: 'template-version', severity: 'warning', range: t3.anchor, table: 3,
        message: L(ctx.lang, `表二使用${label(v2)}，表三却使用${label(v3)}`, `Table 2 uses ${label(v2)} but table 3 uses ${label(v3)}`),
      });
    }
    return out;
  },
};

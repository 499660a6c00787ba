import { defineYearRule } from './rule';
import { rowName } from '../i18n/names';

const MESSAGES = {
  differs: {
    zh: '“{row}”现行有效 {inForce} 件，而上年报告（{lastYear}）现行有效 {before} 件，本年制发 {issued} 件、废止 {repealed} 件，应为 {expected} 件',
    en: '"{row}": {inForce} in force, while last year\'s report ({lastYear}) had {before} in force; with {issued} issued and {repealed} repealed this year that makes {expected}',
  },
  there: { zh: '上年报告的“{row}”现行有效件数', en: '"{row}" in force in last year\'s report' },
};

export const inForceCarried = defineYearRule({
  id: 'in-force-carried',
  severity: 'warning',
  category: 'years',
  fixable: false,
  summary: { zh: '表二现行有效件数不等于上年现行有效件数加本年制发减本年废止（规章、行政规范性文件）', en: 'table 2: in force is not last year\'s in force plus issued less repealed this year (regulations, normative documents)' },
  messages: MESSAGES,
  check(ctx) {
    for (const now of ctx.current.documents) {
      const before = ctx.lastYear.facts.documents.find((d) => d.row === now.row)?.inForce;
      const { issued, repealed, inForce } = now;
      if (!before || !issued || !repealed || !inForce) continue;
      const expected = before.value + issued.value - repealed.value;
      if (expected === inForce.value) continue;
      const row = rowName(ctx.lang, 2, now.row, 'v2021');
      ctx.report({
        range: inForce.range, message: 'differs', table: 2, row: now.row, column: 'in_force', expected, actual: inForce.value,
        data: { row, inForce: inForce.value, lastYear: ctx.lastYear.name, before: before.value, issued: issued.value, repealed: repealed.value, expected },
        related: [ctx.atLastYear(before.range, ctx.message('there', { row }))],
      });
    }
  },
});

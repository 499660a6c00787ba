import { defineYearRule } from './rule';
import { columnName, rowName } from '../i18n/names';

const MESSAGES = {
  differs: {
    zh: '{cell} 为 {value}，而上年报告（{lastYear}）的“四、结转下年度继续办理”为 {carried}：结转的申请，两年的报告应是同一个数',
    en: '{cell} is {value}, while last year\'s report ({lastYear}) carried {carried} over to this year: the two reports must give one count',
  },
  there: { zh: '上年报告的{cell}', en: '{cell} in last year\'s report' },
};

export const carriedOver = defineYearRule({
  id: 'carried-over',
  severity: 'error',
  category: 'years',
  fixable: false,
  summary: { zh: '表三“二、上年结转”与上年报告的“四、结转下年度继续办理”不一致', en: 'table 3\'s II (carried over from last year) differs from IV (carried over to next year) of last year\'s report' },
  messages: MESSAGES,
  check(ctx) {
    const carried = ctx.lastYear.facts.carriedOut;
    for (const [column, cell] of Object.entries(ctx.current.carriedIn)) {
      const before = carried[column];
      if (!before || before.value === cell.value) continue;
      const name = (row: string) => `${rowName(ctx.lang, 3, row)} × ${columnName(ctx.lang, 3, column)}`;
      ctx.report({
        range: cell.range, message: 'differs', table: 3, row: 'carried_in', column, expected: before.value, actual: cell.value,
        data: { cell: name('carried_in'), value: cell.value, lastYear: ctx.lastYear.name, carried: before.value },
        related: [ctx.atLastYear(before.range, ctx.message('there', { cell: name('carried_out') }))],
      });
    }
  },
});

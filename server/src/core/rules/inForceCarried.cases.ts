import type { RuleCases } from '../../../../test/support/ruleCases';

// 现行有效 against last year's 现行有效 + 本年制发 − 本年废止 (v2021 table 2). The builder's 行政规范性文件 row is
// 3 issued, 1 repealed, 25 in force; last year's report built the same way had 25 in force, so this year's should
// be 27. Last year's 23 makes 25 right. The builder's 规章 row is all 0 (0 + 0 − 0 = 0). Table 3's carried counts
// of last year are made to agree, so that carried-over stays silent.
const TABLE3_AGREES = { '3:carried_out|natural': '2', '3:carried_out|other': '0', '3:carried_out|total': '2' };
const message = (inForce: number, before: number, issued: number, repealed: number, expected: number) =>
  new RegExp(`^“行政规范性文件”现行有效 ${inForce} 件，而上年报告（上年报告\\.txt）现行有效 ${before} 件，本年制发 ${issued} 件、废止 ${repealed} 件，应为 ${expected} 件$`);

export const cases: RuleCases = {
  rule: 'in-force-carried',
  valid: [
    { name: 'last year\'s 23 in force + 3 issued − 1 repealed = 25', spec: {}, lastYear: { override: { ...TABLE3_AGREES, '2:normative|2': '23' } } },
    { name: 'no last year\'s report at hand', spec: {} },
    // The v2019 table has no 现行有效 column: what its 对外公开总数量 counts is not the same.
    { name: 'last year\'s report on the v2019 template', spec: {}, lastYear: { version: 'v2019', override: TABLE3_AGREES } },
    { name: 'this year\'s 本年废止 blank: the sum is not known', spec: { override: { '2:normative|1': '' } }, lastYear: { override: TABLE3_AGREES }, alsoFires: ['cell-missing'] },
  ],
  invalid: [
    {
      name: 'last year\'s 25 in force + 3 issued − 1 repealed is 27, not 25',
      spec: {},
      lastYear: { override: TABLE3_AGREES },
      findings: [{ at: '2:normative|2', table: 2, row: 'normative', column: 'in_force', expected: 27, actual: 25, message: message(25, 25, 3, 1, 27), lastYearAt: '2:normative|2' }],
    },
    {
      name: 'more in force than last year\'s and this year\'s documents make',
      spec: { override: { '2:normative|2': '30' } },
      lastYear: { override: { ...TABLE3_AGREES, '2:normative|2': '23' } },
      findings: [{ at: '2:normative|2', table: 2, row: 'normative', column: 'in_force', expected: 25, actual: 30, message: message(30, 23, 3, 1, 25), lastYearAt: '2:normative|2' }],
    },
  ],
};

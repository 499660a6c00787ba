import type { RuleCases } from '../../../../test/support/ruleCases';

// 二 (carried in from last year) against last year's 四 (carried over to next year), column by column. The builder's
// table 3 carries in 2 (natural persons 2) and carries out 4 (natural persons 3, others 1): last year's report,
// built the same way a year earlier, carried out 4 where this year's says 2 came in. Last year's 四 written as 2
// makes the two years agree (its own balance then fails, which is last year's finding, not this one's).
const AGREE = { '3:carried_out|natural': '2', '3:carried_out|other': '0', '3:carried_out|total': '2' };
const cell = (column: string, value: number, carried: number) =>
  new RegExp(`^二、上年结转政府信息公开申请数量 × ${column} 为 ${value}，而上年报告（上年报告\\.txt）的“四、结转下年度继续办理”为 ${carried}：结转的申请，两年的报告应是同一个数$`);

export const cases: RuleCases = {
  rule: 'carried-over',
  valid: [
    { name: 'last year\'s 四 is this year\'s 二 in every column', spec: {}, lastYear: { override: AGREE }, alsoFires: ['in-force-carried'] },
    { name: 'no last year\'s report at hand', spec: {} },
    // A cell of last year's that holds no number says nothing: not 0.
    { name: 'last year\'s 四 blank or unreadable where this year\'s differs', spec: {}, lastYear: { override: { ...AGREE, '3:carried_out|natural': '', '3:carried_out|total': '两' } }, alsoFires: ['in-force-carried'] },
    { name: 'v2019: last year\'s 四 is this year\'s 二', spec: { version: 'v2019' }, lastYear: { override: AGREE } },
  ],
  invalid: [
    {
      name: 'last year carried out 4 (3 natural persons, 1 other), this year carried in 2 (natural persons)',
      spec: {},
      lastYear: {},
      alsoFires: ['in-force-carried'],
      findings: [
        { at: '3:carried_in|natural', table: 3, row: 'carried_in', column: 'natural', expected: 3, actual: 2, message: cell('自然人', 2, 3), lastYearAt: '3:carried_out|natural' },
        { at: '3:carried_in|other', table: 3, row: 'carried_in', column: 'other', expected: 1, actual: 0, message: cell('其他', 0, 1), lastYearAt: '3:carried_out|other' },
        { at: '3:carried_in|total', table: 3, row: 'carried_in', column: 'total', expected: 4, actual: 2, message: cell('总计', 2, 4), lastYearAt: '3:carried_out|total' },
      ],
    },
    {
      name: 'one column differs: the others are not reported',
      spec: {},
      lastYear: { override: { ...AGREE, '3:carried_out|commercial': '1', '3:carried_out|total': '3' } },
      alsoFires: ['in-force-carried'],
      findings: [
        { at: '3:carried_in|commercial', table: 3, row: 'carried_in', column: 'commercial', expected: 1, actual: 0, message: cell('商业企业', 0, 1), lastYearAt: '3:carried_out|commercial' },
        { at: '3:carried_in|total', table: 3, row: 'carried_in', column: 'total', expected: 3, actual: 2, message: cell('总计', 2, 3), lastYearAt: '3:carried_out|total' },
      ],
    },
  ],
};

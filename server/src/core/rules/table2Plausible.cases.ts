import type { RuleCases } from '../../../../test/support/ruleCases';

// Table 2's numbers that cannot be right. The builder's v2021 table 2: 行政规范性文件 issued 3, repealed 1, in force
// 25 (≥ 3 − 1 = 2); 行政事业性收费 12.5 万元. Its v2019 table 2: 规范性文件 made 3, published 3, published in all 25.
// Cells: `2:row|i`, i the column's place in its sub-table.
export const cases: RuleCases = {
  rule: 'table2-plausible',
  valid: [
    { name: 'the builder\'s v2021 table 2', spec: {}, docx: true },
    { name: 'the builder\'s v2019 table 2', spec: { version: 'v2019' } },
    // 5 − 2 = 3: every document issued and not repealed is in force, and no other.
    { name: 'in force exactly issued − repealed', spec: { override: { '2:normative|0': '5', '2:normative|1': '2', '2:normative|2': '3' } }, docx: true },
    // 0 − 4 < 0: repealing older documents leaves no floor.
    { name: 'more repealed than issued, none in force', spec: { override: { '2:regulations|0': '0', '2:regulations|1': '4', '2:regulations|2': '0' } } },
    { name: 'v2019: all published this year, as many as published in all', spec: { version: 'v2019', override: { '2:normative|1': '25' } } },
    // 99,999.99 万元 is under a billion yuan: a large amount, not one written in yuan.
    { name: 'a fee amount just under 100,000 万元', spec: { override: { '2:fees|0': '99999.99' } } },
  ],
  invalid: [
    {
      // 3 issued − 1 repealed = 2 > 1 in force.
      name: 'fewer in force than issued less repealed',
      spec: { override: { '2:normative|2': '1' } },
      docx: true,
      findings: [{
        at: '2:normative|2', table: 2, row: 'normative', column: 'in_force',
        message: /^“行政规范性文件”的现行有效件数 1 少于本年制发 3 减本年废止 1（2）：本年制发而未废止的应仍现行有效$/,
      }],
    },
    {
      // 30 published this year > 25 in all: at the total.
      name: 'v2019: more published this year than in all',
      spec: { version: 'v2019', override: { '2:normative|1': '30' } },
      findings: [{ at: '2:normative|2', table: 2, row: 'normative', column: 'total_published', message: /^“规范性文件”的本年新公开数量 30 大于对外公开总数量 25：总数量应包括本年新公开的$/ }],
    },
    {
      // 125,000 万元 × 10,000 = 1,250,000,000 yuan: 125,000 yuan written in the 万元 column.
      name: 'a fee amount written in yuan',
      spec: { override: { '2:fees|0': '125000' } },
      docx: true,
      findings: [{ at: '2:fees|0', table: 2, row: 'fees', column: 'fee_amount', message: /^行政事业性收费 × 本年收费金额（单位：万元） 为 125000 万元，即 1250000000 元：多半是按“元”填写的，而此列单位是万元$/ }],
    },
    // 100,000 万元 is the least flagged: six digits before the point.
    { name: 'a fee amount of exactly 100,000 万元', spec: { override: { '2:fees|0': '100000' } }, findings: [{ at: '2:fees|0', table: 2, row: 'fees', column: 'fee_amount', message: /为 100000 万元，即 1000000000 元/ }] },
    // The yuan are the amount's digits with the point moved, not the amount times 10,000 as a double
    // (100000.002 × 10000 = 1000000019.9999999); the largest amount read, 15 digits, keeps its last fen.
    ...([['100000.002', '1000000020'], ['999999999.999999', '9999999999999.99'], ['100000.00001', '1000000000.1']] as const).map(([amount, yuan]) => ({
      name: `the yuan of ${amount} 万元, exactly`,
      spec: { override: { '2:fees|0': amount } },
      findings: [{ at: '2:fees|0', table: 2 as const, row: 'fees', column: 'fee_amount', message: new RegExp(`为 ${amount.replace('.', '\\.')} 万元，即 ${yuan.replace('.', '\\.')} 元：`) }],
    })),
  ],
};

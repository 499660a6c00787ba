import type { RuleCases } from '../../../../test/support/ruleCases';

// The builder's table 4: 行政复议 2 + 1 + 0 + 1 = 4; 未经复议直接起诉 1 + 0 + 0 + 1 = 2; 复议后起诉 all 0.
// A group's total is one equation: any of its five cells would make it hold, and the fix takes the stated total.
export const cases: RuleCases = {
  rule: 'litigation-total',
  valid: [
    { name: 'a consistent v2021 report', spec: { version: 'v2021' }, docx: true },
    { name: 'a consistent v2019 report', spec: { version: 'v2019' } },
    { name: 'a unit after a number', spec: { override: { '4:review|total': '4件' } } },
    { name: 'a full-width digit', spec: { override: { '4:suit_direct|upheld': '１' } } },
    { name: 'a marker where a 0 belongs counts as 0: the group still adds up', spec: { override: { '4:suit_after_review|pending': '—' } }, docx: true, alsoFires: ['cell-missing'] },
    // Read as a number, 1 + 0 + 1.5 + 1 = 3.5 ≠ 2: a cell that is not a count leaves its group unchecked instead.
    { name: 'a group with a cell that is not a count is not summed', spec: { override: { '4:suit_direct|other': '1.5' } }, alsoFires: ['cell-invalid'] },
  ],
  invalid: [
    {
      // 1 + 0 + 0 + 1 = 2 ≠ 3.
      name: 'a wrong group total, fixed in place',
      spec: { override: { '4:suit_direct|total': '3' } },
      docx: true,
      findings: [{ at: '4:suit_direct|total', table: 4, row: 'suit_direct', column: 'total', expected: 2, actual: 3, fix: '2', message: /^行政诉讼·未经复议直接起诉的总计应为 2（1 \+ 0 \+ 0 \+ 1），实为 3。可修复：改为 2。$/ }],
      fixed: { override: {} },
    },
    {
      // 3 + 1 + 0 + 1 = 5 ≠ 4: 结果维持 2 or the total 5 would each make it hold; the stated total is the one changed.
      name: 'a wrong outcome cell: the total is what the fix changes',
      spec: { override: { '4:review|upheld': '3' } },
      docx: true,
      findings: [{ at: '4:review|total', table: 4, row: 'review', column: 'total', expected: 5, actual: 4, fix: '5', message: /^行政复议的总计应为 5（3 \+ 1 \+ 0 \+ 1），实为 4。可修复：改为 5。$/ }],
      fixed: { override: { '4:review|upheld': '3', '4:review|total': '5' } },
    },
    {
      // 2 + 1 + 0 + 1 = 4 ≠ 0 (the blank total).
      name: 'a blank total counts as 0, and is filled in',
      // Not Markdown: there the finding on an empty cell stands on the space after it, which a case cannot name.
      layouts: ['word', 'tsv'],
      spec: { override: { '4:review|total': '' } },
      alsoFires: ['cell-missing'],
      findings: [{ at: '4:review|total', table: 4, row: 'review', column: 'total', expected: 4, actual: 0, fix: '4', message: /实为 0（其中 1 个空白单元格按 0 计算）。可修复：改为 4。$/ }],
      fixed: { override: {} },
    },
    {
      // 行政复议 4 ≠ 9; 复议后起诉 0 + 0 + 0 + 0 = 0 ≠ 1: two groups, two findings, each fixed.
      name: 'two wrong groups, each found and fixed',
      spec: { override: { '4:review|total': '9', '4:suit_after_review|total': '1' } },
      findings: [
        { at: '4:review|total', table: 4, row: 'review', column: 'total', expected: 4, actual: 9, fix: '4' },
        { at: '4:suit_after_review|total', table: 4, row: 'suit_after_review', column: 'total', expected: 0, actual: 1, fix: '0', message: /^行政诉讼·复议后起诉的总计应为 0（0 \+ 0 \+ 0 \+ 0），实为 1。/ },
      ],
      fixed: { override: {} },
    },
    {
      // 99999999999997 + 1 + 0 + 1 = 99999999999999, the largest count a cell is read as: summed, printed and
      // written exactly.
      name: 'the largest figures: summed and fixed exactly',
      spec: { override: { '4:review|upheld': '99999999999997' } },
      findings: [{ at: '4:review|total', table: 4, row: 'review', column: 'total', expected: 99999999999999, actual: 4, fix: '99999999999999', message: /^行政复议的总计应为 99999999999999（99999999999997 \+ 1 \+ 0 \+ 1），实为 4。可修复：改为 99999999999999。$/ }],
      fixed: { override: { '4:review|upheld': '99999999999997', '4:review|total': '99999999999999' } },
    },
    {
      // 99999999999998 + 1 + 0 + 1 = 10^14, one digit more than a cell is read as: the total written so would be an
      // unreadable cell. The one repair left is 结果维持.
      name: 'a sum beyond the largest count is not written in: the other repair is',
      spec: { override: { '4:review|upheld': '99999999999998' } },
      findings: [{ at: '4:review|total', table: 4, row: 'review', column: 'total', expected: 100000000000000, actual: 4, fix: '2', fixAt: '4:review|upheld', message: /实为 4。可疑的是 行政复议 × 结果维持（现为 99999999999998）：改为 2 可使全表等式成立。$/ }],
      fixed: { override: {} },
    },
  ],
};

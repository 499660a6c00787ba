import type { RuleCases } from '../../../../test/support/ruleCases';

// The builder's consistent v2021 table 3: （一）予以公开 10 + 2 + 0 + 0 + 0 + 0 = 12; （七）总计 × 总计 124.
export const cases: RuleCases = {
  rule: 'row-total',
  valid: [
    { name: 'a consistent v2021 report', spec: { version: 'v2021' }, docx: true },
    { name: 'a consistent v2019 report', spec: { version: 'v2019' } },
    { name: 'numbers padded with NBSP, full-width digits, a bookmark marker', spec: { override: { '3:granted|natural': '\u00a010\u00a0', '3:granted|total': '１２', '3:total|natural': '[bookmark: _GoBack]116' } } },
  ],
  invalid: [
    {
      name: 'a wrong row total, the only repair: fixed in place',
      spec: { override: { '3:granted|total': '13' } },
      docx: true,
      alsoFires: ['column-total'],
      findings: [{ at: '3:granted|total', table: 3, row: 'granted', column: 'total', expected: 12, actual: 13, fix: '12', message: /^“（一）予以公开”行的总计应为 12（10 \+ 2 \+ 0 \+ 0 \+ 0 \+ 0），实为 13。可修复：改为 12。$/ }],
      fixed: { override: {} },
    },
    {
      // 一 row: 118 + 2 + 0 + 1 + 0 + 6 = 127 ≠ 126; the balance of 自然人 fails too, and 一 × 自然人 is the one repair.
      name: 'a wrong cell of 一 breaks its row and its column\'s balance: the cell is fixed, not the total',
      spec: { override: { '3:new|natural': '118' } },
      alsoFires: ['balance'],
      findings: [{ at: '3:new|total', table: 3, row: 'new', column: 'total', expected: 127, actual: 126, fix: '117', fixAt: '3:new|natural', message: /可疑的是 一、本年新收政府信息公开申请数量 × 自然人（现为 118）：改为 117/ }],
      fixed: { override: {} },
    },
    {
      name: 'a blank cell counts as 0, and is filled in as the only repair',
      spec: { override: { '3:granted|commercial': '' } },
      alsoFires: ['cell-missing', 'column-total'],
      findings: [{ at: '3:granted|total', table: 3, row: 'granted', column: 'total', expected: 10, actual: 12, fix: '2', fixAt: '3:granted|commercial', message: /其中 1 个空白单元格按 0 计算/ }],
      fixed: { override: { '3:granted|commercial': '2' } },
    },
  ],
};

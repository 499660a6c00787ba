import type { RuleCases } from '../../../../test/support/ruleCases';

// The builder's consistent v2021 table 3: 一 + 二 = （七） + 四 in every column, e.g.
// 自然人 117 + 2 = 119 = 116 + 3; 商业企业 2 + 0 = 2 + 0; 总计 126 + 2 = 128 = 124 + 4. The finding stands on 四.
export const cases: RuleCases = {
  rule: 'balance',
  valid: [
    { name: 'a consistent v2021 report', spec: { version: 'v2021' }, docx: true },
    // v2019: 自然人 86 + 2 = 88 = 85 + 3.
    { name: 'a consistent v2019 report', spec: { version: 'v2019' } },
    { name: 'a marker where a 0 belongs in 二 counts as 0: the balance still holds', spec: { override: { '3:carried_in|commercial': '—' } }, docx: true, alsoFires: ['cell-missing'] },
    // 四 cannot be read, so 一 + 二 = （七） + 四 cannot be written: nothing is claimed of it.
    { name: 'a 四 row that cannot be read (digits with a space) leaves the balance unchecked', spec: { override: { '3:carried_out|natural': '3 0' } }, alsoFires: ['cell-count'] },
  ],
  invalid: [
    {
      // 四 × 总计 5: 126 + 2 = 128 ≠ 124 + 5 = 129, and 四's row 3 + 0 + 0 + 0 + 0 + 1 = 4 ≠ 5; 4 makes both hold.
      name: 'a wrong 四 total, the only repair: fixed in place',
      spec: { override: { '3:carried_out|total': '5' } },
      docx: true,
      alsoFires: ['row-total'],
      findings: [{ at: '3:carried_out|total', table: 3, row: 'carried_out', column: 'total', expected: 128, actual: 129, fix: '4', message: /^“总计”列不满足“一 \+ 二 = 三 \+ 四”：126 \+ 2 = 128，（七）总计 \+ 四 = 124 \+ 5 = 129。可修复：改为 4。$/ }],
      fixed: { override: {} },
    },
    {
      // 一 × 自然人 118: 118 + 2 = 120 ≠ 116 + 3 = 119, and 一's row 118 + 2 + 0 + 1 + 0 + 6 = 127 ≠ 126.
      name: 'a wrong 一 cell: the balance names it as the suspect, though the finding stands on 四',
      spec: { override: { '3:new|natural': '118' } },
      docx: true,
      alsoFires: ['row-total'],
      findings: [{ at: '3:carried_out|natural', table: 3, row: 'carried_out', column: 'natural', expected: 120, actual: 119, fix: '117', fixAt: '3:new|natural', message: /。可疑的是 一、本年新收政府信息公开申请数量 × 自然人（现为 118）：改为 117 可使全表等式成立。$/ }],
      fixed: { override: {} },
    },
    {
      // （七） × 自然人 117: 117 + 2 = 119 ≠ 117 + 3 = 120; the column (116) and （七）'s row (125 ≠ 124) fail too.
      name: 'a wrong （七） cell: the balance names it as the suspect',
      spec: { override: { '3:total|natural': '117' } },
      alsoFires: ['row-total', 'column-total'],
      findings: [{ at: '3:carried_out|natural', table: 3, row: 'carried_out', column: 'natural', expected: 119, actual: 120, fix: '116', fixAt: '3:total|natural', message: /可疑的是 （七）总计 × 自然人（现为 117）：改为 116/ }],
      fixed: { override: {} },
    },
    {
      // 二 × 自然人 blank: 117 + 0 = 117 ≠ 116 + 3 = 119, and 二's row 0 ≠ 2; 2 in the blank cell makes both hold.
      name: 'a blank 二 cell counts as 0, and is named as the suspect',
      spec: { override: { '3:carried_in|natural': '' } },
      alsoFires: ['cell-missing', 'row-total'],
      findings: [{ at: '3:carried_out|natural', table: 3, row: 'carried_out', column: 'natural', expected: 117, actual: 119, fix: '2', fixAt: '3:carried_in|natural', message: /= 119（其中 1 个空白单元格按 0 计算）。可疑的是 二、上年结转政府信息公开申请数量 × 自然人（现为 0）：改为 2/ }],
      fixed: { override: {} },
    },
    {
      // 四 4 in 自然人 and 5 in 总计 agree with each other, so every row and column total holds; only the balance
      // fails: 117 + 2 = 119 ≠ 116 + 4 = 120 and 126 + 2 = 128 ≠ 124 + 5 = 129. 四 would be 3 and 4.
      name: 'the balance alone fails (四 changed together with its row total): what 四 usually is, no fix',
      spec: { override: { '3:carried_out|natural': '4', '3:carried_out|total': '5' } },
      docx: true,
      findings: [
        { at: '3:carried_out|natural', table: 3, row: 'carried_out', column: 'natural', expected: 119, actual: 120, message: /^“自然人”列不满足“一 \+ 二 = 三 \+ 四”：117 \+ 2 = 119，（七）总计 \+ 四 = 116 \+ 4 = 120。行总计与列总计均成立，通常应为“四、结转下年度继续办理” = 一 \+ 二 − （七） = 3；但改动它会破坏该行的总计，请同时核对该行。$/ },
        { at: '3:carried_out|total', table: 3, row: 'carried_out', column: 'total', expected: 128, actual: 129, message: /通常应为“四、结转下年度继续办理” = 一 \+ 二 − （七） = 4；/ },
      ],
    },
    {
      // 一 × 自然人 118 and 一 × 商业企业 3: 118 + 2 = 120 ≠ 119, 3 + 0 = 3 ≠ 2 + 0, and 一's row 128 ≠ 126. The three
      // share cells, but no one cell is in all three.
      name: 'two wrong cells of 一: no single repair, the places to check are named',
      spec: { override: { '3:new|natural': '118', '3:new|commercial': '3' } },
      alsoFires: ['row-total'],
      findings: [
        { at: '3:carried_out|natural', table: 3, row: 'carried_out', column: 'natural', expected: 120, actual: 119, message: /。没有哪一个单元格单独改动能使表三的等式全部成立，请核对：一、本年新收政府信息公开申请数量、自然人、商业企业。$/ },
        { at: '3:carried_out|commercial', table: 3, row: 'carried_out', column: 'commercial', expected: 3, actual: 2, message: /：3 \+ 0 = 3，（七）总计 \+ 四 = 2 \+ 0 = 2。没有哪一个单元格/ },
      ],
    },
  ],
};

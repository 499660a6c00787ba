import type { RuleCases } from '../../../../test/support/ruleCases';

// The builder's consistent v2021 table 3, 自然人 column: the result rows add up to （七） 116; 总计 column: 124.
// Balance 自然人: 一 117 + 二 2 = 119 = （七） 116 + 四 3; 总计: 126 + 2 = 128 = 124 + 4.
export const cases: RuleCases = {
  rule: 'column-total',
  valid: [
    { name: 'a consistent v2021 report', spec: { version: 'v2021' }, docx: true },
    // （六）其他处理 is one result row in v2019, three in v2021: 自然人 85, 总计 93.
    { name: 'a consistent v2019 report', spec: { version: 'v2019' } },
    { name: 'a marker where a 0 belongs counts as 0: the column still adds up', spec: { override: { '3:refused.5|natural': '—' } }, docx: true, alsoFires: ['cell-missing'] },
    // Without （一）'s 10 the 自然人 column would add up to 106, not 116: the sums must not be taken without the row.
    { name: 'a result row that cannot be read (digits with a space) leaves the column totals unchecked', spec: { override: { '3:granted|natural': '10 1' } }, alsoFires: ['cell-count'] },
    { name: 'a result-row cell that is not a number leaves its column unchecked', spec: { override: { '3:granted|natural': '十' } }, alsoFires: ['cell-invalid'] },
    // The row 1.本机关不掌握相关政府信息 (20 in 自然人) is not recognised: without it 自然人 would be 96.
    { name: 'a result row the template does not recognise leaves the column totals unchecked', spec: { label: { '3:unable.1': '其中：网上申请' } }, alsoFires: ['row-label', 'row-missing'] },
  ],
  invalid: [
    {
      // （七）总计 × 自然人 117: its column (116 ≠ 117), its row (117 + 2 + 0 + 1 + 0 + 5 = 125 ≠ 124) and the balance
      // (117 + 2 = 119 ≠ 117 + 3 = 120) fail; 116 in that one cell makes all three hold.
      name: 'a wrong （七） cell, the only repair: fixed in place',
      spec: { override: { '3:total|natural': '117' } },
      docx: true,
      alsoFires: ['row-total', 'balance'],
      findings: [{ at: '3:total|natural', table: 3, row: 'total', column: 'natural', expected: 116, actual: 117, fix: '116', message: /^“自然人”列的（七）总计应为各办理结果之和 116，实为 117。可修复：改为 116。$/ }],
      fixed: { override: {} },
    },
    {
      // （一） × 总计 13: the 总计 column adds up to 125 ≠ 124, and （一）'s row 10 + 2 = 12 ≠ 13; the cell they share is the repair.
      name: 'a wrong result-row total: the column total names it as the suspect',
      spec: { override: { '3:granted|total': '13' } },
      docx: true,
      alsoFires: ['row-total'],
      findings: [{ at: '3:total|total', table: 3, row: 'total', column: 'total', expected: 125, actual: 124, fix: '12', fixAt: '3:granted|total', message: /。可疑的是 （一）予以公开 × 总计（现为 13）：改为 12 可使全表等式成立。$/ }],
      fixed: { override: {} },
    },
    {
      // （一） has 11 in 自然人 and 13 in 总计, which agree with each other; the columns add up to 117 and 125, but the
      // balance holds with （七） as stated (117 + 2 = 116 + 3; 126 + 2 = 124 + 4): the result rows are suspect.
      name: 'a result row counted one too many in its cell and its total: the result rows are suspect, no fix',
      spec: { override: { '3:granted|natural': '11', '3:granted|total': '13' } },
      docx: true,
      findings: [
        { at: '3:total|natural', table: 3, row: 'total', column: 'natural', expected: 117, actual: 116, message: /^“自然人”列的（七）总计应为各办理结果之和 117，实为 116。（七）总计与“一 \+ 二 − 四”相符，可疑的是办理结果各行（如重复计数或录入错误），而非（七）总计；未提供自动修复。$/ },
        { at: '3:total|total', table: 3, row: 'total', column: 'total', expected: 125, actual: 124, message: /可疑的是办理结果各行/ },
      ],
    },
    {
      // （一） and （二） hold 十 in 其他, so neither row total can be checked, and each row's 自然人 cell is in one
      // equation only, the 自然人 column: 11 + 1 + … = 117 ≠ 116. （一） 11 → 10 and （二） 1 → 0 each make it hold.
      name: 'several cells could each be the wrong one: they are named, no fix',
      spec: { override: { '3:granted|natural': '11', '3:granted|other': '十', '3:partial|other': '十' } },
      alsoFires: ['cell-invalid'],
      findings: [{ at: '3:total|natural', table: 3, row: 'total', column: 'natural', expected: 117, actual: 116, message: /。以下任一单元格单独改动都能使等式成立，无法判断哪个有误：（一）予以公开 × 自然人、（二）部分公开 × 自然人。$/ }],
    },
    {
      // （七） 117 in 自然人 and 125 in 总计 agree with each other (117 + 2 + 0 + 1 + 0 + 5 = 125), so the row holds;
      // each column (116 ≠ 117, 124 ≠ 125) and its balance (119 ≠ 120, 128 ≠ 129) fail, and changing either
      // （七） cell back would break its row.
      name: 'a （七） cell changed together with its row total: no single repair',
      spec: { override: { '3:total|natural': '117', '3:total|total': '125' } },
      alsoFires: ['balance'],
      findings: [
        { at: '3:total|natural', table: 3, row: 'total', column: 'natural', expected: 116, actual: 117, message: /。没有哪一个单元格单独改动能使表三的等式全部成立，请核对：自然人。$/ },
        { at: '3:total|total', table: 3, row: 'total', column: 'total', expected: 124, actual: 125, message: /请核对：总计。$/ },
      ],
    },
    {
      // （七） × 商业企业 blank: the column adds up to 2 ≠ 0; its row (116 + 0 + 0 + 1 + 0 + 5 = 122 ≠ 124) and
      // balance (2 + 0 ≠ 0 + 0) fail too; 2 in the blank cell makes them hold.
      name: 'a blank （七） cell counts as 0, and is filled in as the only repair',
      // Not Markdown: there the finding on an empty cell stands on the space after it, which a case cannot name.
      layouts: ['word', 'tsv'],
      spec: { override: { '3:total|commercial': '' } },
      alsoFires: ['cell-missing', 'row-total', 'balance'],
      findings: [{ at: '3:total|commercial', table: 3, row: 'total', column: 'commercial', expected: 2, actual: 0, fix: '2', message: /实为 0（其中 1 个空白单元格按 0 计算）。可修复：改为 2。$/ }],
      fixed: { override: {} },
    },
    {
      // The same wrong （七） cell as above: CRLF line ends and a BOM change only the offsets.
      name: 'a wrong （七） cell in a report with CRLF line ends and a BOM',
      spec: { eol: '\r\n', bom: true, override: { '3:total|natural': '117' } },
      alsoFires: ['row-total', 'balance'],
      findings: [{ at: '3:total|natural', table: 3, row: 'total', column: 'natural', expected: 116, actual: 117, fix: '116' }],
      fixed: { override: {} },
    },
    {
      // v2019: （六）其他处理 1 instead of 0 makes 自然人 86 ≠ 85 and the row 1 ≠ 0; the row's 自然人 cell is the repair.
      name: 'v2019: （六）其他处理 is one result row of the sum',
      spec: { version: 'v2019', override: { '3:other|natural': '1' } },
      alsoFires: ['row-total'],
      findings: [{ at: '3:total|natural', table: 3, row: 'total', column: 'natural', expected: 86, actual: 85, fix: '0', fixAt: '3:other|natural', message: /可疑的是 （六）其他处理 × 自然人（现为 1）：改为 0/ }],
      fixed: { override: {} },
    },
  ],
};

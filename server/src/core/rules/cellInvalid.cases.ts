import type { InvalidCase, RuleCases } from '../../../../test/support/ruleCases';

// What a valid number is depends on the column: a count (tables 3 and 4, most of table 2) is a non-negative
// integer; v2019 table 2's 本年增/减 is signed; an amount (收费金额, 采购总金额) is a non-negative decimal.
// A cell that is no number is left out of every sum it is in, so cell-invalid is the only finding.
export const cases: RuleCases = {
  rule: 'cell-invalid',
  valid: [
    { name: 'a consistent v2021 report (收费金额 12.5)', spec: { version: 'v2021' }, docx: true },
    // The builder's v2019 行政许可 × 本年增/减 is already -2.
    { name: 'v2019: a signed change and an amount with its unit', spec: { version: 'v2019', override: { '2:licensing|1': '+3', '2:procurement|1': '56.8万元' } } },
    { name: 'v2019: a change with a full-width minus', spec: { version: 'v2019', override: { '2:other_services|1': '－1' } } },
    { name: 'a count with a unit, a count written with a zero decimal', spec: { override: { '4:review|total': '4件', '3:granted|commercial': '2.0' } } },
    // To the fen: six decimals of 万元 (below the 万元-in-yuan warning's 100,000).
    { name: 'an amount to the fen', spec: { override: { '2:fees|0': '12345.123456' } }, docx: true },
  ],
  invalid: [
    ...([['十', 'a Chinese numeral'], ['-3', 'a negative count'], ['1.5', 'a decimal count']] as const).map(([text, what]): InvalidCase => ({
      name: `${what} in table 3`,
      spec: { override: { '3:granted|natural': text } },
      findings: [{ at: '3:granted|natural', table: 3, row: 'granted', column: 'natural', message: new RegExp(`^表三“（一）予以公开 × 自然人”的“${text.replace('.', '\\.')}”不是非负整数；涉及它的合计无法校验$`) }],
    })),
    {
      name: 'text in table 3, in the official template',
      spec: { override: { '3:unable.1|natural': '二十' } },
      docx: true,
      findings: [{ at: '3:unable.1|natural', table: 3, row: 'unable.1', column: 'natural', message: /的“二十”不是非负整数/ }],
    },
    {
      // The 2 of 二 × 自然人 read as Z, as OCR misreads it: 二's row and the 自然人 balance are not claimed to fail.
      name: 'a misread digit',
      spec: { override: { '3:carried_in|natural': 'Z' } },
      findings: [{ at: '3:carried_in|natural', table: 3, row: 'carried_in', column: 'natural', message: /^表三“二、上年结转政府信息公开申请数量 × 自然人”的“Z”不是非负整数；/ }],
    },
    {
      name: 'a decimal count in table 2 (v2019 处理决定数量)',
      spec: { version: 'v2019', override: { '2:licensing|2': '1.5' } },
      findings: [{ at: '2:licensing|2', table: 2, row: 'licensing', column: 'decisions', message: /^表二“行政许可 × 处理决定数量”的“1\.5”不是非负整数；/ }],
    },
    {
      name: 'a decimal change in table 2 (v2019 本年增/减 is signed, but an integer)',
      spec: { version: 'v2019', override: { '2:licensing|1': '1.5' } },
      findings: [{ at: '2:licensing|1', table: 2, row: 'licensing', column: 'change', message: /^表二“行政许可 × 本年增\/减”的“1\.5”不是整数；涉及它的合计无法校验$/ }],
    },
    {
      name: 'an amount in words (v2019 采购总金额)',
      spec: { version: 'v2019', override: { '2:procurement|1': '五十万元' } },
      findings: [{ at: '2:procurement|1', table: 2, row: 'procurement', column: 'purchase_amount', message: /^表二“政府集中采购 × 采购总金额”的“五十万元”不是非负数；/ }],
    },
    {
      name: 'a negative amount (v2021 收费金额)',
      spec: { override: { '2:fees|0': '-1' } },
      docx: true,
      findings: [{ at: '2:fees|0', table: 2, row: 'fees', column: 'fee_amount', message: /^表二“行政事业性收费 × 本年收费金额（单位：万元）”的“-1”不是非负数；/ }],
    },
    // Figures of more digits than a count has (no report counts 10^14 of anything) are not numbers the checker can
    // add exactly: read as doubles they would be summed, fixed and printed wrongly (1e+21, 12345678901234567000).
    {
      // Read as a number, 10^21 + 1 + 0 + 1 ≠ 4 and the total was "fixed" to 1e+21, which the next check found unreadable.
      name: 'a litigation cell of 22 digits: unreadable, nothing summed or fixed',
      spec: { override: { '4:review|upheld': '1000000000000000000000' } },
      docx: true,
      findings: [{ at: '4:review|upheld', table: 4, row: 'review', column: 'upheld', message: /^表四“行政复议 × 结果维持”的“1000000000000000000000”大得不合常理（超过 14 位）；涉及它的合计无法校验$/ }],
    },
    {
      // 12345678901234567891 + 1 + 0 + 1 is not 12345678901234567891, but as doubles the two sides are equal.
      name: 'a group of 20-digit figures that doubles would call equal',
      spec: { override: { '4:review|upheld': '12345678901234567891', '4:review|total': '12345678901234567891' } },
      findings: [
        { at: '4:review|upheld', table: 4, row: 'review', column: 'upheld', message: /“12345678901234567891”大得不合常理/ },
        { at: '4:review|total', table: 4, row: 'review', column: 'total', message: /“12345678901234567891”大得不合常理/ },
      ],
    },
    {
      name: 'a count of 15 digits in table 3',
      spec: { override: { '3:granted|natural': '100000000000000' } },
      findings: [{ at: '3:granted|natural', table: 3, row: 'granted', column: 'natural', message: /^表三“（一）予以公开 × 自然人”的“100000000000000”大得不合常理（超过 14 位）；/ }],
    },
    ...([['0.0000001', 'below the fen'], ['12345678901.123456', 'of 17 significant digits']] as const).map(([text, what]): InvalidCase => ({
      name: `an amount ${what}`,
      spec: { override: { '2:fees|0': text } },
      findings: [{ at: '2:fees|0', table: 2, row: 'fees', column: 'fee_amount', message: new RegExp(`^表二“行政事业性收费 × 本年收费金额（单位：万元）”的“${text.replace('.', '\\.')}”位数多得不合常理（整数超过 14 位、小数超过 6 位或有效数字超过 15 位）；`) }],
    })),
    {
      name: 'text in table 4',
      spec: { override: { '4:suit_direct|upheld': '十' } },
      docx: true,
      findings: [{ at: '4:suit_direct|upheld', table: 4, row: 'suit_direct', column: 'upheld', message: /^表四“行政诉讼·未经复议直接起诉 × 结果维持”的“十”不是非负整数；/ }],
    },
  ],
};

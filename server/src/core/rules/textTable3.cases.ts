import type { RuleCases } from '../../../../test/support/ruleCases';
import { TABLE3_COLUMNS, table3RowsFor } from '../template/table3';
import { buildReportText } from '../../../../test/support/reportBuilder';

// The text's counts of applications against table 3's 总计 column (or its 自然人 / 法人或其他组织 columns where the text
// breaks them down). The builder's v2021 table 3: 一 126 (自然人 117; 法人或其他组织 2 + 0 + 1 + 0 + 6 = 9), 二 2,
// （七） 124, 四 4; its v2019 one: 一 95, 自然人 86, （七） 93. The claims stand in section 三, before the table,
// where the only numbers before them are the period's and table 2's (2022 1 12 31; v2021 0 3 1 25 120 45 2 12.5,
// v2019 also 80 −2 10 30 40 5 6 4 56.8): no wrong figure below (7 8 9 16 96 110 118 130) is written there, so that
// `find` lands on it.
// A difference is a suggestion: offered on the finding, never applied by fix-all (which leaves the report as it is).
const three = (text: string) => ({ sections: { 3: text } });

/** The builder's report (tsv) with the sentence in section 三 and no table 3: the text is all there is to check. */
const withoutTable3 = (sentence: string) =>
  buildReportText({ layout: 'tsv', ...three(sentence) }).text.replace(/^（本列数据[^\n]*\n[\s\S]*?\n\n/m, '');
const NEW = '一、本年新收政府信息公开申请数量';

/** Every cell of the builder's v2021 table 3 zero: a report with no application at all. */
const NO_APPLICATIONS = Object.fromEntries(table3RowsFor('v2021').flatMap((r) => TABLE3_COLUMNS.map((c) => [`3:${r.key}|${c.key}`, '0'])));

export const cases: RuleCases = {
  rule: 'text-table3',
  valid: [
    { name: 'the builder\'s report: no counts in the text', spec: {}, docx: true },
    { name: 'every figure as the table has it', spec: three('本年度共收到政府信息公开申请 126 件，上年结转 2 件，办结 124 件，结转下年度继续办理 4 件。') },
    { name: 'the applicants as the table has them', spec: three('本年度共收到政府信息公开申请 126 件，其中自然人 117 件、法人或其他组织 9 件。') },
    // Two sentences: after 其中, 办结 93 件 in the same sentence would be read as a part of 95 (parts-exceed-whole).
    { name: 'a v2019 report\'s figures', spec: { version: 'v2019', ...three('本年度共收到政府信息公开申请 95 件，其中自然人 86 件。本年度办结政府信息公开申请 93 件。') } },
    { name: 'full-width digits', spec: three('本年度新收政府信息公开申请１２６件。') },
    // Not "no applications": none above a limit.
    { name: '未收到超出一定数量…的申请 is not 未收到申请', spec: three('本年度未收到超出一定数量或者频次范围的政府信息公开申请。') },
    // An application for review is table 4's (whose 4 it is), not table 3's 126.
    { name: '收到行政复议申请 4 件 is not table 3', spec: three('本年度收到行政复议申请 4 件。') },
    // 办理 4 件 is part of 转结下年度办理: 四 (4), not also （七） (124).
    { name: '转结下年度办理 4 件 is 四, not （七）', spec: three('本年度上年结转政府信息公开申请 2 件，转结下年度办理 4 件。') },
    { name: 'applications of another kind (政务服务)', spec: three('全年受理政务服务申请 3,000 件。') },
    { name: 'no applications said, none in the table', spec: { override: NO_APPLICATIONS, ...three('本年度未收到政府信息公开申请。') } },
    // The table's 一 is no number: there is nothing to hold 130 to (cell-invalid says why).
    { name: 'the table\'s figure not a number', spec: { override: { '3:new|total': '一百二十六' }, ...three('本年度共收到政府信息公开申请 130 件。') }, alsoFires: ['cell-invalid'] },
    // A figure of more digits than a count has is no claim: as a double it was compared, and printed as 12345678901234567000.
    { name: 'a figure of 20 digits in the text is not held to the table', spec: three('本年度共收到政府信息公开申请 12345678901234567891 件。') },
    // 淮安 2024's sentence, read as a whole where there is no table to hold it to: 3119 + 34 = 3153 = 3050 + 103.
    {
      name: 'the four figures of one sentence that balance, with no table 3',
      text: withoutTable3('全市共受理政府信息公开申请 3119 件，答复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度答复），均在法定期限内予以答复。'),
      alsoFires: ['table-missing'],
    },
    // 延期答复 4 件 after 其中 is a part of the 124 answered, not （七） itself.
    { name: '其中延期答复 4 件 is a part of the 124 answered', spec: three('本年度共办结政府信息公开申请 124 件，其中延期答复 4 件。') },
  ],
  invalid: [
    {
      // 3119 + 34 = 3153, but 3050 + 100 = 3150: the sentence breaks 一 + 二 = （七） + 四 by itself. From the first of
      // its four figures to the last; nothing to change (which figure is wrong cannot be told).
      name: 'the four figures of one sentence that do not balance, with no table 3',
      text: withoutTable3('全市共受理政府信息公开申请 3119 件，答复 3050 件（含上年度结转申请 34 件，另有 100 件顺延到下年度答复）。'),
      alsoFires: ['table-missing'],
      findings: [{
        at: { find: '3119 件，答复 3050 件（含上年度结转申请 34 件，另有 100' }, table: 3,
        message: /^这句话的四个数字不满足表三的勾稽关系“一 \+ 二 = （七） \+ 四”：3119 \+ 34 = 3153，3050 \+ 100 = 3150$/,
      }],
    },
    {
      name: 'applications received (一) differ',
      spec: three('本年度共收到政府信息公开申请 130 件。'),
      findings: [{ at: { find: '130' }, table: 3, row: 'new', column: 'total', expected: 126, actual: 130, fix: '126', message: new RegExp(`^正文写的是 130 件（“收到政府信息公开申请”），表三“${NEW} × 总计”为 126$`) }],
    },
    {
      name: 'carried in (二), answered (（七）) and carried over (四) differ, in one sentence',
      spec: three('本年度共收到政府信息公开申请 126 件，上年结转 7 件，办结 118 件，结转下年度继续办理 9 件。'),
      findings: [
        { at: { find: '7' }, table: 3, row: 'carried_in', column: 'total', expected: 2, actual: 7, fix: '2', message: /^正文写的是 7 件（“上年结转”），表三“二、上年结转政府信息公开申请数量 × 总计”为 2$/ },
        { at: { find: '118' }, table: 3, row: 'total', column: 'total', expected: 124, actual: 118, fix: '124', message: /^正文写的是 118 件（“办结”），表三“（七）总计 × 总计”为 124$/ },
        { at: { find: '9' }, table: 3, row: 'carried_out', column: 'total', expected: 4, actual: 9, fix: '4', message: /^正文写的是 9 件（“结转下年度继续办理”），表三“四、结转下年度继续办理 × 总计”为 4$/ },
      ],
    },
    {
      name: 'carried over, the number before the words (8 件结转下年度)',
      spec: three('本年度共受理政府信息公开申请 126 件，8 件结转下年度继续办理。'),
      findings: [{ at: { find: '8' }, table: 3, row: 'carried_out', column: 'total', expected: 4, actual: 8, fix: '4', message: /^正文写的是 8 件（“结转下年度”）/ }],
    },
    {
      name: 'the natural persons differ (其中自然人)',
      spec: three('本年度共收到政府信息公开申请 126 件，其中自然人 110 件。'),
      findings: [{ at: { find: '110' }, table: 3, row: 'new', column: 'natural', expected: 117, actual: 110, fix: '117', message: new RegExp(`^正文写的是 110 件（.*其中自然人”），表三“${NEW} × 自然人”为 117$`) }],
    },
    {
      // 法人或其他组织 is the five organisations' columns: 2 + 0 + 1 + 0 + 6 = 9; no one row and column.
      name: 'the organisations differ (其中法人或其他组织): five cells',
      spec: three('本年度共收到政府信息公开申请 126 件，其中法人或其他组织 16 件。'),
      findings: [{ at: { find: '16' }, table: 3, expected: 9, actual: 16, fix: '9', message: new RegExp(`^正文写的是 16 件（.*其中法人或其他组织”），表三“${NEW} × 商业企业 \\+ ${NEW} × 科研机构 \\+ .* × 其他”为 9$`) }],
    },
    {
      name: 'no applications said, 126 in the table: no number to change, no fix',
      spec: three('本年度未收到政府信息公开申请。'),
      findings: [{ at: { find: '未收到政府信息公开申请' }, table: 3, row: 'new', column: 'total', expected: 126, actual: 0, message: new RegExp(`^正文说“未收到政府信息公开申请”，表三“${NEW} × 总计”却为 126$`) }],
    },
    { name: '没有收到任何申请', spec: three('本年度没有收到任何申请。'), findings: [{ at: { find: '没有收到任何申请' }, table: 3, row: 'new', column: 'total', expected: 126, actual: 0 }] },
    {
      name: 'full-width digits differ: the fix writes ASCII digits',
      spec: three('本年度新收政府信息公开申请１３０件。'),
      findings: [{ at: { find: '１３０' }, table: 3, row: 'new', column: 'total', expected: 126, actual: 130, fix: '126', message: /^正文写的是 130 件（“新收政府信息公开申请”）/ }],
    },
    {
      // The first line (19 characters, no closing mark) was broken at the page's width: the claim's words stand
      // over the break, its number in one run: the fix is offered.
      name: 'a line break inside the words: fixed at the number',
      spec: three('本年度本机关共收到各类政府信息公开\n申请130件。'),
      findings: [{ at: { find: '130' }, table: 3, row: 'new', column: 'total', expected: 126, actual: 130, fix: '126', message: /（“收到各类政府信息公开申请”）/ }],
    },
    {
      // 1 | 30: the number is not one run of the document, so no edit may replace it.
      name: 'a line break inside the number: reported over it, no fix',
      spec: three('本年度本机关共收到各类政府信息公开申请1\n30件。'),
      findings: [{ at: { find: '1\n30' }, table: 3, row: 'new', column: 'total', expected: 126, actual: 130 }],
    },
    {
      name: 'a line break inside the number, with CRLF line ends: no fix',
      spec: { eol: '\r\n', ...three('本年度本机关共收到各类政府信息公开申请1\n30件。') },
      findings: [{ at: { find: '1\r\n30' }, table: 3, row: 'new', column: 'total', expected: 126, actual: 130 }],
    },
    {
      // The v2019 table 3 of a 2020 report: 一 95.
      name: 'a v2019 report: 一 differs',
      spec: { version: 'v2019', ...three('本年度共收到政府信息公开申请 96 件。') },
      findings: [{ at: { find: '96' }, table: 3, row: 'new', column: 'total', expected: 95, actual: 96, fix: '95' }],
    },
  ],
};

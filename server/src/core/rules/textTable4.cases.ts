import type { RuleCases } from '../../../../test/support/ruleCases';

// The text's reviews (行政复议) and lawsuits (行政诉讼: both litigation groups, or the one it names) against table 4,
// in all or by result, and "none" (未发生行政复议, 无败诉). The builder's table 4: 行政复议 2 + 1 + 0 + 1 = 4;
// 未经复议直接起诉 1 + 0 + 0 + 1 = 2; 复议后起诉 all 0; so 行政诉讼 2, 结果纠正 in all 1 + 0 + 0 = 1.
// The claims stand in section 四, after table 3, whose cells and labels hold every digit but 9: a wrong figure is
// 9 or 14 (neither written in the report before it) or in full-width digits, so that `find` lands on it.
// A difference is a suggestion: offered on the finding, never applied by fix-all (which leaves the report as it is).
const four = (text: string) => ({ sections: { 4: text } });
const LITIGATION_TOTALS = '行政诉讼·未经复议直接起诉 × 总计 \\+ 行政诉讼·复议后起诉 × 总计';

/** Every cell of table 4 zero: no review, no lawsuit. */
const NO_CASES = Object.fromEntries(['review', 'suit_direct', 'suit_after_review'].flatMap((g) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => [`4:${g}|${c}`, '0'])));

export const cases: RuleCases = {
  rule: 'text-table4',
  valid: [
    { name: 'the builder\'s report: no counts in the text', spec: {}, docx: true },
    {
      name: 'every figure and result as the table has them',
      spec: four('本年度发生行政复议 4 件，其中结果维持 2 件、结果纠正 1 件、尚未审结 1 件；行政诉讼 2 件，其中结果维持 1 件、尚未审结 1 件。'),
    },
    // 未发生行政诉讼败诉 says the lawsuits' 结果纠正 are 0 (they are): nothing of the review group's 1, nor that
    // there were no lawsuits (there were 2).
    { name: '未发生行政诉讼败诉 is not "no lawsuits", nor of the reviews', spec: four('本年度发生行政诉讼 2 件，未发生行政诉讼败诉。') },
    { name: '无败诉 after reviews and lawsuits: of the lawsuits', spec: four('本年度因政府信息公开被申请行政复议 4 件，被提起行政诉讼 2 件，无败诉。') },
    { name: 'each litigation group on its own', spec: four('本年度未经复议直接起诉 2 件，复议后起诉 0 件。') },
    { name: 'counted in 起 and 宗', spec: four('本年度发生行政复议 4 起，行政诉讼 2 宗。') },
    { name: 'full-width digits', spec: four('本年度发生行政复议４件。') },
    { name: 'none said, none in the table', spec: { override: NO_CASES, ...four('本年度未发生行政复议和行政诉讼。') } },
    // 均未被纠错 right after 行政诉讼 2 件 is of those lawsuits (结果纠正 0 + 0), not of the review group's 1.
    { name: '均未被纠错 after the lawsuits is of the lawsuits', spec: four('本年度发生行政诉讼 2 件，均未被纠错。') },
    // A review body (a 司法局) publishing the review decisions it made is not table 4's reviews of its own disclosure.
    { name: 'review decisions published by the review body (行政复议决定书)', spec: { sections: { 2: '本年度在门户网站主动公开行政复议决定书 120 件。' } } },
  ],
  invalid: [
    {
      name: 'the reviews differ',
      spec: four('本年度发生行政复议 14 件。'),
      findings: [{ at: { find: '14' }, table: 4, row: 'review', column: 'total', expected: 4, actual: 14, fix: '4', message: /^正文写的是 14 件（“行政复议”），表四“行政复议 × 总计”为 4$/ }],
    },
    {
      // 行政诉讼 is both litigation groups: 2 + 0 = 2; two cells, so no one row and column.
      name: 'the lawsuits differ: both litigation groups',
      spec: four('本年度发生行政诉讼 9 件。'),
      findings: [{ at: { find: '9' }, table: 4, expected: 2, actual: 9, fix: '2', message: /^正文写的是 9 件（“行政诉讼”），表四“行政诉讼·未经复议直接起诉 × 总计 \+ 行政诉讼·复议后起诉 × 总计”为 2$/ }],
    },
    {
      name: 'one litigation group differs: 未经复议直接起诉',
      spec: four('本年度未经复议直接起诉 9 件。'),
      findings: [{ at: { find: '9' }, table: 4, row: 'suit_direct', column: 'total', expected: 2, actual: 9, fix: '2', message: /（“未经复议直接起诉”），表四“行政诉讼·未经复议直接起诉 × 总计”为 2$/ }],
    },
    {
      // 行政复议４ right, 结果维持３ ≠ 2, 纠正１ and 审结１ right; full-width digits, none elsewhere in the report.
      name: 'a review result differs',
      spec: four('本年度发生行政复议４件，其中结果维持３件、结果纠正１件、尚未审结１件。'),
      findings: [{ at: { find: '３' }, table: 4, row: 'review', column: 'upheld', expected: 2, actual: 3, fix: '2', message: /^正文写的是 3 件（“行政复议结果维持”），表四“行政复议 × 结果维持”为 2$/ }],
    },
    {
      // The lawsuits' 结果纠正: 0 + 0 = 0 ≠ 1 (the first １); 尚未审结 1 + 0 = 1 right.
      name: 'a lawsuit result differs: both groups\' cells',
      spec: four('本年度发生行政诉讼２件，其中结果纠正１件、尚未审结１件。'),
      findings: [{ at: { find: '１' }, table: 4, expected: 0, actual: 1, fix: '0', message: /（“行政诉讼结果纠正”），表四“行政诉讼·未经复议直接起诉 × 结果纠正 \+ 行政诉讼·复议后起诉 × 结果纠正”为 0$/ }],
    },
    {
      // A result in the words of the total: 行政复议结果纠正 is 结果纠正 (1), not 行政复议 × 总计.
      name: '行政复议结果纠正 differs: a result, not the total',
      spec: four('本年度行政复议结果纠正 9 件。'),
      findings: [{ at: { find: '9' }, table: 4, row: 'review', column: 'corrected', expected: 1, actual: 9, fix: '1' }],
    },
    {
      // Two claims, each held to its own cells: no review (the table has 4), no lawsuit (2 + 0 = 2). "None" has no
      // number to change: no fix.
      name: 'no reviews or lawsuits said, 4 and 2 in the table',
      spec: four('本年度未发生行政复议和行政诉讼。'),
      findings: [
        { at: { find: '未发生行政复议和行政诉讼' }, table: 4, row: 'review', column: 'total', expected: 4, actual: 0, message: /^正文说“未发生行政复议和行政诉讼”，表四“行政复议 × 总计”却为 4$/ },
        { at: { find: '未发生行政复议和行政诉讼' }, table: 4, expected: 2, actual: 0, message: new RegExp(`^正文说“未发生行政复议和行政诉讼”，表四“${LITIGATION_TOTALS}”却为 2$`) },
      ],
    },
    {
      name: 'the template\'s words: 未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况',
      spec: four('本年度未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。'),
      findings: [
        { at: { find: '未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况' }, table: 4, row: 'review', column: 'total', expected: 4, actual: 0, message: /却为 4$/ },
        { at: { find: '未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况' }, table: 4, expected: 2, actual: 0, message: /却为 2$/ },
      ],
    },
    {
      name: 'no reviews said, 4 in the table',
      spec: four('本年度未发生行政复议。'),
      findings: [{ at: { find: '未发生行政复议' }, table: 4, row: 'review', column: 'total', expected: 4, actual: 0, message: /^正文说“未发生行政复议”，表四“行政复议 × 总计”却为 4$/ }],
    },
    {
      // No case word: 纠错 of any group, 1 + 0 + 0 = 1.
      name: '无被纠错 with no case word: every group\'s 结果纠正',
      spec: four('本年度无被纠错情况。'),
      findings: [{ at: { find: '无被纠错' }, table: 4, expected: 1, actual: 0, message: /^正文说“无被纠错”，表四“行政复议 × 结果纠正 \+ 行政诉讼·未经复议直接起诉 × 结果纠正 \+ 行政诉讼·复议后起诉 × 结果纠正”却为 1$/ }],
    },
  ],
};

import { FIRST_ROW, inEachLayout, type BuiltLayout, type InvalidCase, type RuleCases } from '../../../../test/support/ruleCases';
import { buildReportText, type ReportSpec } from '../../../../test/support/reportBuilder';
import { sourceFromText } from '../../../../test/support/sourceFromText';

// Tables 2, 3 and 4 belong in sections 二, 三 and 四. A section without its table is flagged at its heading; a table
// in another section at the table (its first row). Without the section, section-missing says it already.
// Its errors are warnings in reports for 2019 and earlier.

const HEADINGS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况'];

/** The report with section `n`'s table replaced by a sentence, as a report that has nothing to put in it writes. */
function withoutTable(layout: BuiltLayout, n: 2 | 3 | 4, spec: Omit<ReportSpec, 'layout'> = {}): string {
  const { text } = buildReportText({ ...spec, layout });
  const heading = HEADINGS[n - 1];
  return text.slice(0, text.indexOf(heading)) + `${heading}\n本年度未发生相关情况。\n` + text.slice(text.indexOf(HEADINGS[n]));
}

/** The report with table 2 moved before section 一, among the lines that open the report. */
function table2First(layout: BuiltLayout): string {
  const { text } = buildReportText({ layout });
  const [one, two, three] = [text.indexOf(HEADINGS[0]), text.indexOf(HEADINGS[1]) + HEADINGS[1].length + 1, text.indexOf(HEADINGS[2])];
  return text.slice(0, one) + text.slice(two, three) + text.slice(one, two) + text.slice(three);
}

/** The Word report as a document whose table 4 is a picture, as a reader lists one. */
function table4Pictured() {
  const doc = sourceFromText(buildReportText({ layout: 'word' }).text);
  const t4 = doc.blocks.findIndex((b) => b.kind === 'table' && b.rows.some((r) => r.cells.some((c) => c.text === '行政复议')));
  doc.blocks[t4] = { kind: 'table', rows: [], unreadable: 'image' };
  return doc;
}

/** Section 四 with a sentence, table 4 after 五's heading: the table stands in section 五. */
const TABLE4_IN_5 = { 4: `${HEADINGS[3]}\n本年度未发生行政复议和行政诉讼。\n${HEADINGS[4]}`, 5: null };

export const cases: RuleCases = {
  rule: 'table-missing',
  valid: [
    { name: 'each table in its section (v2021)', spec: {}, docx: true },
    { name: 'each table in its section (v2019, with table 2\'s 第（九）项)', spec: { version: 'v2019' } },
    { name: 'section 二 missing: table 2, then in section 一, is not reported', spec: { headings: { 2: null } }, alsoFires: ['section-missing'] },
    { name: 'section 四 under a variant title still holds table 4', spec: { headings: { 4: '四、被申请行政复议、提起行政诉讼情况' } }, alsoFires: ['section-title'] },
    { name: 'table 4 a picture: it is there, unreadable, not missing', document: table4Pictured, alsoFires: ['table-unreadable'] },
  ],
  invalid: [
    ...inEachLayout((layout): InvalidCase => ({
      name: 'section 四 with a sentence and no table 4, 2022: an error at the heading',
      text: withoutTable(layout, 4),
      findings: [{ at: { find: HEADINGS[3] }, table: 4, message: /^第四部分缺少表四（未找到可识别的统计表）$/ }],
    })),
    {
      name: 'no table 4, 2019 (v2019 tables): a warning',
      text: withoutTable('word', 4, { version: 'v2019', year: 2019 }),
      findings: [{ at: { find: HEADINGS[3] }, table: 4, severity: 'warning' }],
    },
    {
      name: 'no table 4, 2020 (v2019 tables): an error, the first year the template binds',
      text: withoutTable('tsv', 4, { version: 'v2019', year: 2020 }),
      findings: [{ at: { find: HEADINGS[3] }, table: 4 }],
    },
    { name: 'no table 3', text: withoutTable('markdown', 3), findings: [{ at: { find: HEADINGS[2] }, table: 3, message: /^第三部分缺少表三/ }] },
    { name: 'no table 2', text: withoutTable('word', 2), findings: [{ at: { find: HEADINGS[1] }, table: 2, message: /^第二部分缺少表二/ }] },
    ...inEachLayout((layout): InvalidCase => ({
      name: 'table 4 in section 五: at the table',
      spec: { headings: TABLE4_IN_5 },
      // Its text says 未发生行政复议和行政诉讼 against the table's 4 reviews and 2 lawsuits: text-table4's, rightly.
      alsoFires: ['text-table4'],
      findings: [{ at: { find: FIRST_ROW[4][layout] }, table: 4, message: /^表四应在第四部分，却出现在第五部分$/ }],
    })),
    {
      name: 'table 4 in section 五, 2019 (v2019 tables): a warning',
      layouts: ['tsv'],
      spec: { version: 'v2019', year: 2019, headings: TABLE4_IN_5 },
      alsoFires: ['text-table4'],
      findings: [{ at: { find: FIRST_ROW[4].tsv }, table: 4, severity: 'warning' }],
    },
    // One finding: table 2 is there, in the wrong place; section 二 is not reported as without it.
    ...inEachLayout((layout): InvalidCase => ({
      name: 'table 2 before section 一: in no section',
      text: table2First(layout),
      findings: [{ at: { find: FIRST_ROW[2][layout] }, table: 2, message: /^表二应在第二部分，却出现在其他位置$/ }],
    })),
  ],
};

import { FIRST_ROW, inEachLayout, type BuiltLayout, type InvalidCase, type RuleCases } from '../../../../test/support/ruleCases';
import { buildReportText } from '../../../../test/support/reportBuilder';

// The version of tables 2 and 3, read from the tables themselves, against the report's year (2019 and 2020: v2019;
// 2021 on: v2021), and against each other; a table with rows or columns of both is mixed. Table 4 is the same in
// both. Each finding stands at its table (its first row).

const H3 = '三、收到和处理政府信息公开申请情况';
const V2019 = '2019 版（国办公开办函〔2019〕60号）';
const V2021 = '2021 版（国办公开办函〔2021〕30号）';

/** A 2020 report with v2019's table 2 and v2021's table 3: the v2019 report up to section 三, the v2021 one from there. */
function table3Of2021(layout: BuiltLayout): string {
  const v19 = buildReportText({ layout, version: 'v2019', year: 2020 }).text;
  const v21 = buildReportText({ layout, version: 'v2021', year: 2020 }).text;
  return v19.slice(0, v19.indexOf(H3)) + v21.slice(v21.indexOf(H3));
}

/** A 2022 report whose v2021 table 2 ends with v2019's sub-table 第二十条第（九）项 (政府集中采购). */
function table2WithItem9(layout: BuiltLayout): string {
  const v21 = buildReportText({ layout }).text;
  const v19 = buildReportText({ layout, version: 'v2019', year: 2022 }).text;
  // The sub-table from its caption row (the tab or the '| ' before the caption cell) to the end of table 2.
  const item9 = v19.slice(v19.indexOf('第二十条第（九）项') - { word: 1, tsv: 0, markdown: 2 }[layout], v19.indexOf(H3));
  // tsv and Markdown end a table with a blank line, which the sub-table brings: v2021's goes.
  const end = v21.indexOf(H3) - (layout === 'word' ? 0 : 1);
  return v21.slice(0, end) + item9 + v21.slice(v21.indexOf(H3));
}

export const cases: RuleCases = {
  rule: 'template-version',
  valid: [
    { name: 'a 2022 report on v2021 tables', spec: { version: 'v2021', year: 2022 }, docx: true },
    { name: 'a 2021 report on v2021 tables: the first year of v2021', spec: { version: 'v2021', year: 2021 } },
    { name: 'a 2020 report on v2019 tables', spec: { version: 'v2019', year: 2020 } },
    { name: 'a 2019 report on v2019 tables', spec: { version: 'v2019', year: 2019 } },
  ],
  invalid: [
    ...inEachLayout((layout): InvalidCase => ({
      name: 'a 2022 report on v2019 tables: tables 2 and 3',
      spec: { version: 'v2019', year: 2022 },
      findings: [
        { at: { find: FIRST_ROW[2][layout] }, table: 2, message: new RegExp(`^2022 年度报告应使用${V2021}，表二却使用${V2019}$`) },
        { at: { find: FIRST_ROW[3][layout] }, table: 3, message: new RegExp(`^2022 年度报告应使用${V2021}，表三却使用${V2019}$`) },
      ],
    })),
    {
      name: 'a 2021 report on v2019 tables',
      layouts: ['tsv'],
      spec: { version: 'v2019', year: 2021 },
      findings: [{ at: { find: FIRST_ROW[2].tsv }, table: 2 }, { at: { find: FIRST_ROW[3].tsv }, table: 3 }],
    },
    {
      name: 'a 2020 report on v2021 tables: 2020 still expects v2019',
      layouts: ['markdown'],
      spec: { version: 'v2021', year: 2020 },
      findings: [
        { at: { find: FIRST_ROW[2].markdown }, table: 2, message: new RegExp(`^2020 年度报告应使用${V2019}，表二却使用${V2021}$`) },
        { at: { find: FIRST_ROW[3].markdown }, table: 3 },
      ],
    },
    // Table 3 is of the wrong version for 2020, and differs from table 2: both said, at table 3.
    ...inEachLayout((layout): InvalidCase => ({
      name: 'table 2 of v2019 and table 3 of v2021 in a 2020 report',
      text: table3Of2021(layout),
      findings: [
        { at: { find: FIRST_ROW[3][layout] }, table: 3, message: new RegExp(`^2020 年度报告应使用${V2019}，表三却使用${V2021}$`) },
        { at: { find: FIRST_ROW[3][layout] }, table: 3, message: new RegExp(`^表二使用${V2019}，表三却使用${V2021}$`) },
      ],
    })),
    ...inEachLayout((layout): InvalidCase => ({
      name: 'table 2 with a sub-table of each version: mixed',
      text: table2WithItem9(layout),
      findings: [{ at: { find: FIRST_ROW[2][layout] }, table: 2, message: /^表二混用了 2019 版和 2021 版模板的行或列$/ }],
    })),
  ],
};

import { inEachLayout, type BuiltLayout, type InvalidCase, type RuleCases } from '../../../../test/support/ruleCases';
import { buildReportText } from '../../../../test/support/reportBuilder';

// The year in the title (the builder's: 2022) against the statistical period, the report naming itself, and the
// sentences about the year reported on (本年度, 全年 …) — not a comparison (较2021年), a span (自2019年以来), a month
// (2021年12月), a plan (将, 下一步) or anything in 五, which looks ahead. Each finding stands on the four digits.
const TITLE = '示例县人民政府办公室2022年政府信息公开工作年度报告';
const PERIOD = '统计期限自2022年1月1日起至2022年12月31日止';

/** The builder's 2022 report with one passage of its text replaced. */
const replaced = (layout: BuiltLayout, from: string, to: string, spec = {}) => buildReportText({ ...spec, layout }).text.replace(from, to);

export const cases: RuleCases = {
  rule: 'report-year',
  valid: [
    { name: 'the builder\'s report: title, period and 一 all 2022', spec: {}, docx: true },
    { name: 'a comparison: 较2021年增长', spec: { sections: { 1: '本年度主动公开政府信息 120 条，较2021年增长 20%。' } } },
    { name: 'a comparison: 与2021年相比', spec: { sections: { 1: '本年度主动公开政府信息 120 条，与2021年相比有所增加。' } } },
    { name: 'a span: 自2019年以来', spec: { sections: { 1: '自2019年以来，本年度持续推进公开工作。' } } },
    { name: 'a month of another year: 2021年12月', spec: { sections: { 1: '本年度继续执行2021年12月印发的公开制度。' } } },
    { name: 'a plan for next year outside 五 (将)', spec: { sections: { 1: '2023年，本机关将巩固本年度成果，进一步深化政务公开。' } } },
    {
      // A 2021 report: 五 looks ahead to 2022, and 五 holds two sentences before it so that it is not thin.
      name: 'next year\'s plan in 五: 2022年，我办将… in a 2021 report',
      spec: { year: 2021, sections: { 5: '一是公开内容还不够全面；二是解读形式较为单一。2022年，我办将对照本年度存在的问题逐项整改。' } },
    },
    { name: 'this year\'s work plan cited', spec: { sections: { 1: '按照《2022年政务公开工作要点》要求，做好本年度政务公开工作。' } } },
    // The year is then the period's: there is no title's year to hold the text to.
    ...inEachLayout((layout) => ({
      name: 'no year in the title: 2021 in a sentence about this year is not held to the period',
      text: replaced(layout, TITLE, '示例县人民政府办公室政府信息公开工作年度报告', { sections: { 1: '2021年全年共主动公开政府信息 120 条。' } }),
    })),
    // (2021—2025年) is a plan's span in a document's title, not the year reported on.
    { name: 'a plan\'s span in a document\'s title: （2021—2025年）', spec: { sections: { 1: '全年围绕《法治政府建设实施纲要（2021—2025年）》开展工作。' } } },
    // Last year's report, whose problems 五 is asked to follow up, is not this report naming itself.
    {
      name: 'last year\'s report named in 五: 针对2021年度政府信息公开工作年度报告中存在的问题',
      spec: { sections: { 5: '一是针对2021年度政府信息公开工作年度报告中存在的问题，本年度逐项进行了整改；二是解读形式较为单一，将进一步改进。' } },
    },
    // 在2021年工作的基础上 is last year as the ground this year stood on, like 较2021年.
    { name: 'last year as the ground: 在2021年工作的基础上', spec: { sections: { 1: '本年度，本机关在2021年工作的基础上持续推进政务公开。' } } },
  ],
  invalid: [
    // The period's two years are both 2021: two findings, on each (no 2021 stands before the period line).
    ...inEachLayout((layout): InvalidCase => ({
      name: 'the statistical period of the year before',
      text: replaced(layout, PERIOD, '统计期限自2021年1月1日起至2021年12月31日止'),
      findings: [
        { at: { find: '2021', occurrence: 0 }, message: /^统计期限写的是 2021 年，报告标题却是 2022 年度$/ },
        { at: { find: '2021', occurrence: 1 }, message: /^统计期限写的是 2021 年，报告标题却是 2022 年度$/ },
      ],
    })),
    {
      name: 'the report naming itself for the year before',
      spec: { sections: { 1: '现将本机关2021年度政府信息公开工作年度报告公布如下。' } },
      findings: [{ at: { find: '2021' }, message: /^此处称 2021 年度报告，报告标题却是 2022 年度$/ }],
    },
    {
      name: 'a sentence about this year (全年) with the year before',
      spec: { sections: { 1: '2021年全年共主动公开政府信息 120 条。' } },
      findings: [{ at: { find: '2021' }, message: /^这句讲的是本年度（2022 年）的情况，却写着 2021 年$/ }],
    },
    {
      // Not about this year in words (no 本年度), so only the work plan's year is said, as a question.
      name: 'last year\'s work plan cited: info',
      spec: { sections: { 1: '按照《2021年政务公开工作要点》要求，扎实推进政务公开。' } },
      findings: [{ at: { find: '2021' }, severity: 'info', message: /^2022 年度报告引用的是 2021 年的工作要点：是否应为 2022 年的？$/ }],
    },
    {
      // The sentence is about this year (本年度), and its one other year is the work plan's, in its title: the plan's
      // question (info) is the one finding.
      name: 'last year\'s work plan cited in a sentence about this year: said once',
      spec: { sections: { 1: '按照《2021年政务公开工作要点》要求，做好本年度政务公开工作。' } },
      findings: [{ at: { find: '2021' }, severity: 'info', message: /工作要点/ }],
    },
  ],
};

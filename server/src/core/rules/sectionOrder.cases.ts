import type { RuleCases } from '../../../../test/support/ruleCases';

// Sections in the template's order, each once, numbered on from the heading before. A number that is the section's
// own place in the template is right too (the section before it may be missing: section-missing says so).
// Its errors are warnings in reports for 2019 and earlier.
/**
 * 六 before 五. Each heading brings its own section's line: the builder writes 五's line after the fifth heading
 * and 六's after the sixth, and a 五 holding only 六's line would be thin (section-five-thin).
 */
const SWAPPED = { 5: '六、其他需要报告的事项\n本机关本年度未收取信息处理费。', 6: '五、存在的主要问题及改进情况\n一是公开内容还不够全面；二是解读形式较为单一。' };

export const cases: RuleCases = {
  rule: 'section-order',
  valid: [
    { name: 'the six sections of a v2021 report in order', spec: {}, docx: true },
    { name: 'headings numbered 1、 as Word renders auto-numbering, mixed with 一、', spec: { headings: { 1: '1、 总体情况', 2: '2、 主动公开政府信息情况', 5: '5、存在的主要问题及改进情况' } } },
    { name: 'Markdown headings without a number', layouts: ['markdown'], spec: { headings: { 1: '## 总体情况', 2: '## 主动公开政府信息情况', 6: '## 其他需要报告的事项' } } },
    {
      name: 'a pre-2019 section inserted as 五: 五 and 六 numbered 六 and 七 follow on from it',
      spec: { headings: { 5: '五、机构建设及组织保障情况\n六、存在的主要问题及改进情况', 6: '七、其他需要报告的事项' } },
      alsoFires: ['section-extra'],
    },
    // 四 then 六: 六 is not 四 + 1, but it is section 六's own number.
    { name: '五 missing, 六 keeping its number', spec: { headings: { 5: null } }, alsoFires: ['section-missing'] },
    { name: '五 missing, 六 renumbered 五 to follow on', spec: { headings: { 5: null, 6: '五、其他需要报告的事项' } }, alsoFires: ['section-missing'] },
  ],
  invalid: [
    {
      name: '六 before 五 in a 2022 report: an error at 五',
      spec: { headings: SWAPPED },
      findings: [{ at: { find: '五、存在的主要问题及改进情况' }, message: /^第五部分“存在的主要问题及改进情况”应排在第六部分之前$/ }],
    },
    {
      name: '六 before 五 in a 2019 report (v2019 tables): a warning',
      spec: { version: 'v2019', year: 2019, headings: SWAPPED },
      findings: [{ at: { find: '五、存在的主要问题及改进情况' }, severity: 'warning' }],
    },
    {
      name: '六 before 五 in a 2020 report (v2019 tables): an error, the first year the template binds',
      spec: { version: 'v2019', year: 2020, headings: SWAPPED },
      findings: [{ at: { find: '五、存在的主要问题及改进情况' } }],
    },
    {
      // The second 五 is numbered 六, on from 五: only the repetition is wrong; 六 itself is then missing.
      name: '五 twice: at the second',
      spec: { headings: { 6: '六、存在的主要问题及改进情况' } },
      alsoFires: ['section-missing'],
      findings: [{ at: { find: '六、存在的主要问题及改进情况' }, message: /^第五部分“存在的主要问题及改进情况”重复出现$/ }],
    },
    {
      name: '三 numbered 二: out of sequence',
      spec: { headings: { 3: '二、收到和处理政府信息公开申请情况' } },
      findings: [{ at: { find: '二、收到和处理政府信息公开申请情况' }, message: /^编号“二”不连续，应为“三”$/ }],
    },
    {
      // 1、 2、 then 2、 again: 3 is due, and 2 is not section 三's own number either.
      name: '三 numbered 2、 among digit numbers',
      spec: { headings: { 1: '1、总体情况', 2: '2、主动公开政府信息情况', 3: '2、收到和处理政府信息公开申请情况' } },
      findings: [{ at: { find: '2、收到和处理政府信息公开申请情况' }, message: /^编号“2”不连续，应为“三”$/ }],
    },
  ],
};

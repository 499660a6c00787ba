import type { RuleCases } from '../../../../test/support/ruleCases';

// A missing section is reported where it should have been: at the heading of the next section that is there, or,
// when none comes after it, at the last heading. Its errors are warnings in reports for 2019 and earlier.
export const cases: RuleCases = {
  rule: 'section-missing',
  valid: [
    // A full stop after a section's own title is a slip: the line is still section 三's heading, not a sentence.
    { name: 'a heading with a full stop after its title: 三、收到和处理政府信息公开申请情况。', spec: { headings: { 3: '三、收到和处理政府信息公开申请情况。' } } },
    { name: 'the six sections of a v2021 report', spec: {}, docx: true },
    { name: 'the six sections of a v2019 report for 2019', spec: { version: 'v2019', year: 2019 } },
    { name: 'headings numbered as Word renders auto-numbering (1、 ), mixed with 一、', spec: { headings: { 1: '1、 总体情况', 2: '2、 主动公开政府信息情况', 5: '5、存在的主要问题及改进情况' } } },
    { name: 'Markdown headings, numbered or not', layouts: ['markdown'], spec: { headings: { 1: '## 一、总体情况', 2: '## 二、主动公开政府信息情况', 6: '## 其他需要报告的事项' } } },
    {
      name: 'every heading one of the variants the spec lists: each section is found',
      spec: { headings: { 1: '一、概述', 2: '二、行政机关主动公开政府信息情况', 3: '三、依申请公开政府信息情况', 4: '四、被申请行政复议、提起行政诉讼情况', 5: '五、存在的主要问题和改进情况', 6: '六、其他需要报告事项' } },
      alsoFires: ['section-title'],
    },
    {
      name: 'a pre-2019 section before 五 numbers 五 and 六 one on: none is missing',
      spec: { headings: { 5: '五、机构建设及组织保障情况\n六、存在的主要问题及改进情况', 6: '七、其他需要报告的事项' } },
      alsoFires: ['section-extra'],
    },
    {
      name: 'no heading recognised at all: the structure is unreadable, no section is reported missing',
      spec: { headings: { 1: null, 2: null, 3: null, 4: null, 5: null, 6: null } },
      alsoFires: ['structure-unreadable'],
    },
    { name: 'a scanned PDF: it has no sections to miss', document: () => ({ format: 'pdf', blocks: [], problem: 'no-text-layer' }), alsoFires: ['document-unreadable'] },
  ],
  invalid: [
    {
      name: '五 missing in a 2022 report: an error at 六',
      spec: { headings: { 5: null } },
      findings: [{ at: { find: '六、其他需要报告的事项' }, message: /^缺少第五部分“五、存在的主要问题及改进情况”$/ }],
    },
    {
      name: '五 missing in a 2019 report (v2019 tables): a warning',
      spec: { version: 'v2019', year: 2019, headings: { 5: null } },
      findings: [{ at: { find: '六、其他需要报告的事项' }, severity: 'warning' }],
    },
    {
      name: '五 missing in a 2020 report (v2019 tables): an error, the first year the template binds',
      spec: { version: 'v2019', year: 2020, headings: { 5: null } },
      findings: [{ at: { find: '六、其他需要报告的事项' } }],
    },
    { name: '一 missing: at 二', spec: { headings: { 1: null } }, findings: [{ at: { find: '二、主动公开政府信息情况' }, message: /^缺少第一部分“一、总体情况”$/ }] },
    { name: '六 missing: no section after it, so at the last heading, 五', spec: { headings: { 6: null } }, findings: [{ at: { find: '五、存在的主要问题及改进情况' }, message: /^缺少第六部分“六、其他需要报告的事项”$/ }] },
    {
      name: 'only 一 recognised: the five others are missing, all at 一, as errors',
      spec: { headings: { 2: null, 3: null, 4: null, 5: null, 6: null } },
      findings: [
        { at: { find: '一、总体情况' }, message: /第二部分“二、主动公开政府信息情况”/ },
        { at: { find: '一、总体情况' }, message: /第三部分“三、收到和处理政府信息公开申请情况”/ },
        { at: { find: '一、总体情况' }, message: /第四部分“四、政府信息公开行政复议、行政诉讼情况”/ },
        { at: { find: '一、总体情况' }, message: /第五部分“五、存在的主要问题及改进情况”/ },
        { at: { find: '一、总体情况' }, message: /第六部分“六、其他需要报告的事项”/ },
      ],
    },
    {
      // Table 2 then stands in section 一: the missing section is what is reported, not the table (table-missing).
      name: '二 missing and 六 a variant title: the section is missing, the title only differs (fixed)',
      spec: { headings: { 2: null, 6: '六、其他需要报告事项' } },
      alsoFires: ['section-title'],
      findings: [{ at: { find: '三、收到和处理政府信息公开申请情况' }, message: /^缺少第二部分“二、主动公开政府信息情况”$/ }],
      fixed: { headings: { 2: null } },
    },
  ],
};

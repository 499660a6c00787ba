import type { RuleCases } from '../../../../test/support/ruleCases';

// Not one of the six section headings recognised: the structure cannot be read, so no section is reported missing
// (nor a table, nor an extra section); one warning at the report's title says so. The tables are still checked.
const NO_HEADINGS = { 1: null, 2: null, 3: null, 4: null, 5: null, 6: null };
const TITLE = '示例县人民政府办公室2022年政府信息公开工作年度报告';

export const cases: RuleCases = {
  rule: 'structure-unreadable',
  valid: [
    { name: 'the six headings of a v2021 report', spec: {} },
    { name: 'one heading recognised: the others are missing, as errors', spec: { headings: { 2: null, 3: null, 4: null, 5: null, 6: null } }, alsoFires: ['section-missing'] },
    { name: 'Markdown headings without numbers', layouts: ['markdown'], spec: { headings: { 1: '## 总体情况', 2: '## 主动公开政府信息情况', 3: '## 收到和处理政府信息公开申请情况', 4: '## 政府信息公开行政复议、行政诉讼情况', 5: '## 存在的主要问题及改进情况', 6: '## 其他需要报告的事项' } } },
    { name: 'a scanned PDF: it has no text to read a structure from', document: () => ({ format: 'pdf', blocks: [], problem: 'no-text-layer' }), alsoFires: ['document-unreadable'] },
  ],
  invalid: [
    {
      name: 'no heading at all: one warning at the title',
      spec: { headings: NO_HEADINGS },
      findings: [{ at: { find: TITLE }, message: /^未能识别出模板六个部分（一、总体情况 …… 六、其他需要报告的事项）中任何一个部分的标题，无法检查报告结构；未据此报告缺少的部分$/ }],
    },
    {
      // 年度工作回顾 … 附则: numbered in sequence but none the template's, and not reported as extra sections either.
      name: 'six numbered headings, none of them the template\'s',
      spec: { headings: { 1: '一、年度工作回顾', 2: '二、信息发布', 3: '三、申请办理', 4: '四、复议诉讼', 5: '五、问题与不足', 6: '六、附则' } },
      findings: [{ at: { find: TITLE } }],
    },
    {
      // 行政复议 总计 9 for 2 + 1 + 0 + 1 = 4: the table's error is found and fixed as in any report.
      name: 'no heading, and a wrong total in table 4: the table is still checked',
      spec: { headings: NO_HEADINGS, override: { '4:review|total': '9' } },
      alsoFires: ['litigation-total'],
      findings: [{ at: { find: TITLE } }],
      fixed: { override: {} },
    },
  ],
};

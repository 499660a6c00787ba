import type { RuleCases } from '../../../../test/support/ruleCases';

// A section found by a variant title (the spec's list: accepted, with a warning) or by its key words is flagged,
// with a fix that writes the template's title in place of the title alone: the numbering stays as written.
// Only the words count: spacing, the number's punctuation and a trailing colon are no difference.
export const cases: RuleCases = {
  rule: 'section-title',
  valid: [
    { name: 'the official titles of a v2021 report', spec: {}, docx: true },
    {
      name: 'spaces inside and around a title, a trailing colon',
      spec: { headings: { 1: '一、 总体情况', 2: '二、主动公开 政府信息情况', 3: '  三、收到和处理政府信息公开申请情况  ', 4: '四、政府信息公开行政复议、 行政诉讼情况', 6: '六、其他需要报告的事项：' } },
    },
    { name: 'numbers written 1、, 二. or 五．', spec: { headings: { 1: '1、 总体情况', 2: '二.主动公开政府信息情况', 5: '五．存在的主要问题及改进情况' } } },
    { name: 'Markdown headings, numbered or not', layouts: ['markdown'], spec: { headings: { 1: '# 一、总体情况', 2: '## 主动公开政府信息情况' } } },
  ],
  invalid: [
    {
      name: 'the first variant the spec lists for each section: six warnings, each fixed to the template\'s title',
      spec: { headings: { 1: '一、概述', 2: '二、行政机关主动公开政府信息情况', 3: '三、行政机关收到和处理政府信息公开申请情况', 4: '四、被申请行政复议、提起行政诉讼情况', 5: '五、存在的主要问题和改进情况', 6: '六、其他需要报告事项' } },
      findings: [
        { at: { find: '概述' }, fix: '总体情况', message: /^标题“概述”与模板不一致，应为“总体情况”$/ },
        { at: { find: '行政机关主动公开政府信息情况' }, fix: '主动公开政府信息情况' },
        { at: { find: '行政机关收到和处理政府信息公开申请情况' }, fix: '收到和处理政府信息公开申请情况' },
        { at: { find: '被申请行政复议、提起行政诉讼情况' }, fix: '政府信息公开行政复议、行政诉讼情况' },
        { at: { find: '存在的主要问题和改进情况' }, fix: '存在的主要问题及改进情况' },
        { at: { find: '其他需要报告事项' }, fix: '其他需要报告的事项' },
      ],
      fixed: { headings: {} },
    },
    {
      name: 'the second variant the spec lists for 一, 四 and 五',
      spec: { headings: { 1: '一、政府信息公开总体情况', 4: '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况', 5: '五、政府信息公开工作存在的主要问题及改进情况' } },
      findings: [
        { at: { find: '政府信息公开总体情况' }, fix: '总体情况' },
        { at: { find: '因政府信息公开工作被申请行政复议、提起行政诉讼情况' }, fix: '政府信息公开行政复议、行政诉讼情况' },
        { at: { find: '政府信息公开工作存在的主要问题及改进情况' }, fix: '存在的主要问题及改进情况' },
      ],
      fixed: { headings: {} },
    },
    {
      name: 'the third variant the spec lists for 一 and 五',
      spec: { headings: { 1: '一、基本情况', 5: '五、信息公开工作存在的主要问题及改进情况' } },
      findings: [{ at: { find: '基本情况' }, fix: '总体情况' }, { at: { find: '信息公开工作存在的主要问题及改进情况' }, fix: '存在的主要问题及改进情况' }],
      fixed: { headings: {} },
    },
    {
      // The second variant the spec lists for 三.
      name: 'the pre-2019 title of 三',
      spec: { headings: { 3: '三、依申请公开政府信息情况' } },
      findings: [{ at: { find: '依申请公开政府信息情况' }, fix: '收到和处理政府信息公开申请情况', message: /^标题“依申请公开政府信息情况”与模板不一致，应为“收到和处理政府信息公开申请情况”$/ }],
      fixed: { headings: {} },
    },
    {
      // Not a listed variant: 四 is found by its key words 行政复议 and 行政诉讼, under its own number.
      name: 'a title reworded around the key words',
      spec: { headings: { 4: '四、行政复议和行政诉讼情况' } },
      findings: [{ at: { find: '行政复议和行政诉讼情况' }, fix: '政府信息公开行政复议、行政诉讼情况' }],
      fixed: { headings: {} },
    },
    {
      name: 'the fix keeps the numbering as written (3、 )',
      spec: { headings: { 3: '3、 依申请公开政府信息情况' } },
      findings: [{ at: { find: '依申请公开政府信息情况' }, fix: '收到和处理政府信息公开申请情况' }],
      fixed: { headings: { 3: '3、 收到和处理政府信息公开申请情况' } },
    },
    {
      name: 'an unnumbered Markdown heading: the fix keeps the ##',
      layouts: ['markdown'],
      spec: { headings: { 6: '## 其他需要报告事项' } },
      findings: [{ at: { find: '其他需要报告事项' }, fix: '其他需要报告的事项' }],
      fixed: { headings: { 6: '## 其他需要报告的事项' } },
    },
  ],
};

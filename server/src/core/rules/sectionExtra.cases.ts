import type { RuleCases } from '../../../../test/support/ruleCases';
import { buildReportText } from '../../../../test/support/reportBuilder';
import { table3RowsFor } from '../template/table3';

// A top-level heading that is none of the six: a section of an older template, or one numbered on after the
// last. Lines that only look like headings (sub-headings, numbered sentences, list items) are not sections.

const H3 = '三、收到和处理政府信息公开申请情况';
const H4 = '四、政府信息公开行政复议、行政诉讼情况';

/**
 * The Word report with table 3's labels as lines of text and no cells, as a page whose numbers are a picture is
 * copied: its last label, 四、结转下年度继续办理, is numbered on from 三 like a heading.
 */
function table3AsLabels(): string {
  const { text } = buildReportText({ layout: 'word' });
  const labels = ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况', ...table3RowsFor('v2021').map((r) => r.label)];
  const from = text.indexOf(H3) + H3.length + 1;
  return text.slice(0, from) + labels.join('\n') + '\n' + text.slice(text.indexOf(H4));
}

export const cases: RuleCases = {
  rule: 'section-extra',
  valid: [
    { name: 'the six sections of a v2021 report', spec: {} },
    {
      // （一） is a sub-heading; 二、加强…，…。 is numbered on from 一 but is a sentence.
      name: 'sub-headings and a numbered sentence in section 一',
      spec: { body: '（一）主动公开情况\n（二）依申请公开情况\n二、加强组织领导，落实工作责任。' },
    },
    // 6. follows 五 in sequence, but a section is numbered with Chinese numerals or is a title of the template.
    { name: 'items numbered 1. 2. 6. in section 五', spec: { headings: { 5: '五、存在的主要问题及改进情况\n1.公开内容不够全面\n2.解读形式较为单一\n6.其他问题' } } },
    {
      // 四、结转下年度继续办理 is table 3's own row label (the model finds the table by its labels), not a section
      // numbered on from 三.
      name: 'table 3\'s labels as lines of text: its label 四、结转下年度继续办理 is not a section',
      text: table3AsLabels(),
      alsoFires: ['table-unreadable'],
    },
  ],
  invalid: [
    {
      name: 'a pre-2019 section inserted as 五, the two after it numbered on',
      spec: { headings: { 5: '五、机构建设及组织保障情况\n六、存在的主要问题及改进情况', 6: '七、其他需要报告的事项' } },
      findings: [{ at: { find: '五、机构建设及组织保障情况' }, message: /^“机构建设及组织保障情况”不是模板规定的六个部分之一（旧版模板的部分？）$/ }],
    },
    {
      name: 'a seventh section numbered on after 六',
      spec: { headings: { 6: '六、其他需要报告的事项\n本机关本年度未收取信息处理费。\n七、名词解释' } },
      findings: [{ at: { find: '七、名词解释' }, message: /^“名词解释”不是模板规定的六个部分之一/ }],
    },
  ],
};

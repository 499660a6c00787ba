import type { RuleCases } from '../../../../test/support/ruleCases';

// A report for 2021 or later follows the template of 国办公开办函〔2021〕30号; citing 〔2019〕60号 is following the
// old one. The builder's report cites neither notice, so each case writes its citation into section 一.
const OLD = '国办公开办函〔2019〕60号';
const MESSAGE = /^2022 年度报告应按国办公开办函〔2021〕30号的模板编制，此处引用的国办公开办函〔2019〕60号已被其取代$/;

export const cases: RuleCases = {
  rule: 'superseded-template',
  valid: [
    { name: 'a 2022 report that cites no notice', spec: {}, docx: true },
    { name: 'a 2022 report that cites the new notice', spec: { sections: { 1: '本报告按照国办公开办函〔2021〕30号的要求编制。' } } },
    {
      // Naming both is telling the change: the report follows the new one.
      name: 'a 2022 report that names the new notice and the old one it replaces',
      spec: { sections: { 1: `本报告按照国办公开办函〔2021〕30号的要求编制，不再沿用${OLD}的格式。` } },
    },
    { name: 'a 2020 report (v2019 tables) that cites the old notice: it was the template then', spec: { version: 'v2019', sections: { 1: `本报告按照${OLD}的要求编制。` } } },
  ],
  invalid: [
    {
      name: 'a 2022 report that cites the old notice',
      spec: { sections: { 1: `本报告按照${OLD}的要求编制。` } },
      findings: [{ at: { find: OLD }, message: MESSAGE }],
    },
    {
      // 2021 is the first year of the new template.
      name: 'a 2021 report that cites the old notice, in square brackets',
      spec: { year: 2021, sections: { 1: '本报告按照国办公开办函[2019]60号的要求编制。' } },
      findings: [{ at: { find: '国办公开办函[2019]60号' }, message: /^2021 年度报告应按国办公开办函〔2021〕30号/ }],
    },
    {
      name: 'the old notice in full-width round brackets, with spaces',
      spec: { sections: { 1: '本报告按照国办公开办函（2019） 60 号的要求编制。' } },
      findings: [{ at: { find: '国办公开办函（2019） 60 号' }, message: MESSAGE }],
    },
    {
      // The first line (over 16 characters, no closing mark) was broken at the page's width: the prose joins it to
      // the next, and the finding stands over the line break.
      name: 'a citation a line break split, as text from a PDF has it',
      spec: { sections: { 1: '本报告依据《国务院办公厅政府信息与政务公开办公室关于印发政府信息公开工作年度报告格式的通知》（国办公开办函\n〔2019〕60号）编制。' } },
      findings: [{ at: { find: '国办公开办函\n〔2019〕60号' }, message: MESSAGE }],
    },
    {
      name: 'a citation a line break split, with CRLF line ends',
      spec: { eol: '\r\n', sections: { 1: '本报告依据《国务院办公厅政府信息与政务公开办公室关于印发政府信息公开工作年度报告格式的通知》（国办公开办函\n〔2019〕60号）编制。' } },
      findings: [{ at: { find: '国办公开办函\r\n〔2019〕60号' }, message: MESSAGE }],
    },
    {
      name: 'a citation in 一 and another in 六: each is reported',
      spec: { sections: { 1: `本报告按照${OLD}的要求编制。`, 6: '本机关本年度未收取信息处理费，统计口径同国办公开办函【2019】60号。' } },
      findings: [{ at: { find: OLD }, message: MESSAGE }, { at: { find: '国办公开办函【2019】60号' }, message: MESSAGE }],
    },
  ],
};

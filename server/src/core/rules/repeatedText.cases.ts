import type { RuleCases } from '../../../../test/support/ruleCases';

// The share of a section's sentences (of ten characters or more, sub-headings left out) that last year's report
// has too, the same or nearly (its figures and dates may differ). Over half: one finding, on the section's heading,
// with the first repeated sentence of last year's report as its related place. Table 3's carried counts and table
// 2's documents in force of last year's report are made to agree, so that the other rules against it stay silent.
const AGREES = { '3:carried_out|natural': '2', '3:carried_out|other': '0', '3:carried_out|total': '2', '2:normative|2': '23' };

const A = '本机关坚持以公开为常态、不公开为例外，推进决策、执行、管理、服务、结果公开。';
const B = '全年通过政府门户网站主动公开政府信息1200条，其中政策文件35件。';
const C = '加强政务新媒体日常管理，运用第三方检测平台实行常态化监测。';
const D = '组织开展政府信息公开业务培训2次，参训人员150余人次。';
/** B with this year's figures, and C with a word changed: nearly the same. */
const B2 = '全年通过政府门户网站主动公开政府信息1350条，其中政策文件41件。';
const C2 = '加强政务新媒体日常管理，运用第三方检测平台实行常态化巡查。';
const NEW1 = '新建政府信息公开专区，集中发布重点领域信息，方便群众查阅。';
const NEW2 = '首次开展政府信息公开工作第三方评估，针对评估问题逐项整改。';
const NEW3 = '建立依申请公开办理台账，实行受理、审核、答复全流程登记。';

const lastYear = { override: AGREES, sections: { 1: [A, B, C, D].join('') } };
const message = (section: string, total: number, repeated: number, percent: number) =>
  new RegExp(`^第${section}部分的 ${total} 句中有 ${repeated} 句（${percent}%）与上年报告（上年报告\\.txt）相同或几乎相同$`);

export const cases: RuleCases = {
  rule: 'repeated-text',
  valid: [
    { name: 'half the sentences repeated: not over half', spec: { sections: { 1: [A, B, NEW1, NEW2].join('') } }, lastYear },
    { name: 'no last year\'s report at hand', spec: { sections: { 1: [A, B, C, D].join('') } } },
    // Two sentences are too few to judge a section by its share.
    { name: 'a section of two sentences, both repeated', spec: { sections: { 1: [A, B].join('') } }, lastYear },
    // Short sentences and the template's numbered titles are in every report every year: not counted.
    { name: 'short sentences and sub-headings, repeated, are not counted', spec: { sections: { 1: ['（一）主动公开情况。', '详见下表。', A, NEW1, NEW2].join('\n') } }, lastYear: { ...lastYear, sections: { 1: ['（一）主动公开情况。', '详见下表。', A].join('\n') } } },
    { name: 'the sentences of another body\'s report, different words', spec: { sections: { 1: [NEW1, NEW2, NEW3].join('') } }, lastYear },
    { name: 'a threshold of 80 %: three of four repeated is under it', spec: { sections: { 1: [A, B2, C2, NEW1].join('') } }, lastYear, options: { repeatedShare: 0.8 } },
  ],
  invalid: [
    {
      name: 'every sentence of section 一 as last year\'s',
      spec: { sections: { 1: [A, B, C, D].join('') } },
      lastYear,
      findings: [{ at: { find: '一、总体情况' }, message: message('一', 4, 4, 100), lastYearAt: { find: A } }],
    },
    {
      name: 'three of four, two of them with this year\'s figures or a word changed',
      spec: { sections: { 1: [NEW1, B2, C2, D].join('') } },
      lastYear,
      findings: [{ at: { find: '一、总体情况' }, message: message('一', 4, 3, 75), lastYearAt: { find: B } }],
    },
    {
      name: 'a threshold of 20 %: one of four repeated is over it',
      spec: { sections: { 1: [NEW1, NEW2, NEW3, D].join('') } },
      lastYear,
      options: { repeatedShare: 0.2 },
      findings: [{ at: { find: '一、总体情况' }, message: message('一', 4, 1, 25), lastYearAt: { find: D } }],
    },
    {
      name: 'section 五 repeated, section 一 not',
      spec: { sections: { 1: [NEW1, NEW2, NEW3].join(''), 5: [A, B, C].join('') } },
      lastYear: { ...lastYear, sections: { 5: [A, B, C].join('') } },
      findings: [{ at: { find: '五、存在的主要问题及改进情况' }, message: message('五', 3, 3, 100), lastYearAt: { find: A } }],
    },
  ],
};

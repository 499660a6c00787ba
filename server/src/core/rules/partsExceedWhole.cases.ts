import type { RuleCases } from '../../../../test/support/ruleCases';

// "…N 条，其中 a 条…、b 条…": the parts after 其中, in the whole's unit, outside brackets, up to the end of the
// sentence or a word that leaves them (另有, 同比, 占 …), must not add up to more than the whole. Each case writes
// section 二's text, before table 2; the builder's report has no 其中.
const two = (text: string) => ({ sections: { 2: text } });

export const cases: RuleCases = {
  rule: 'parts-exceed-whole',
  valid: [
    { name: 'the builder\'s report', spec: {} },
    // 80 + 40 = 120.
    { name: 'parts that add up exactly', spec: two('全年主动公开政府信息 120 条，其中政策文件 80 条、工作动态 40 条。') },
    // 8 条 and 6 个 are not 篇: no part in the whole's unit.
    { name: 'parts in other units than the whole', spec: two('全年发布政策解读 12 篇，其中图文解读 8 条、视频解读 6 个。') },
    {
      // The parts of 120 条 are 70 + 50 = 120; 40 + 30 = 70 in brackets are the parts of 70. Counted as parts of
      // 120 they would make 190.
      name: 'a nested （其中…） part',
      spec: two('全年发布信息 120 条，其中政务动态 70 条（其中图片新闻 40 条、视频新闻 30 条）、通知公告 50 条。'),
    },
    // 另有 leaves the parts: 50 条 is beside 120, not in it; so does 同比.
    { name: '另有 after the parts', spec: two('全年主动公开政府信息 120 条，其中政策文件 80 条，另有转载信息 50 条。') },
    { name: '同比 after the parts', spec: two('全年主动公开政府信息 120 条，其中政策文件 80 条，同比增加 50 条。') },
    // Figures of more digits than a count has: not added (as doubles the parts were 1e+21 + 5, more than 3).
    { name: 'a part of 22 digits: the sentence is not summed', spec: two('全年主动公开政府信息 3 条，其中政策文件 1000000000000000000000 条、工作动态 5 条。') },
    // The whole is the last count before 其中, 120 条, not 3 期: 80 + 40 = 120.
    { name: 'two counts before 其中: the whole is the last', spec: two('全年编发政务简报 3 期共 120 条，其中政策文件 80 条、工作动态 40 条。') },
    {
      // 截至年底累计 is the running total since the start, not a part of this year's 1,200: the parts end before it
      // (300 + 200 = 500 ≤ 1,200).
      name: 'a cumulative total after the parts (截至年底累计)',
      spec: two('全年主动公开政府信息 1,200 条，其中政策文件 300 条、部门文件 200 条，截至年底累计公开 15,000 条。'),
    },
    {
      // 办结 124 件 and 结转下年度继续办理 4 件 are the next clauses of the account, not parts of the 126 received:
      // the parts end at 办结 (117 + 9 = 126).
      name: 'the account goes on after the parts: 其中自然人…、法人…，办结…，结转…',
      spec: { sections: { 3: '本年度共收到政府信息公开申请 126 件，其中自然人 117 件、法人或其他组织 9 件，办结 124 件，结转下年度继续办理 4 件。' } },
    },
  ],
  invalid: [
    {
      // 80 + 50 = 130 > 120.
      name: 'two parts over the whole',
      spec: two('全年主动公开政府信息 120 条，其中政策文件 80 条、工作动态 50 条。'),
      findings: [{ at: { find: '120 条，其中政策文件 80 条、工作动态 50 条' }, message: /^“其中”各项之和 130（80 \+ 50）大于总数 120条；若各项有重叠，请在文中说明$/ }],
    },
    {
      // 2,000 + 1,200 = 3,200 > 3,119.
      name: 'counts with thousands separators',
      spec: two('全年主动公开政府信息 3,119 条，其中政策文件 2,000 条、工作动态 1,200 条。'),
      findings: [{ at: { find: '3,119 条，其中政策文件 2,000 条、工作动态 1,200 条' }, message: /^“其中”各项之和 3200（2000 \+ 1200）大于总数 3119条/ }],
    },
    {
      // 70 + 40 + 20 = 130 > 120; the bracket's 40 + 30 are a part's parts and are not added.
      name: 'three parts over the whole, one with parts of its own',
      spec: two('全年发布信息 120 条，其中政务动态 70 条（其中图片新闻 40 条、视频新闻 30 条）、通知公告 40 条、其他 20 条。'),
      findings: [{ at: { find: '120 条，其中政务动态 70 条（其中图片新闻 40 条、视频新闻 30 条）、通知公告 40 条、其他 20 条' }, message: /各项之和 130（70 \+ 40 \+ 20）大于总数 120条/ }],
    },
    {
      // The first line (over 16 characters, ending on 、) was broken at the page's width: 80 + 50 = 130 > 120,
      // reported over the break.
      name: 'parts a line break split',
      spec: two('全年通过政府门户网站主动公开政府信息 120 条，其中政策文件 80 条、\n工作动态 50 条。'),
      findings: [{ at: { find: '120 条，其中政策文件 80 条、\n工作动态 50 条' }, message: /各项之和 130（80 \+ 50）大于总数 120条/ }],
    },
  ],
};

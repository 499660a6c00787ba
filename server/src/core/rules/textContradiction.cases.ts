import type { RuleCases } from '../../../../test/support/ruleCases';
import { buildReportText } from '../../../../test/support/reportBuilder';

// The text against itself: "all settled" while table 3 carries applications over (四、结转下年度继续办理 × 总计
// > 0), and one figure of table 3 or 4 written twice with two values (the finding on the second, the first as its
// related place; the case runner does not compare related places, the message names the first value).
// The builder's v2021 table 3: 一 126 (自然人 117), 二 2, （七）总计 124, 四 4 (126 + 2 = 124 + 4); table 4: 行政复议
// 4 (2 + 1 + 0 + 1), 行政诉讼 2 + 0 = 2.

const H4 = '四、政府信息公开行政复议、行政诉讼情况';

/**
 * Table 3 with nothing carried over: 四 is 3 自然人 + 1 其他 = 4; with those 0, 一 loses them to keep the balance
 * (一 + 二 = （七） + 四): 自然人 117 − 3 = 114 (114 + 2 = 116 + 0), 其他 6 − 1 = 5 (5 + 0 = 5 + 0), 总计
 * 126 − 4 = 122 (122 + 2 = 124 + 0); 一's row: 114 + 2 + 0 + 1 + 0 + 5 = 122.
 */
const NOTHING_CARRIED_OUT = {
  '3:carried_out|natural': '0', '3:carried_out|other': '0', '3:carried_out|total': '0',
  '3:new|natural': '114', '3:new|other': '5', '3:new|total': '122',
};

/** The Word report with table 3 gone: section 三 holds its sentence only. */
function withoutTable3(sentence: string): string {
  const { text } = buildReportText({ layout: 'word', sections: { 3: sentence } });
  return text.slice(0, text.indexOf(sentence) + sentence.length + 1) + text.slice(text.indexOf(H4));
}

const CARRIED_4 = '，表三“四、结转下年度继续办理 × 总计”却为 4：仍有申请未办结$';

export const cases: RuleCases = {
  rule: 'text-contradiction',
  valid: [
    { name: 'the builder\'s report', spec: {}, docx: true },
    {
      name: '全部办结, 均已办结, 办结率100% with nothing carried over',
      spec: { override: NOTHING_CARRIED_OUT, sections: { 3: '本年度收到的政府信息公开申请全部办结，所有申请均已办结，办结率100%。' } },
    },
    // Answered in time is not settled: 4 carried over is no contradiction.
    { name: '均在法定期限内予以答复 while 4 are carried over', spec: { sections: { 3: '本年度所有申请均在法定期限内予以答复。' } } },
    {
      // Each figure twice, with one value (the table's): 一 126, 一 × 自然人 117, 二 2, 行政复议 4, 行政诉讼 2.
      name: 'the same figures twice, equal',
      spec: {
        sections: {
          1: '本年度共发生行政复议4件、行政诉讼2件。',
          3: '本年度共受理政府信息公开申请126件，其中自然人申请117件，上年结转2件。\n全年受理申请126件，其中自然人申请117件。',
          4: '本年度行政复议4件，行政诉讼2件。',
        },
      },
    },
    { name: 'no table 3: 全部办结 held to nothing', text: withoutTable3('本年度收到的政府信息公开申请全部办结。'), alsoFires: ['table-missing'] },
    // Last year's applications all settled says nothing of this year's.
    { name: 'last year\'s applications all settled', spec: { sections: { 3: '上年结转的申请均已办结。' } } },
    // The sentence itself says 4 are carried over, as table 3 does; the rest settled is true.
    { name: 'all but the 4 carried over settled', spec: { sections: { 3: '除结转下年度继续办理的4件外，其余申请均已办结。' } } },
    // Proposals of deputies are not applications.
    { name: 'deputies\' proposals all settled', spec: { sections: { 1: '本年度承办的人大代表建议和政协委员提案全部办结。' } } },
    // 100 is last year's figure (较上年), not a second value of this year's 126; text-table3 leaves it too.
    { name: 'this year\'s applications against last year\'s', spec: { sections: { 3: '本年度共受理政府信息公开申请126件，较上年受理申请100件增长26%。' } } },
  ],
  invalid: [
    {
      name: '全部办结 while 4 are carried over: on the words',
      spec: { sections: { 3: '本年度收到的政府信息公开申请全部办结。' } },
      findings: [{ at: { find: '全部办结' }, table: 3, row: 'carried_out', column: 'total', message: new RegExp(`^正文说“全部办结”${CARRIED_4}`) }],
    },
    {
      // The phrase runs from its first word: 所有申请均已办结, not 均已办结.
      name: '均已办结, 办结率100%, 均已按时答复完毕 while 4 are carried over',
      spec: { sections: { 3: '所有申请均已办结，办结率100%，均已按时答复完毕。' } },
      findings: [
        { at: { find: '所有申请均已办结' }, table: 3, row: 'carried_out', column: 'total', message: new RegExp(`^正文说“所有申请均已办结”${CARRIED_4}`) },
        { at: { find: '办结率100%' }, table: 3, row: 'carried_out', column: 'total', message: new RegExp(`^正文说“办结率100%”${CARRIED_4}`) },
        { at: { find: '均已按时答复完毕' }, table: 3, row: 'carried_out', column: 'total', message: new RegExp(`^正文说“均已按时答复完毕”${CARRIED_4}`) },
      ],
    },
    {
      // 受理 126 (table 3's 一) then 127: on 127, the first 126 its related place. text-table3 flags 127 ≠ 126 too;
      // 上年结转2件 is another figure (二), equal to the table.
      name: 'applications received given as 126 and later 127',
      spec: { sections: { 3: '本年度共受理政府信息公开申请126件，上年结转2件。\n本机关依法依规做好答复工作，全年受理申请127件。' } },
      alsoFires: ['text-table3'],
      findings: [{ at: { find: '127' }, message: /^正文对“一、本年新收政府信息公开申请数量 × 总计”给出两个数字：此处 127，前文 126$/ }],
    },
    {
      // 未发生行政复议案件 (0) then 行政复议4件 (table 4's 4): on the 4 (the first 4 of the report: section 一 stands
      // before every table, and the title and period hold 2022, 1, 12, 31). text-table4 flags the none against 4.
      name: 'no review, then 4 reviews, in section 一',
      spec: { sections: { 1: '本年度未发生行政复议案件。\n本年度共发生行政复议4件，行政诉讼2件。' } },
      alsoFires: ['text-table4'],
      findings: [{ at: { find: '4' }, message: /^正文对“行政复议 × 总计”给出两个数字：此处 4，前文 0$/ }],
    },
    {
      // The other way round, over two sections: the second figure is the words that say none.
      name: '4 reviews in section 一, none in section 四',
      spec: { sections: { 1: '本年度共发生行政复议4件。', 4: '本年度未发生行政复议案件。' } },
      alsoFires: ['text-table4'],
      findings: [{ at: { find: '未发生行政复议案件' }, message: /^正文对“行政复议 × 总计”给出两个数字：此处 0，前文 4$/ }],
    },
  ],
};

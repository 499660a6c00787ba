import type { RuleCases } from '../../../../test/support/ruleCases';

// From 2021 the template asks section 六 for what was charged in 信息处理费. The builder's 六 says
// 本机关本年度未收取信息处理费。: the situation, stated. A statement anywhere in the report is enough.
const HEADING6 = '六、其他需要报告的事项';
const NOTHING_ELSE = '本机关无其他需要报告的事项。';

export const cases: RuleCases = {
  rule: 'processing-fee',
  valid: [
    { name: 'none charged, said in 六 (the builder\'s report)', spec: {} },
    { name: 'an amount charged', spec: { sections: { 6: '本年度共收取信息处理费 200 元。' } } },
    { name: 'an amount of 0 yuan', spec: { sections: { 6: '2022年度，本机关共计收取信息处理费0元。' } } },
    { name: 'the amount as 收取金额为0', spec: { sections: { 6: '本机关本年度信息处理费收取金额为0。' } } },
    { name: 'no notice to pay sent, none arose', spec: { sections: { 6: '本年度未发出收费通知，未产生信息处理费。' } } },
    {
      name: 'the fee stated in another section, 六 about something else',
      spec: { sections: { 1: '2022年，本机关认真贯彻落实《条例》，未收取信息处理费。', 6: NOTHING_ELSE } },
    },
    { name: 'a 2020 report (v2019): the template did not ask for it yet', spec: { version: 'v2019', sections: { 6: '无。' } } },
    // 为0元 is the amount charged, as plainly as 收取…0元.
    { name: 'the fee for the year is 0 yuan', spec: { sections: { 6: '本机关本年度信息处理费为0元。' } } },
    // 情况：无 answers the template's request in its own words.
    { name: 'the situation, then 无', spec: { sections: { 6: '本年度收取信息处理费情况：无。' } } },
  ],
  invalid: [
    {
      name: '六 silent on the fee: at its heading',
      spec: { sections: { 6: NOTHING_ELSE } },
      findings: [{ at: { find: HEADING6 }, message: /^第六部分未提及信息处理费：2021 年版模板要求报告本年度收取信息处理费的情况（与表二的行政事业性收费不是一回事）$/ }],
    },
    { name: 'a 2021 report silent on the fee: the first year asked', spec: { year: 2021, sections: { 6: NOTHING_ELSE } }, findings: [{ at: { find: HEADING6 } }] },
    {
      // A rule of conduct (what would be charged, and when) does not say what was.
      name: 'the fee named in 六 as a rule, not a situation: at the fee',
      spec: { sections: { 6: '依申请提供政府信息，超过合理范围的，将按照有关规定收取信息处理费。' } },
      findings: [{ at: { find: '信息处理费' }, message: /^此处提到信息处理费，但全文未说明 2022 年度是否收取、收取多少：2021 年版模板要求报告收取信息处理费的情况$/ }],
    },
    {
      // 六 never names the fee, though 一 does (as a rule): 六 is silent.
      name: 'the fee named only outside 六, as a rule: 六 is silent',
      spec: { sections: { 1: '本机关严格执行《政府信息公开信息处理费管理办法》。', 6: NOTHING_ELSE } },
      findings: [{ at: { find: HEADING6 }, message: /^第六部分未提及信息处理费/ }],
    },
  ],
};

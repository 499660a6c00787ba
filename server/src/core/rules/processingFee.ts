import { defineRule } from './rule';
import { rangeIn, sentencesWith } from '../text/prose';

const FEE = /(信息)?处理费/;
/**
 * A sentence that says what was charged: nothing (未收取, 没有收取, 不收取, 未发出缴费通知) or an amount (收取…0 元).
 * A rule of conduct (超过合理范围的，将按照有关规定收取) does not say it.
 */
const SITUATION = /(未|没有|无|不|未曾)[^。；]{0,16}(收取|收费|缴费|缴款|产生)|收取[^。；]{0,24}?\d+(\.\d+)?\s*(元|万元)|(共|累计)收取|零元|(收取|收费)(金额)?为?\s*(0|零)|(处理费|情况)[^。；]{0,8}?(为|是|：|:)\s*(0|零|无)/;

export const processingFee = defineRule({
  id: 'processing-fee',
  severity: 'warning',
  category: 'text',
  fixable: false,
  summary: { zh: '2021 年度起的报告未说明本年度收取信息处理费的情况（模板要求在第六部分报告）', en: 'a report for 2021 or later does not say what it charged in 信息处理费 (the template asks for it in section 六)' },
  messages: {
    silent: {
      zh: '第六部分未提及信息处理费：2021 年版模板要求报告本年度收取信息处理费的情况（与表二的行政事业性收费不是一回事）',
      en: 'Section 六 does not mention 信息处理费: the 2021 template asks what was charged in processing fees this year (not the same as table 2\'s administrative fees)',
    },
    noSituation: {
      zh: '此处提到信息处理费，但全文未说明 {year} 年度是否收取、收取多少：2021 年版模板要求报告收取信息处理费的情况',
      en: 'Processing fees are mentioned here, but nowhere does the report say whether any were charged in {year}, or how much: the 2021 template asks for it',
    },
  },
  check(ctx) {
    const year = ctx.model.reportYear;
    const section = ctx.model.sections.find((s) => s.canonical === 6);
    if (year === undefined || year < 2021 || !section) return;
    const sentences = sentencesWith(ctx.sentences, '处理费');
    // Said anywhere in the report, the fee is reported, whichever section holds it.
    if (sentences.some((s) => SITUATION.test(s.text))) return;
    const inSix = sentences.filter((s) => s.prose.section === 6);
    if (!inSix.length) return ctx.report({ range: section.headingRange, message: 'silent' });
    const first = inSix[0];
    const m = FEE.exec(first.text)!;
    ctx.report({ range: rangeIn(first.prose, first.from + m.index, first.from + m.index + m[0].length), message: 'noSituation', data: { year } });
  },
});

import type { Prose, Sentence } from '../text/prose';
import type { RuleContext } from './rule';
import { defineRule } from './rule';
import { rangeIn, sentencesWith } from '../text/prose';
import { matcherOf, matchesIn } from '../text/matches';

const YEAR = /((?:19|20)\d{2})\s*年(度)?/g;
const PERIOD = /统计(期限|日期|时间|区间)/;
/** The report naming itself: 2021年度…政府信息公开工作年度报告. */
const SELF = /^[^。；]{0,30}?(政府信息公开|信息公开|政务公开)(工作)?(年度)?(报告|年报)/;
/** A sentence about the year reported on. */
const THIS_YEAR = /本年度|本年|全年|今年/;
/** What makes another year right in a sentence about this one: a comparison, a span, a plan. */
const OTHER_YEAR_BEFORE = /(较|比|同比|相比|与|和|自|从|截至|截止|至|到|以来|上年|去年|针对|对照|[—\-－~～])\s*$/;
const OTHER_YEAR_AFTER = /^\s*(以来|起|至|到|底|前|以前|以后|同期|相比|\d{1,2}\s*月|[^，。；]{0,6}基础)/;
/** The sentence a report names itself in: 特向社会公布…, 编制…, 本报告…. */
const PUBLISHES = /公布|编制|本报告|本年报/;
const PLAN = /将|计划|下一步|明年|下年|今后/;
const WORK_PLAN = /《[^》]{0,40}?((?:19|20)\d{2})\s*年[^》]{0,30}?工作要点》/g;

const MESSAGES = {
  period: { zh: '统计期限写的是 {written} 年，报告标题却是 {year} 年度', en: 'The statistical period says {written}, but the title reports on {year}' },
  self: { zh: '此处称 {written} 年度报告，报告标题却是 {year} 年度', en: 'This names the report for {written}, but the title reports on {year}' },
  sentence: { zh: '这句讲的是本年度（{year} 年）的情况，却写着 {written} 年', en: 'This sentence is about the year reported on ({year}), but says {written}' },
  oldPlan: {
    zh: '{year} 年度报告引用的是 {written} 年的工作要点：是否应为 {year} 年的？',
    en: 'A {year} report cites the work plan (工作要点) of {written}: should it be {year}\'s?',
  },
};

export const reportYear = defineRule({
  id: 'report-year',
  severity: 'warning',
  category: 'text',
  fixable: false,
  summary: { zh: '标题、统计期限和讲本年度的句子应是同一年；引用往年工作要点', en: 'the title, the statistical period and sentences about this year name one year; last year\'s work plan cited' },
  messages: MESSAGES,
  check(ctx) {
    const year = ctx.model.reportYear;
    if (year === undefined || ctx.model.yearSource !== 'title') return;
    const years = matcherOf(YEAR);
    for (const s of sentencesWith(ctx.sentences, '年')) sentence(ctx, s, year, years);
    for (const p of ctx.prose) {
      if (!p.text.includes('工作要点')) continue;
      for (const m of matchesIn(p.text, WORK_PLAN)) {
        const written = Number(m[1]);
        if (written < year) report(ctx, p, m.index + m[0].indexOf(m[1]), 'oldPlan', year, written, 'info');
      }
    }
  },
});

/** A sentence with 年 in it, and the years it names (`years`: YEAR's matches in a text). */
function sentence(ctx: RuleContext<keyof typeof MESSAGES>, s: Sentence, year: number, years: (text: string) => RegExpExecArray[]): void {
  let period: boolean | undefined;
  let aboutThisYear: boolean | undefined;
  for (const m of years(s.text)) {
    const written = Number(m[1]);
    if (written === year) continue;
    period ??= PERIOD.test(s.text);
    aboutThisYear ??= THIS_YEAR.test(s.text) && !PLAN.test(s.text) && s.prose.section !== 5;
    const at = s.from + m.index;
    if (period) report(ctx, s.prose, at, 'period', year, written);
    // A year in a title (《…纲要（2021—2025年）》, 《2021年…工作要点》) is the title's, not the report's.
    else if (insideTitle(s.text, m.index)) continue;
    else if (PUBLISHES.test(s.text) && s.prose.section !== 5 && !OTHER_YEAR_BEFORE.test(s.text.slice(0, m.index)) && SELF.test(s.text.slice(m.index + m[0].length))) {
      report(ctx, s.prose, at, 'self', year, written);
    } else if (aboutThisYear && !OTHER_YEAR_BEFORE.test(s.text.slice(0, m.index)) && !OTHER_YEAR_AFTER.test(s.text.slice(m.index + m[0].length))) {
      report(ctx, s.prose, at, 'sentence', year, written);
    }
  }
}

function insideTitle(text: string, at: number): boolean {
  return text.lastIndexOf('《', at) > text.lastIndexOf('》', at);
}

function report(ctx: RuleContext<keyof typeof MESSAGES>, p: Prose, at: number, message: keyof typeof MESSAGES, year: number, written: number, severity?: 'info') {
  ctx.report({ range: rangeIn(p, at, at + 4), message, data: { year, written }, severity });
}

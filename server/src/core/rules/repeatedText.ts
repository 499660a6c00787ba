import { defineYearRule } from './rule';
import { counts, SentenceIndex } from '../years/repeated';
import { sentencesOf } from '../years/facts';
import { chineseNumeral } from '../text/normalize';

/** A section of fewer sentences says too little to be judged on its share. */
const MIN_SENTENCES = 3;
/**
 * The sections the template leaves to the writer's words (总体情况, 存在的问题及改进, 其他): 二 to 四 are its tables,
 * whose labels, when a table could not be read as one, stand as lines of text that every report repeats.
 */
const WRITTEN = new Set([1, 5, 6]);

const MESSAGES = {
  repeated: {
    zh: '第{section}部分的 {total} 句中有 {repeated} 句（{percent}%）与上年报告（{lastYear}）相同或几乎相同',
    en: 'Section {sectionEn}: {repeated} of its {total} sentences ({percent}%) are the same or nearly the same as in last year\'s report ({lastYear})',
  },
  there: { zh: '上年报告中相同的第一句', en: 'the first of them in last year\'s report' },
};

export const repeatedText = defineYearRule({
  id: 'repeated-text',
  severity: 'info',
  category: 'years',
  fixable: false,
  summary: { zh: '某部分的句子过半（可设置）与上年报告相同或几乎相同', en: 'a section repeats more than half (adjustable) of its sentences from last year\'s report' },
  messages: MESSAGES,
  check(ctx) {
    // Text moves between sections from one year to the next: last year's whole text is sought.
    const index = new SentenceIndex(ctx.lastYear.facts.sections.flatMap(sentencesOf));
    for (const section of ctx.current.sections) {
      if (!WRITTEN.has(section.section)) continue;
      const counted = sentencesOf(section).filter((s) => counts(s.text));
      if (counted.length < MIN_SENTENCES) continue;
      const repeated = counted.map((s) => index.repeated(s.text)).filter((s) => s !== undefined);
      const share = repeated.length / counted.length;
      if (share <= ctx.repeatedShare) continue;
      ctx.report({
        range: section.heading, message: 'repeated',
        data: { section: chineseNumeral(section.section), sectionEn: section.section, total: counted.length, repeated: repeated.length, percent: Math.round(share * 100), lastYear: ctx.lastYear.name },
        related: [ctx.atLastYear(repeated[0]!.range, ctx.message('there'))],
      });
    }
  },
});

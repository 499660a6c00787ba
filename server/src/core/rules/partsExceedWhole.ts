import type { Sentence } from '../text/prose';
import { defineRule } from './rule';
import { clauseBefore, rangeIn, sentencesWith } from '../text/prose';
import { matchesIn } from '../text/matches';
import { exactNumber } from '../parse/cellValue';

/** What parts a listed part's clause from the one before it: 、，；. */
const PART_MARKS = '、，,；;';

const UNIT = '(?:人次|条|件|个|篇|次|项|份|场|期|家|人)';
/** A count: digits (3,119 with ASCII commas allowed) and its unit. */
const COUNT = new RegExp(`(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*(${UNIT})`, 'g');
/** Words after which the numbers of a sentence are no longer parts of its whole. */
const BEYOND = /另|此外|同比|较上年|比上年|增长|减少|下降|上升|占|累计|截至|截止|总计|共计|合计/;
/** A clause that starts with one of these says what else was done: 办结 124 件 after 其中自然人 117 件 is no part. */
const NEXT_STATEMENT = /^(?:共|已|并|均|全部)?(?:办结|答复|回复|办理|结转|转结|顺延|受理|收到|接收|新收|完成|召开|举办|开展|组织|印发|制发|废止|清理|处理|发布|培训)/;

export interface PartsOfWhole {
  whole: { value: number; unit: string; from: number; to: number };
  parts: { value: number; from: number; to: number }[];
}

/**
 * "…N 条，其中 a 条…、b 条…": the count before 其中 and the counts of the same unit after it, up to the end of the
 * sentence or a word that leaves the parts (另有, 同比); counts in brackets after 其中 are parts of a part.
 */
export function partsOfWhole(s: Sentence): PartsOfWhole | undefined {
  const at = s.text.indexOf('其中');
  if (at < 0) return undefined;
  const counts: { value: number; unit: string; from: number; to: number }[] = [];
  for (const m of matchesIn(s.text, COUNT)) {
    const value = exactNumber(m[1].replace(/,/g, ''));
    // A figure of more digits than a count can have: which count is the whole cannot be told.
    if (value === undefined) return undefined;
    counts.push({ value, unit: m[2], from: m.index, to: m.index + m[0].length });
  }
  const before = counts.filter((c) => c.to <= at);
  const whole = before[before.length - 1];
  if (!whole) return undefined;
  const rest = s.text.slice(at);
  const beyond = rest.search(BEYOND);
  const end = beyond < 0 ? s.text.length : at + beyond;
  const parts: typeof counts = [];
  for (const c of counts) {
    if (c.from <= at || c.to > end) continue;
    if (parts.length && NEXT_STATEMENT.test(clauseBefore(s.text, c.from, PART_MARKS))) break;
    if (c.unit === whole.unit && bracketDepth(s.text, at, c.from) === 0) parts.push(c);
  }
  return parts.length >= 2 ? { whole, parts } : undefined;
}

function bracketDepth(text: string, from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
  }
  return depth;
}

export const partsExceedWhole = defineRule({
  id: 'parts-exceed-whole',
  severity: 'warning',
  category: 'text',
  fixable: false,
  summary: { zh: '“其中”列出的各项之和大于总数', en: 'the parts listed after 其中 add up to more than the whole' },
  messages: {
    exceeds: {
      zh: '“其中”各项之和 {sum}（{terms}）大于总数 {whole}{unit}；若各项有重叠，请在文中说明',
      en: 'The parts after 其中 add up to {sum} ({terms}), more than the whole, {whole} {unit}; if they overlap, say so',
    },
  },
  check(ctx) {
    for (const s of sentencesWith(ctx.sentences, '其中')) {
      const found = partsOfWhole(s);
      if (!found) continue;
      const sum = found.parts.reduce((a, x) => a + x.value, 0);
      if (sum <= found.whole.value) continue;
      const last = found.parts[found.parts.length - 1];
      ctx.report({
        range: rangeIn(s.prose, s.from + found.whole.from, s.from + last.to), message: 'exceeds',
        data: { sum, terms: found.parts.map((x) => x.value).join(' + '), whole: found.whole.value, unit: found.whole.unit },
      });
    }
  },
});

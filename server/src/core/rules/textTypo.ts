import type { Prose } from '../text/prose';
import type { RuleContext } from './rule';
import { defineRule } from './rule';
import { rangeIn } from '../text/prose';

const MESSAGES = {
  repeated: { zh: '“{word}”重复：{text}', en: '"{word}" is written twice: {text}' },
  doubled: { zh: '标点重复：“{text}”', en: 'Doubled punctuation: "{text}"' },
  unclosed: { zh: '“{mark}”没有对应的“{pair}”', en: '"{mark}" is never closed by "{pair}"' },
  unopened: { zh: '“{mark}”前面没有对应的“{pair}”', en: '"{mark}" closes no "{pair}"' },
};
type Key = keyof typeof MESSAGES;

export const textTypo = defineRule({
  id: 'text-typo',
  severity: 'info',
  category: 'text',
  fixable: false,
  summary: { zh: '评审常标出的笔误：重复的词、重复的标点、不成对的括号和引号', en: 'slips reviewers mark: a word written twice, doubled punctuation, brackets and quotes that do not pair' },
  messages: MESSAGES,
  check(ctx) {
    // Brackets and quotes are paired over a whole section, not a line: text taken from a PDF may break a line inside
    // a bracket, and a pair the layout split is still a pair.
    let section: number | undefined = -1;
    let open: OpenMark[] = [];
    for (const p of ctx.prose) {
      if (p.section !== section) open = unclosed(ctx, open);
      section = p.section;
      scan(ctx, p, open);
    }
    unclosed(ctx, open);
  },
});

interface OpenMark {
  mark: number;
  p: Prose;
  at: number;
}

const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;
/** The marks of a sentence (，。、；：): two together are a slip; an ellipsis …… or a dash —— is one mark. */
const isMark = (c: number) => c === 0xff0c || c === 0x3002 || c === 0x3001 || c === 0xff1b || c === 0xff1a;
/** Characters that start no compound with the word before them: after a doubled word, they leave it doubled. */
const PARTICLE = '的了和与及等是在为对把被也都';
/** 一X一X (一件一件, 一步一步) is a reduplication, not a slip. */
const ONE_BY_ONE = /^一[\u4e00-\u9fff]$/;

/** The brackets and quotes that pair, by character code: 《》 （） () “”. */
const PAIRS: [number, number][] = [[0x300a, 0x300b], [0xff08, 0xff09], [0x28, 0x29], [0x201c, 0x201d]];
const PARENS = [0xff08, 0x28, 0xff09, 0x29];
const opening = (c: number) => PAIRS.find(([o]) => o === c);
const closing = (c: number) => PAIRS.find(([, x]) => x === c);
/** Full-width and half-width parentheses close each other: a mixed pair is a pair. */
const pairs = (open: number, close: number) => PAIRS.some(([o, x]) => o === open && x === close) || (PARENS.includes(open) && PARENS.includes(close));
const mayPair = (c: number) => c === 0x28 || c === 0x29 || c === 0x201c || c === 0x201d || c === 0x300a || c === 0x300b || c === 0xff08 || c === 0xff09;

/**
 * One pass over a paragraph's characters: words written twice, marks together, brackets opened and closed. A word
 * written twice is seen where its second copy starts: the character there is the one two, three or four places
 * back, which the pass keeps at hand (one load of the text per character: this is most of the rule's time).
 */
function scan(ctx: RuleContext<Key>, p: Prose, open: OpenMark[]): void {
  const t = p.text;
  const n = t.length;
  let back1 = 0;
  let back2 = 0;
  let back3 = 0;
  let back4 = 0;
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    if (isHan(c) && (c === back2 || c === back3 || c === back4)) {
      const length = c === back2 && repeatAt(t, i - 2, 2) ? 2 : c === back3 && repeatAt(t, i - 3, 3) ? 3 : c === back4 && repeatAt(t, i - 4, 4) ? 4 : 0;
      if (length) {
        const start = i - length;
        const word = t.slice(start, i);
        if (!ONE_BY_ONE.test(word)) ctx.report({ range: rangeIn(p, start, i + length), message: 'repeated', data: { word, text: word + word } });
        // Past the second copy; what stands before the next character is not looked back into.
        i += length - 1;
        back1 = back2 = back3 = back4 = 0;
        continue;
      }
    } else if (isMark(c) && isMark(back1)) {
      let end = i + 1;
      while (end < n && isMark(t.charCodeAt(end))) end++;
      ctx.report({ range: rangeIn(p, i - 1, end), message: 'doubled', data: { text: t.slice(i - 1, end) } });
      i = end - 1;
      back1 = back2 = back3 = back4 = 0;
      continue;
    } else if (mayPair(c)) {
      const top = open[open.length - 1];
      if (opening(c)) open.push({ mark: c, p, at: i });
      else if (top && pairs(top.mark, c)) open.pop();
      else if (!isItemNumber(t, i)) ctx.report({ range: rangeIn(p, i, i + 1), message: 'unopened', data: { mark: t[i], pair: String.fromCharCode(closing(c)![0]) } });
    }
    back4 = back3;
    back3 = back2;
    back2 = back1;
    back1 = c;
  }
}

/**
 * Whether the word of `length` Chinese characters at `at` is written again right after it (申请申请). One character
 * twice (常常, 看看) is Chinese. Followed by another character, the second copy may begin a longer word (规范规范性文件
 * is 规范 + 规范性文件): left alone.
 */
function repeatAt(t: string, at: number, length: number): boolean {
  const end = at + 2 * length;
  if (at < 0 || end > t.length) return false;
  for (let k = 0; k < length; k++) {
    const c = t.charCodeAt(at + k);
    if (c !== t.charCodeAt(at + length + k) || !isHan(c)) return false;
  }
  return !(end < t.length && isHan(t.charCodeAt(end)) && !PARTICLE.includes(t[end]));
}

function unclosed(ctx: RuleContext<Key>, open: OpenMark[]): OpenMark[] {
  for (const o of open) ctx.report({ range: rangeIn(o.p, o.at, o.at + 1), message: 'unclosed', data: { mark: String.fromCharCode(o.mark), pair: String.fromCharCode(opening(o.mark)![1]) } });
  return [];
}

/** `1）`, `2)`, `三）` at an item's start: a list's numbering, closed without an opening bracket on purpose. */
function isItemNumber(text: string, at: number): boolean {
  if (text[at] !== '）' && text[at] !== ')') return false;
  return /(^|[\s。；，：])([0-9]{1,2}|[一二三四五六七八九十]{1,2})$/.test(text.slice(Math.max(0, at - 3), at));
}

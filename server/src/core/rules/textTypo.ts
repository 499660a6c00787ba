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
/** The closing mark of each opening one, and the opening mark of each closing one. */
const CLOSING_OF: ReadonlyMap<number, number> = new Map(PAIRS);
const OPENING_OF: ReadonlyMap<number, number> = new Map(PAIRS.map(([o, x]) => [x, o]));
/** Full-width and half-width parentheses close each other: a mixed pair is a pair. */
const pairs = (open: number, close: number) => CLOSING_OF.get(open) === close || (PARENS.includes(open) && PARENS.includes(close));

/** What a character may start, as bits, so that the pass tests a mark after a mark and a bracket in one branch. */
const HAN = 1;
const MARK = 2;
const OPENING = 4;
const CLOSING = 8;
/**
 * The kind of every character code, by the tests above, made once: the pass looks a character up once instead of
 * testing it against each kind's codes (which was most of its time).
 */
const KIND: Uint8Array = (() => {
  const kinds = new Uint8Array(0x10000);
  for (let c = 0; c < kinds.length; c++) kinds[c] = isHan(c) ? HAN : isMark(c) ? MARK : CLOSING_OF.has(c) ? OPENING : OPENING_OF.has(c) ? CLOSING : 0;
  return kinds;
})();

/**
 * One pass over a paragraph's characters: words written twice, marks together, brackets opened and closed. A word
 * written twice is seen where its second copy starts: the character there is the one two, three or four places
 * back, which the pass keeps at hand (one load of the text per character). Most characters are neither: the pass
 * asks first whether the character is one seen just before, which it seldom is, and then whether it is a mark or a
 * bracket, so that it does not branch on whether each is a Chinese character.
 */
function scan(ctx: RuleContext<Key>, p: Prose, open: OpenMark[]): void {
  const t = p.text;
  const n = t.length;
  let back1 = 0;
  let back2 = 0;
  let back3 = 0;
  let back4 = 0;
  /** The kind of the character before, for a mark after a mark. */
  let lastKind = 0;
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    const kind = KIND[c];
    /** Where a finding ends, when one starts here. */
    let past = 0;
    if ((c === back2 || c === back3 || c === back4) && kind === HAN) {
      past = repeatedWord(ctx, p, i, c === back2, c === back3, c === back4);
    } else if ((kind & lastKind & MARK) | (kind & (OPENING | CLOSING))) {
      if (kind === MARK) past = doubledMarks(ctx, p, i);
      else pairMark(ctx, p, open, i, c, kind);
    }
    if (past) {
      // Past the finding; what stands before the next character is not looked back into.
      i = past - 1;
      back1 = back2 = back3 = back4 = lastKind = 0;
      continue;
    }
    back4 = back3;
    back3 = back2;
    back2 = back1;
    back1 = c;
    lastKind = kind;
  }
}

/** A word of two, three or four characters written twice, its second copy at `i` (the first that is): its end, or 0. */
function repeatedWord(ctx: RuleContext<Key>, p: Prose, i: number, two: boolean, three: boolean, four: boolean): number {
  const t = p.text;
  const length = two && repeatAt(t, i - 2, 2) ? 2 : three && repeatAt(t, i - 3, 3) ? 3 : four && repeatAt(t, i - 4, 4) ? 4 : 0;
  if (!length) return 0;
  const start = i - length;
  const word = t.slice(start, i);
  if (!ONE_BY_ONE.test(word)) ctx.report({ range: rangeIn(p, start, i + length), message: 'repeated', data: { word, text: word + word } });
  return i + length;
}

/** Marks together, the second at `i`: the run of them is one finding, and its end is returned. */
function doubledMarks(ctx: RuleContext<Key>, p: Prose, i: number): number {
  const t = p.text;
  let end = i + 1;
  while (end < t.length && isMark(t.charCodeAt(end))) end++;
  ctx.report({ range: rangeIn(p, i - 1, end), message: 'doubled', data: { text: t.slice(i - 1, end) } });
  return end;
}

/** A bracket or quote at `i`: an opening one waits for its pair; a closing one closes the last open, or none. */
function pairMark(ctx: RuleContext<Key>, p: Prose, open: OpenMark[], i: number, c: number, kind: number): void {
  const t = p.text;
  const top = open[open.length - 1];
  if (kind === OPENING) open.push({ mark: c, p, at: i });
  else if (top && pairs(top.mark, c)) open.pop();
  else if (!isItemNumber(t, i)) ctx.report({ range: rangeIn(p, i, i + 1), message: 'unopened', data: { mark: t[i], pair: String.fromCharCode(OPENING_OF.get(c)!) } });
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
  for (const o of open) ctx.report({ range: rangeIn(o.p, o.at, o.at + 1), message: 'unclosed', data: { mark: String.fromCharCode(o.mark), pair: String.fromCharCode(CLOSING_OF.get(o.mark)!) } });
  return [];
}

/** `1）`, `2)`, `三）` at an item's start: a list's numbering, closed without an opening bracket on purpose. */
function isItemNumber(text: string, at: number): boolean {
  if (text[at] !== '）' && text[at] !== ')') return false;
  return /(^|[\s。；，：])([0-9]{1,2}|[一二三四五六七八九十]{1,2})$/.test(text.slice(Math.max(0, at - 3), at));
}

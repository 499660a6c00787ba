import { isPadding } from '../parse/cellValue';

const HALF_TO_FULL: Record<string, string> = {
  '(': '（', ')': '）', ',': '，', ':': '：', ';': '；', '!': '！', '?': '？',
};
const QUOTES = new Set(['"', "'", '“', '”', '‘', '’', '「', '」', '『', '』', '＂', '＇']);
const QUOTE_CODES = new Set([...QUOTES].map((q) => q.charCodeAt(0)));

/**
 * The form in which labels and titles are compared: no padding, no bookmark markers, no quote marks,
 * half-width punctuation as full-width, full-width digits as ASCII. Differences only in these are not reported.
 */
export function normalizeLabel(text: string): string {
  if (text.length > 64) return normalizeUncached(text);
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  const out = normalizeUncached(text);
  // Labels, template strings and cell texts repeat across rows and reports: a bounded memo answers most calls.
  if (memo.size >= 8192) memo.clear();
  memo.set(text, out);
  return out;
}

const memo = new Map<string, string>();

/**
 * Index of the first character that `normalizeLabel` keeps (not padding, a quote mark or a bookmark marker), or -1
 * when it keeps none. Lets callers look at a label's start without normalizing the whole text.
 */
export function labelStart(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b /* [ */ && text.startsWith('[bookmark:', i)) {
      const close = text.indexOf(']', i);
      if (close >= 0) {
        i = close;
        continue;
      }
    }
    if (!isPadding(c) && !QUOTE_CODES.has(c)) return i;
  }
  return -1;
}

/** True when `normalizeLabel(text)` is empty, decided without normalizing. */
export function isBlankLabel(text: string): boolean {
  return labelStart(text) < 0;
}

function normalizeUncached(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const c = ch.charCodeAt(0);
    if (ch === '[' && text.startsWith('[bookmark:', i)) {
      const close = text.indexOf(']', i);
      if (close >= 0) {
        i = close;
        continue;
      }
    }
    if (isPadding(c) || QUOTES.has(ch)) continue;
    if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xff10 + 0x30);
    else if (ch === '．' || ch === '、' && /\d$/.test(out)) out += '.';
    else out += HALF_TO_FULL[ch] ?? ch;
  }
  return out;
}

/** Text with bookmark markers removed and padding trimmed, for display. */
export function displayText(text: string): string {
  return text.replace(/\[bookmark:[^\]]*\]/g, '').replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '');
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 一 → 1, 十二 → 12, 7 → 7; NaN when not a numeral. */
export function numeralValue(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[一二三四五六七八九十]+$/.test(text)) return NaN;
  if (text.length === 1) return CN_DIGITS[text];
  if (text[0] === '十') return 10 + (CN_DIGITS[text[1]] ?? 0);
  if (text[1] === '十') return CN_DIGITS[text[0]] * 10 + (text[2] ? CN_DIGITS[text[2]] : 0);
  return NaN;
}

const CN_NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
export function chineseNumeral(n: number): string {
  return n <= 10 ? CN_NUMERALS[n] : n < 20 ? '十' + CN_NUMERALS[n - 10] : String(n);
}

import { isAsciiDigits, isPadding } from '../parse/cellValue';

/** Whether a character code is a quote mark: " ' “ ” ‘ ’ 「 」 『 』 ＂ ＇ (a switch: this runs for every cell). */
function isQuote(c: number): boolean {
  switch (c) {
    case 0x22: case 0x27: case 0x201c: case 0x201d: case 0x2018: case 0x2019:
    case 0x300c: case 0x300d: case 0x300e: case 0x300f: case 0xff02: case 0xff07:
      return true;
    default:
      return false;
  }
}

/**
 * The form in which labels and titles are compared: no padding, no bookmark markers, no quote marks,
 * half-width punctuation as full-width, full-width digits as ASCII. Differences only in these are not reported.
 * Most labels are in that form already: they are returned as they are, and no string is made.
 */
export function normalizeLabel(text: string): string {
  let out = '';
  /** text[kept, i) goes into the label as it is. */
  let kept = 0;
  let afterDigit = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Chinese characters, most of a label, stay: above the CJK marks (【 is U+3010), below the full-width forms.
    if (c >= 0x3010 && c < 0xfeff) {
      afterDigit = false;
      continue;
    }
    let put: string;
    let next = i + 1;
    if (c === 0x5b /* [ */ && text.startsWith('[bookmark:', i) && text.indexOf(']', i) >= 0) {
      put = '';
      next = text.indexOf(']', i) + 1;
    } else if (isPadding(c) || isQuote(c)) {
      put = '';
    } else if (c >= 0xff10 && c <= 0xff19) {
      put = String.fromCharCode(c - 0xff10 + 0x30);
    } else if (c === 0xff0e /* ． */ || (c === 0x3001 /* 、 */ && afterDigit)) {
      put = '.';
    } else {
      const full = fullWidthOf(c);
      if (full === undefined) {
        afterDigit = c >= 0x30 && c <= 0x39;
        continue;
      }
      put = full;
    }
    out += text.slice(kept, i) + put;
    if (put) afterDigit = put >= '0' && put <= '9';
    kept = next;
    i = next - 1;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/** The full-width form of half-width punctuation, or undefined for any other character. */
function fullWidthOf(c: number): string | undefined {
  switch (c) {
    case 0x28: return '（';
    case 0x29: return '）';
    case 0x2c: return '，';
    case 0x3a: return '：';
    case 0x3b: return '；';
    case 0x21: return '！';
    case 0x3f: return '？';
    default: return undefined;
  }
}

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
    if (!isPadding(c) && !isQuote(c)) return i;
  }
  return -1;
}

/** True when `normalizeLabel(text)` is empty, decided without normalizing. */
export function isBlankLabel(text: string): boolean {
  return labelStart(text) < 0;
}

/** Text with bookmark markers removed and padding trimmed, for display. */
export function displayText(text: string): string {
  // Most texts have neither markers nor padding at an edge: then they are shown as they are.
  const padded = text.length > 0 && (isRegexSpace(text.charCodeAt(0)) || isRegexSpace(text.charCodeAt(text.length - 1)));
  if (!padded && !text.includes('[bookmark:')) return text;
  return text.replace(/\[bookmark:[^\]]*\]/g, '').replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '');
}

/** Whether a character is white space as `\s` in a regular expression means it (NBSP and U+3000 included). */
export function isRegexSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The first index in [from, to) whose character is not white space (as `\s` sees it); `to` when all are. */
export function skipWhiteSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isRegexSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Where the trailing white space (as trim() and `\s` see it) of text[from, to) starts (the whole text by default):
 * `to` when it has none, `from` when blank.
 */
export function visibleEnd(text: string, from = 0, to = text.length): number {
  let end = to;
  while (end > from && isRegexSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Whether text[start, end) is white space only, as trim() and `\s` see it. */
export function isWhiteSpaceOnly(text: string, start: number, end: number): boolean {
  return skipWhiteSpace(text, start, end) === end;
}

const CN_DIGIT_CODES = [...'一二三四五六七八九十'].map((ch) => ch.charCodeAt(0));

/** The numeral 一 … 十 at index i as 1 … 10; 0 for any other character. */
function cnDigit(text: string, i: number): number {
  return CN_DIGIT_CODES.indexOf(text.charCodeAt(i)) + 1;
}

/** 一 → 1, 十二 → 12, 7 → 7; NaN when not a numeral. */
export function numeralValue(text: string): number {
  if (isAsciiDigits(text)) return Number(text);
  if (!text.length) return NaN;
  for (let i = 0; i < text.length; i++) if (!cnDigit(text, i)) return NaN;
  if (text.length === 1) return cnDigit(text, 0);
  if (text[0] === '十') return 10 + cnDigit(text, 1);
  if (text[1] === '十') return cnDigit(text, 0) * 10 + (text.length > 2 ? cnDigit(text, 2) : 0);
  return NaN;
}

const CN_NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
export function chineseNumeral(n: number): string {
  return n <= 10 ? CN_NUMERALS[n] : n < 20 ? '十' + CN_NUMERALS[n - 10] : String(n);
}

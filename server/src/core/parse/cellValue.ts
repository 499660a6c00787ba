import type { CellState, OffsetRange } from '../types';

export type ValueKind = 'count' | 'signed' | 'amount';
/**
 * `split`: digits with white space between them (`10 1`), which may be one number or two. `implausible`: more digits
 * than a figure of a report has and than the checker can add exactly (see `exactNumber`).
 */
export type InvalidReason = 'negative' | 'decimal' | 'text' | 'split' | 'implausible';

export interface ParsedValue {
  state: CellState;
  value: number | undefined;
  /** Source range of the number (or missing-marker) characters; empty at the content start for a blank cell. */
  valueRange: OffsetRange;
  reason?: InvalidReason;
}

const BOOKMARK = '[bookmark:';

/** Whether a character code is an ASCII digit 0–9. */
export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Non-empty and nothing but ASCII digits: the common number cell, read without the general path. */
export function isAsciiDigits(text: string): boolean {
  if (!text.length) return false;
  for (let i = 0; i < text.length; i++) {
    if (!isAsciiDigit(text.charCodeAt(i))) return false;
  }
  return true;
}

/**
 * Value of text[start, end) when it is 1–9 ASCII digits and nothing else (exact as a number), or -1 for any other
 * text. The range lets a cell be read where it stands in the document, before (or without) cutting it out.
 */
export function plainDigitsValue(text: string, start = 0, end = text.length): number {
  if (end <= start || end - start > 9) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isAsciiDigit(c)) return -1;
    value = value * 10 + (c - 0x30);
  }
  return value;
}

/** Characters that pad numbers in exported cells: spaces, NBSP, ideographic space, zero-width ones, BOM. */
export function isPadding(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff;
}

const MISSING_MARKERS = new Set(['/', '／', '\\', '—', '——', '-', '－', '–', '−', '无', '─']);
const UNITS = ['万元', '元', '件', '个', '次', '人次', '人', '条', '项'];

/**
 * Reads a number cell. `text` is the cell content as it stands in the document from offset `start`.
 * Tolerates what Word exports put into cells: bookmark markers, padding, full-width digits and signs, a unit.
 */
export function parseCellValue(text: string, start: number, kind: ValueKind): ParsedValue {
  // Most cells are a few plain digits: read those without building the cleaned copy.
  const value = plainDigitsValue(text);
  if (value >= 0) return { state: 'number', value, valueRange: { start, end: start + text.length } };
  return parseDecorated(text, start, kind);
}

/** The general case of `parseCellValue`: padding, markers, full-width characters, units, signs, decimals. */
function parseDecorated(text: string, start: number, kind: ValueKind): ParsedValue {
  // Map the meaningful characters (no padding, no bookmark markers) back to their offsets.
  let clean = '';
  const at: number[] = [];
  let gap = false;
  let split = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b /* [ */ && text.startsWith(BOOKMARK, i)) {
      const close = text.indexOf(']', i);
      if (close >= 0) {
        i = close;
        continue;
      }
    }
    if (isPadding(c)) {
      gap = clean.length > 0;
      continue;
    }
    const ch = normalizeNumberChar(text[i]);
    if (gap && isAsciiDigit(ch.charCodeAt(0)) && isAsciiDigit(clean.charCodeAt(clean.length - 1))) split = true;
    gap = false;
    clean += ch;
    at.push(start + i);
  }
  const span = (a: number, b: number): OffsetRange => ({ start: at[a], end: at[b - 1] + 1 });

  if (clean.length === 0) {
    const firstContent = firstNonPadding(text);
    return { state: 'missing', value: 0, valueRange: { start: start + firstContent, end: start + firstContent } };
  }
  if (MISSING_MARKERS.has(clean) || /^[-—–]+$/.test(clean)) {
    return { state: 'missing', value: 0, valueRange: span(0, clean.length) };
  }

  let body = clean;
  for (const unit of UNITS) {
    if (body.length > unit.length && body.endsWith(unit)) {
      body = body.slice(0, body.length - unit.length);
      break;
    }
  }
  const m = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(body);
  if (!m) return { state: 'invalid', value: undefined, valueRange: span(0, clean.length), reason: 'text' };
  if (split) return { state: 'invalid', value: undefined, valueRange: span(0, clean.length), reason: 'split' };
  const range = span(0, body.length);
  const sign = m[1] === '-' ? -1 : 1;
  const magnitude = exactNumber(m[2].replace(/,/g, ''), kind === 'amount' ? m[3] ?? '' : '');
  if (magnitude === undefined) return { state: 'invalid', value: undefined, valueRange: range, reason: 'implausible' };
  const value = sign * magnitude;
  if (kind === 'amount') {
    if (value < 0) return { state: 'invalid', value: undefined, valueRange: range, reason: 'negative' };
    return { state: 'number', value, valueRange: range };
  }
  if (m[3] !== undefined && !/^0+$/.test(m[3])) {
    return { state: 'invalid', value: undefined, valueRange: range, reason: 'decimal' };
  }
  if (kind === 'count' && value < 0) {
    return { state: 'invalid', value: undefined, valueRange: range, reason: 'negative' };
  }
  return { state: 'number', value: value === 0 ? 0 : value, valueRange: range };
}

/**
 * The most digits before the point that a figure may have: no count of a report comes near 10^14, and any sum of up
 * to 90 such figures stays below 2^53, so every sum, difference and fix the checker computes from them is exact.
 */
export const MAX_INTEGER_DIGITS = 14;
/** The largest count a cell is read as (14 nines): a fix never writes more, which the next check would not read. */
export const LARGEST_COUNT = 10 ** MAX_INTEGER_DIGITS - 1;
/** A 万元 amount's digits after the point: six reach the fen (0.000001 万元 = 1 分). */
export const MAX_FRACTION_DIGITS = 6;
/** Significant digits a double holds exactly: a decimal of up to 15 is read back as written. */
export const MAX_SIGNIFICANT_DIGITS = 15;

/**
 * The value of ASCII digits `integer` and `fraction` (after the point; '' for none), when the double holds it exactly
 * and prints it back as written (no exponent); undefined for more digits than that, which no report's figure has.
 * Zeros in front of the integer and after the fraction are not digits of the value.
 */
export function exactNumber(integer: string, fraction = ''): number | undefined {
  let a = 0;
  while (a < integer.length - 1 && integer.charCodeAt(a) === 0x30) a++;
  let b = fraction.length;
  while (b > 0 && fraction.charCodeAt(b - 1) === 0x30) b--;
  const whole = integer.length - a;
  if (whole > MAX_INTEGER_DIGITS || b > MAX_FRACTION_DIGITS) return undefined;
  let significant = b;
  if (integer.slice(a) !== '0') significant += whole;
  else for (let i = 0; i < b && fraction.charCodeAt(i) === 0x30; i++) significant--;
  if (significant > MAX_SIGNIFICANT_DIGITS) return undefined;
  return Number(b ? `${integer.slice(a)}.${fraction.slice(0, b)}` : integer.slice(a));
}

/** Full-width digits and signs to ASCII; other characters unchanged. */
function normalizeNumberChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff10 && c <= 0xff19) return String.fromCharCode(c - 0xff10 + 0x30);
  switch (c) {
    case 0xff0b: return '+';
    case 0xff0d: case 0x2212: return '-';
    case 0xff0e: return '.';
    case 0xff0c: return ',';
    default: return ch;
  }
}

function firstNonPadding(text: string): number {
  const i = skipPadding(text, 0, text.length);
  return i === text.length ? 0 : i;
}

/** The first index in [from, to) whose character is not padding; `to` when all are. */
export function skipPadding(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isPadding(text.charCodeAt(i))) i++;
  return i;
}

/** True when a cell's text reads as a number or a missing-marker, i.e. it belongs with the values, not the labels. */
export function looksLikeValue(text: string): boolean {
  if (isAsciiDigits(text)) return true;
  const p = parseCellValue(text, 0, 'amount');
  if (p.state !== 'invalid') return true;
  return p.reason === 'negative' || p.reason === 'split' || p.reason === 'implausible';
}

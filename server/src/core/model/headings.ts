import { isAsciiDigit } from '../parse/cellValue';
import { numeralValue, skipWhiteSpace, visibleEnd } from '../text/normalize';
import { isKnownExtraSection, matchSectionTitle, SectionTemplate } from '../template/sections';

export interface HeadingCandidate {
  numberText: string;
  numberValue: number;
  chinese: boolean;
  title: string;
  /** Offsets of the title within the line. */
  titleStart: number;
  titleEnd: number;
  markdown: boolean;
}

const NUMBERED = /^(\s*(?:#{1,6}\s*)?)([一二三四五六七八九十]{1,3}|\d{1,2})(\s*[、.．]\s*)(.+?)\s*$/;
const MD_HEADING = /^(\s*#{1,6}\s+)(.+?)\s*#*\s*$/;

/** The first character of a line after the white space that `^\s*` would take, or NaN for a blank line. */
export function firstVisibleChar(line: string): number {
  return line.charCodeAt(skipWhiteSpace(line, 0, line.length));
}

const CHINESE_NUMERALS = new Set([...'一二三四五六七八九十'].map((ch) => ch.charCodeAt(0)));

/** Reads a line as a possible top-level heading: `一、总体情况`, `1、 总体情况`, `## 一、总体情况`, `## 总体情况`. */
export function headingCandidate(line: string): HeadingCandidate | undefined {
  // Every heading starts with #, a digit or a Chinese numeral: most lines are settled here, without a regex.
  const c = firstVisibleChar(line);
  if (c !== 0x23 /* # */ && !isAsciiDigit(c) && !CHINESE_NUMERALS.has(c)) return undefined;
  // A full stop after a section's own title (三、收到和处理政府信息公开申请情况。) is a slip, not a sentence: read without
  // it, the line is that section's heading. Any other numbered line with a stop stays prose.
  const last = visibleEnd(line) - 1;
  if (line.charCodeAt(last) === 0x3002 /* 。 */ && c !== 0x23) {
    const candidate = headingCandidate(line.slice(0, last));
    return candidate && matchSectionTitle(candidate.title) ? candidate : undefined;
  }
  // A numbered line whose title would hold a sentence mark is prose (1.完善组织领导，落实责任…): settled here too.
  if (c !== 0x23 && hasSentenceMark(line)) return undefined;
  const m = NUMBERED.exec(line);
  if (m) {
    const title = m[4];
    if (title.length > 40 || /[。；;，,]/.test(title.replace(/[，,]$/, ''))) return undefined;
    const start = m[1].length + m[2].length + m[3].length;
    return {
      numberText: m[2], numberValue: numeralValue(m[2]), chinese: !/^\d/.test(m[2]), title,
      titleStart: start, titleEnd: start + title.length, markdown: m[1].includes('#'),
    };
  }
  const h = MD_HEADING.exec(line);
  if (h && h[2].length <= 40) {
    return { numberText: '', numberValue: NaN, chinese: false, title: h[2], titleStart: h[1].length, titleEnd: h[1].length + h[2].length, markdown: true };
  }
  return undefined;
}

/**
 * Whether a line has 。；; anywhere, or ，/, before its last visible character: then a numbered heading's title
 * (everything after the number up to the trailing white space) would hold a sentence mark, and is refused.
 */
function hasSentenceMark(line: string): boolean {
  if (line.includes('。') || line.includes('；') || line.includes(';')) return true;
  const last = visibleEnd(line) - 1;
  return last > 0 && (line.lastIndexOf('，', last - 1) >= 0 || line.lastIndexOf(',', last - 1) >= 0);
}


export type HeadingKind =
  | { kind: 'section'; section: SectionTemplate; match: 'official' | 'variant' | 'fuzzy' }
  | { kind: 'extra' };

/**
 * Decides whether a candidate is a top-level heading, given the number of the previous top-level heading.
 * A title of the template is a section whatever its numbering; a title found by key words only counts when its
 * number fits; an unknown title counts as an extra section only when it is numbered next in sequence.
 */
export function classifyHeading(c: HeadingCandidate, previousNumber: number): HeadingKind | undefined {
  const m = matchSectionTitle(c.title);
  if (m && m.match !== 'fuzzy') return { kind: 'section', section: m.section, match: m.match };
  const next = c.numberValue === previousNumber + 1;
  if (m && (next || c.numberValue === m.section.canonical || (c.markdown && !c.numberText))) {
    return { kind: 'section', section: m.section, match: m.match };
  }
  if (!c.numberText) return undefined;
  if (isKnownExtraSection(c.title) && (next || c.chinese)) return { kind: 'extra' };
  if (c.chinese && next && c.title.length <= 20 && !/[，,：:！!？?]/.test(c.title)) return { kind: 'extra' };
  return undefined;
}

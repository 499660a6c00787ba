// Where one report ends and the next begins, in a document holding several reports one after another
// (a reviewer's file of a whole region's reports). Splits fall on line starts, except where a report's file ended
// without a line break and the next report's first line was glued to its last (`cat a.txt b.txt`): then the split
// falls inside that line, after its last sentence.

import { skipPadding } from '../parse/cellValue';
import { breaksAtLf, lineEnd, nextLineStart } from '../text/lines';

const PAD = /^[\s\u00a0\u3000#]+|[\s\u00a0\u3000]+$/g;
const HEADING_NUMBER = /^[一二三四五六七八九十\d]{1,3}\s*[、.．]/;
const SENTENCE = /[。；;，,：:！？!?]/;

/** A report's title line: short, names 信息公开 and 年度报告 (or 年报), and is not a sentence or a section heading. */
export function isReportTitle(line: string): boolean {
  if (line.length > 80) return false;
  const t = line.replace(PAD, '');
  if (!t || t.length > 60 || !t.includes('信息公开')) return false;
  if (!t.includes('年度报告') && !t.endsWith('年报')) return false;
  return !SENTENCE.test(t) && !HEADING_NUMBER.test(t);
}

/**
 * The line just above a title that belongs to it: a title broken over two lines (2021年度宁海县政务服务办公室 /
 * 信息公开工作年度报告). Short, no punctuation, not a date, a number, a heading or a table row.
 */
export function isTitleLeader(line: string): boolean {
  if (line.length > 60 || /[\t|]/.test(line)) return false;
  const t = line.replace(PAD, '');
  if (t.length < 2 || t.length > 40 || SENTENCE.test(t) || HEADING_NUMBER.test(t)) return false;
  if (/^[（(]/.test(t) || /\d+\s*年\s*\d+\s*月/.test(t) || /^[+\-−]?[\d０-９.,，]+$/.test(t)) return false;
  return true;
}

const isBlankBetween = (text: string, start: number, end: number) => skipPadding(text, start, end) === end;

const YEAR = /(?:19|20)\d{2}\s*年/;
/** How a title ends: 报告 or 年报, and perhaps a bracketed note after it (（全文）). */
const TITLE_END = /(?:报告|年报)(?:[（(][^（()）]{1,12}[）)])?[\s\u00a0\u3000]*$/;

/** 。！？； and their ASCII forms: the marks a sentence ends with. */
function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x21 || c === 0x3f || c === 0x3b;
}

/** Where the text after the last sentence end of a line starts (its padding skipped); -1 when the line has no sentence end. */
function afterLastSentence(line: string): number {
  let i = line.length - 1;
  while (i >= 0 && !isSentenceEnd(line.charCodeAt(i))) i--;
  return i < 0 ? -1 : skipPadding(line, i + 1, line.length);
}

/**
 * Where a report title glued to the end of a line starts, or -1: the rest of the line after its last sentence end
 * is a title that names a year and ends as a title does (…年度报告). A sentence that mentions the report (现将…年度报告
 * 公布如下) does not end so.
 */
export function gluedTitleAt(line: string): number {
  if (line.length > 200 || !line.includes('信息公开')) return -1;
  const at = afterLastSentence(line);
  if (at <= 0 || at >= line.length) return -1;
  const tail = line.slice(at);
  return isReportTitle(tail) && YEAR.test(tail) && TITLE_END.test(tail) ? at : -1;
}

/** Where a line's report title starts: 0 for a title line, after the last sentence for a glued title, else -1. */
function titleAt(line: string): number {
  return isReportTitle(line) ? 0 : gluedTitleAt(line);
}

/** Where the issuing body written over a title starts when it was glued to the end of the line above, or -1. */
function gluedLeaderAt(line: string): number {
  if (line.length > 200) return -1;
  const at = afterLastSentence(line);
  return at > 0 && at < line.length && isTitleLeader(line.slice(at)) ? at : -1;
}

/**
 * The offsets at which reports start; the first is always 0. A title line starts a new report when the report
 * before it has a line of substance (not a title, not a short unpunctuated line such as a body's name), so a title
 * repeated at the top, or written over two lines, does not split. The title takes with it up to two short lines
 * just above it (blank lines between allowed): the issuing body written over the title.
 *
 * Every title contains 报 (报告, 年报), so only lines holding one are looked at; the lines above a title are read
 * backwards, and only until one of substance is found. Most lines of a report are never visited.
 */
export function splitReports(text: string): number[] {
  if (!breaksAtLf(text)) return splitLineByLine(text);
  const starts = [0];
  // Where the lines since the last title begin.
  let floor = 0;
  for (let mark = text.indexOf('报'); mark >= 0; ) {
    const lineStart = text.lastIndexOf('\n', mark) + 1;
    const end = lineEnd(text, lineStart, true);
    const at = titleAt(text.slice(lineStart, end));
    if (at >= 0) {
      // A glued title starts its report where it stands; a title line takes the leaders above it.
      const start = at > 0 ? lineStart + at : reportStartAbove(text, floor, lineStart);
      if (start >= 0) starts.push(start);
      floor = nextLineStart(text, end);
    }
    if (end >= text.length) break;
    mark = text.indexOf('报', end);
  }
  return starts;
}

/**
 * Where the report of the title line at `title` starts, reading the lines between `floor` and it from the nearest
 * up (line ends are LF or CRLF): at its leaders, the run of leader-like lines just above it among the last two
 * that are not blank; -1 when no line since `floor` is of substance (the title continues the report before it).
 */
function reportStartAbove(text: string, floor: number, titleStart: number): number {
  let start = titleStart;
  let nonBlank = 0;
  let inRun = true;
  for (let next = titleStart; next > floor; ) {
    // The line that ends at the break before `next` (text[next - 1] is its LF).
    const lineStart = next >= 2 ? text.lastIndexOf('\n', next - 2) + 1 : 0;
    const end = next - 2 >= lineStart && text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
    next = lineStart;
    if (isBlankBetween(text, lineStart, end)) continue;
    const line = text.slice(lineStart, end);
    if (!isTitleLeader(line)) {
      // The issuing body glued to the end of the line just above the title.
      const glued = nonBlank === 0 ? gluedLeaderAt(line) : -1;
      return glued > 0 ? lineStart + glued : start;
    }
    if (inRun && nonBlank < 2) start = lineStart;
    else inRun = false;
    nonBlank++;
  }
  return -1;
}

interface LineAt {
  start: number;
  end: number;
}

/** `splitReports` for a text with a lone CR as a line break: one pass over all its lines. */
function splitLineByLine(text: string): number[] {
  const starts = [0];
  const n = text.length;
  // Whether the current report has a line of substance; lines are judged only as they leave `recent`, and only
  // until one is found, so most lines are never judged at all.
  let substantial = false;
  // The last two lines since the last title that were neither blank nor a title: candidates for leaders.
  let recent: LineAt[] = [];
  const leaderLike = (l: LineAt) => isTitleLeader(text.slice(l.start, l.end));
  for (let lineStart = 0; ; ) {
    const end = lineEnd(text, lineStart, false);
    if (!isBlankBetween(text, lineStart, end)) {
      const at = titleAt(text.slice(lineStart, end));
      if (at > 0) {
        starts.push(lineStart + at);
        substantial = false;
        recent = [];
      } else if (at === 0) {
        // The leaders: the run of leader-like lines just above the title (at most two), or the issuing body glued
        // to the end of the line just above it.
        let k = recent.length;
        while (k > 0 && leaderLike(recent[k - 1])) k--;
        if (k > 0) substantial = true;
        const gluedLeader = k === recent.length && k > 0 ? gluedLeaderAt(text.slice(recent[k - 1].start, recent[k - 1].end)) : -1;
        if (substantial) starts.push(gluedLeader > 0 ? recent[k - 1].start + gluedLeader : k < recent.length ? recent[k].start : lineStart);
        substantial = false;
        recent = [];
      } else {
        recent.push({ start: lineStart, end });
        if (recent.length > 2) {
          const out = recent.shift()!;
          if (!substantial && !leaderLike(out)) substantial = true;
        }
      }
    }
    if (end >= n) return starts;
    lineStart = nextLineStart(text, end);
  }
}

// Where one report ends and the next begins, in a document holding several reports one after another
// (a reviewer's file of a whole region's reports). Splits fall on line starts only.

import { skipPadding } from '../parse/cellValue';
import { breaksAtLf, lineEnd, nextLineStart } from '../text/lines';

const PAD = /^[\s\u00a0\u3000#]+|[\s\u00a0\u3000]+$/g;
const HEADING_NUMBER = /^[一二三四五六七八九十\d]{1,3}\s*[、.．]/;
const SENTENCE = /[。；，,：:！？!?]/;

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
    if (isReportTitle(text.slice(lineStart, end))) {
      const start = reportStartAbove(text, floor, lineStart);
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
    const leader = isTitleLeader(text.slice(lineStart, end));
    if (!leader) return start;
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
      if (isReportTitle(text.slice(lineStart, end))) {
        // The leaders: the run of leader-like lines just above the title (at most two).
        let k = recent.length;
        while (k > 0 && leaderLike(recent[k - 1])) k--;
        if (k > 0) substantial = true;
        if (substantial) starts.push(k < recent.length ? recent[k].start : lineStart);
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

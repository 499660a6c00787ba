// Where one report ends and the next begins, in a document holding several reports one after another
// (a reviewer's file of a whole region's reports). Splits fall on line starts only.

import { isPadding } from '../parse/cellValue';
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

function isBlankBetween(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isPadding(text.charCodeAt(i))) return false;
  return true;
}

/** Where reports start: their offsets and line numbers (both beginning with 0), and the text's line breaks. */
export interface ReportSplit {
  starts: number[];
  lines: number[];
  breaks: number;
}

/**
 * The offsets at which reports start; the first is always 0. A title line starts a new report when the report
 * before it has a line of substance (not a title, not a short unpunctuated line such as a body's name), so a title
 * repeated at the top, or written over two lines, does not split. The title takes with it up to two short lines
 * just above it (blank lines between allowed): the issuing body written over the title.
 */
export function splitReports(text: string): number[] {
  return scanReports(text).starts;
}

interface LineAt {
  start: number;
  end: number;
  line: number;
}

/** `splitReports` with the line numbers of the starts; one pass, counting line breaks on the way. */
export function scanReports(text: string): ReportSplit {
  const starts = [0];
  const lines = [0];
  const n = text.length;
  // Whether the current report has a line of substance; lines are judged only as they leave `recent`, and only
  // until one is found, so most lines are never judged at all.
  let substantial = false;
  // The last two lines since the last title that were neither blank nor a title: candidates for leaders.
  let recent: LineAt[] = [];
  const leaderLike = (l: LineAt) => isTitleLeader(text.slice(l.start, l.end));
  // Every title contains 报 (报告, 年报): lines before the next 报 need no title test.
  let nextMark = text.indexOf('报');
  const lfOnly = breaksAtLf(text);
  let lineStart = 0;
  let line = 0;
  for (;;) {
    const end = lineEnd(text, lineStart, lfOnly);
    if (!isBlankBetween(text, lineStart, end)) {
      if (nextMark >= 0 && nextMark < lineStart) nextMark = text.indexOf('报', lineStart);
      if (nextMark >= 0 && nextMark < end && isReportTitle(text.slice(lineStart, end))) {
        // The leaders: the run of leader-like lines just above the title (at most two).
        let k = recent.length;
        while (k > 0 && leaderLike(recent[k - 1])) k--;
        if (k > 0) substantial = true;
        if (substantial) {
          const first = k < recent.length ? recent[k] : { start: lineStart, line };
          starts.push(first.start);
          lines.push(first.line);
        }
        substantial = false;
        recent = [];
      } else {
        recent.push({ start: lineStart, end, line });
        if (recent.length > 2) {
          const out = recent.shift()!;
          if (!substantial && !leaderLike(out)) substantial = true;
        }
      }
    }
    if (end >= n) break;
    lineStart = nextLineStart(text, end);
    line++;
  }
  return { starts, lines, breaks: line };
}

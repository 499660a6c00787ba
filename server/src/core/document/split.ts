// Where one report ends and the next begins, in a document holding several reports one after another
// (a reviewer's file of a whole region's reports). Splits fall on line starts only.

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
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b))) return false;
  }
  return true;
}

/**
 * The offsets at which reports start; the first is always 0. A title line starts a new report when the report
 * before it has a line of substance (not a title, not a short unpunctuated line such as a body's name), so a title
 * repeated at the top, or written over two lines, does not split. The title takes with it up to two short lines
 * just above it (blank lines between allowed): the issuing body written over the title.
 */
export function splitReports(text: string): number[] {
  const starts = [0];
  const n = text.length;
  let body = 0;
  // Short lines since the last line of substance: the ones nearest the next title go with it.
  let leaders: number[] = [];
  // Every title contains 报 (报告, 年报): lines before the next 报 need no title test.
  let nextMark = text.indexOf('报');
  let lineStart = 0;
  for (;;) {
    let end = lineStart;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    if (!isBlankBetween(text, lineStart, end)) {
      if (nextMark >= 0 && nextMark < lineStart) nextMark = text.indexOf('报', lineStart);
      const line = text.slice(lineStart, end);
      if (nextMark >= 0 && nextMark < end && isReportTitle(line)) {
        if (body > 0) starts.push(leaders.length ? leaders[0] : lineStart);
        body = 0;
        leaders = [];
      } else if (isTitleLeader(line)) {
        leaders.push(lineStart);
        if (leaders.length > 2) leaders.shift();
      } else {
        body++;
        leaders = [];
      }
    }
    if (end >= n) break;
    lineStart = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return starts;
}

import { matchSectionTitle } from './template/sections';
import { headingCandidate } from './model/headings';

/**
 * Whether a plain-text or Markdown document is a disclosure annual report: a title with 政府信息公开 and 年度报告
 * near the top, or at least three of the six section titles. Reads only the first 400 lines' headings.
 */
export function looksLikeReport(text: string): boolean {
  const head = text.slice(0, 2000);
  if (/政府信息公开|信息公开工作/.test(head) && /年度报告|年报/.test(head)) return true;
  const found = new Set<number>();
  let lineStart = 0;
  for (let n = 0; n < 400 && lineStart < text.length; n++) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    const line = text.slice(lineStart, end).replace(/\r$/, '');
    const c = headingCandidate(line);
    const m = c && matchSectionTitle(c.title);
    if (m) found.add(m.section.canonical);
    if (found.size >= 3) return true;
    lineStart = end + 1;
  }
  return false;
}

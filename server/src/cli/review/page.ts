// `--format html`: one self-contained review page for a folder of reports. No network and no script but its own: a
// strict Content-Security-Policy allows only the page's style and script, by their hashes. The summary and the
// chart are written here; the table of reports and each report's findings are drawn by the script from the data,
// embedded once, so that the page stays small for thousands of reports.
import { createHash } from 'crypto';
import type { Lang } from '../../core';
import type { FileResult } from '../checkFile';
import { totals } from '../format';
import { reviewData, type ReviewData } from './data';
import { REVIEW_SCRIPT } from './script';
import { REVIEW_STYLE } from './style';

const L = (lang: Lang, zh: string, en: string) => (lang === 'zh' ? zh : en);
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The data as a script's text: no `</script>`, `<!--` or line separator can end or confuse the block. */
function dataBlock(data: ReviewData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const BAR_HEIGHT = 22;
const LABEL_WIDTH = 190;
const CHART_WIDTH = 720;

/** How many reports each rule fires in, as bars (inline SVG: no script, no image). */
function ruleChart(data: ReviewData): string {
  const fired = data.rules.filter((r) => r[3] > 0).sort((a, b) => b[3] - a[3] || (a[0] < b[0] ? -1 : 1));
  if (!fired.length) return `<p>${L(data.lang, '没有发现问题。', 'Nothing found.')}</p>`;
  const most = fired[0][3];
  const span = CHART_WIDTH - LABEL_WIDTH - 60;
  const bars = fired.map(([id, severity, summary, reports], k) => {
    const y = k * BAR_HEIGHT;
    const w = Math.max(2, Math.round((reports / most) * span));
    return `<g class="sev-${severity}"><title>${escapeHtml(summary)}</title><text x="${LABEL_WIDTH - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(id)}</text>`
      + `<rect x="${LABEL_WIDTH}" y="${y + 4}" width="${w}" height="${BAR_HEIGHT - 8}"></rect><text x="${LABEL_WIDTH + w + 6}" y="${y + 15}">${reports}</text></g>`;
  });
  const height = fired.length * BAR_HEIGHT;
  return `<svg id="chart" role="img" aria-label="${escapeHtml(L(data.lang, '各规则出现问题的报告数', 'Reports each rule fires in'))}" width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}">${bars.join('')}</svg>`;
}

export function formatHtml(results: FileResult[], lang: Lang, version: string): string {
  const data = reviewData(results, lang);
  const t = totals(results);
  const title = L(lang, '政府信息公开工作年度报告检查结果', 'Review of government information-disclosure annual reports');
  const summary = L(lang,
    `共 ${data.reports.length} 份：${t.errors} 个错误，${t.warnings} 个警告，${t.unreadable} 份无法读取`,
    `${data.reports.length} reports: ${t.errors} errors, ${t.warnings} warnings, ${t.unreadable} unreadable`);
  const csp = `default-src 'none'; script-src ${sha256(REVIEW_SCRIPT)}; style-src ${sha256(REVIEW_STYLE)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="govreport ${escapeHtml(version)}">
<title>${escapeHtml(title)}</title>
<style>${REVIEW_STYLE}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p id="summary">${escapeHtml(summary)}</p>
<h2>${escapeHtml(L(lang, '各规则出现问题的报告数', 'Reports each rule fires in'))}</h2>
${ruleChart(data)}
<h2>${escapeHtml(L(lang, '报告', 'Reports'))}</h2>
<p class="controls"><input id="filter" type="search" placeholder="${escapeHtml(L(lang, '按文件、机关、年度或规则筛选', 'Filter by file, body, year or rule'))}">
<select id="severity"><option value="all">${escapeHtml(L(lang, '全部报告', 'All reports'))}</option><option value="errors">${escapeHtml(L(lang, '有错误的', 'With errors'))}</option><option value="warnings">${escapeHtml(L(lang, '有错误或警告的', 'With errors or warnings'))}</option></select>
<span id="shown"></span></p>
<table id="reports"><thead><tr></tr></thead><tbody></tbody></table>
<section id="details"><p>${escapeHtml(L(lang, '选择一份报告，查看它的问题。', 'Choose a report to see its findings.'))}</p></section>
<script type="application/json" id="review-data">${dataBlock(data)}</script>
<script>${REVIEW_SCRIPT}</script>
</body>
</html>
`;
}

// Part 11: an HTML page in process, warm: our whole check (htmlReader.read → checkSource) against parse5 alone on
// the same decoded page, with source locations (as our reader parses) and without. Two pages: LibreOffice's HTML
// of a filled template, and a portal page built around that report (menus, 100 related links, a site script).
import * as fs from 'node:fs';
import { fmt, interleaved, kb, load, QUICK, ratio } from './common.mjs';

const PORTAL_BYTES = 200_000;

/** A government portal's article page with `report` (LibreOffice's body) as the article, about PORTAL_BYTES long. */
export function portalPage(report) {
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(report)[1];
  const styles = /<style[^>]*>[\s\S]*?<\/style>/.exec(report)?.[0] ?? '';
  const link = (k, text) => `<a href="/art/2023/${1 + (k % 12)}/${1 + (k % 28)}/art_1229_${3_000_000 + k * 37}.html" target="_blank" title="${text}">${text}</a>`;
  const menu = Array.from({ length: 10 }, (_, m) => `<li class="nav-item"><a href="/col/col${1200 + m}/index.html">栏目${m + 1}</a><ul class="sub">${Array.from({ length: 8 }, (_, s) => `<li>${link(m * 8 + s, `子栏目${m + 1}-${s + 1}`)}</li>`).join('')}</ul></li>`).join('\n');
  const related = Array.from({ length: 100 }, (_, k) => `<li>${link(1000 + k, `某某区某某局${2023 - (k % 5)}年政府信息公开工作年度报告`)}<span class="date">${2023 - (k % 5)}-03-${String(1 + (k % 28)).padStart(2, '0')}</span></li>`).join('\n');
  const head = `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<meta name="SiteName" content="某某区人民政府">\n<meta name="ColumnName" content="政府信息公开年报">\n<meta name="ArticleTitle" content="政府信息公开工作年度报告">\n<title>政府信息公开工作年度报告 - 某某区人民政府</title>\n<link rel="stylesheet" href="/static/css/common.css">\n<link rel="stylesheet" href="/static/css/article.css">\n${styles}\n<script src="/static/js/jquery.min.js"></script>\n`;
  const top = `</head>\n<body>\n<div class="top-bar"><a href="/">首页</a> | <a href="/wza">无障碍</a> | <a href="/en">English</a></div>\n<div class="header"><img src="/static/img/logo.png" alt="某某区人民政府"><form action="/search"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div>\n<ul class="nav">\n${menu}\n</ul>\n<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1229/">政府信息公开</a> &gt; <a href="/col/col1230/">政府信息公开年报</a></div>\n<div class="main"><div class="article"><h1 class="article-title">政府信息公开工作年度报告</h1><div class="article-info">发布日期：2023-01-30 来源：某某区人民政府办公室 字号：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</div>\n<div class="article-content" id="zoom">\n`;
  const bottom = `\n</div><div class="article-tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div></div>\n<div class="side"><h3>相关信息</h3><ul class="related">\n${related}\n</ul></div></div>\n<div class="footer">主办：某某区人民政府办公室 网站标识码：3302000000 浙ICP备00000000号</div>\n`;
  // The site's column tree as portals embed it, as long as it takes to make the page about PORTAL_BYTES.
  const columns = [];
  const page = () => `${head}${top}${body}${bottom}<script>var siteColumns = [${columns.join(',')}];</script>\n</body>\n</html>\n`;
  while (Buffer.byteLength(page()) < PORTAL_BYTES) {
    const k = columns.length;
    columns.push(`{"id":${1200 + k},"name":"栏目${k}","url":"/col/col${1200 + k}/index.html","parent":${1200 + (k >> 3)}}`);
  }
  return page();
}

export async function htmlPart({ row, section, record, documents }) {
  section('11. HTML page in process, warm: our whole check vs parse5 alone on the decoded page (ms per page; median of interleaved rounds)');
  const { htmlReader, decodePage } = load('server/src/readers/html/index.js');
  const { checkSource } = load('server/src/core/index.js');
  const parse5 = await import('parse5');
  const libreOffice = fs.readFileSync(documents.html[0]);
  const portal = Buffer.from(portalPage(libreOffice.toString('utf8')));
  const pages = [
    { name: 'LibreOffice HTML of a filled template (report 000)', bytes: new Uint8Array(libreOffice) },
    { name: `portal page: menus, 100 related links, the same report`, bytes: new Uint8Array(portal) },
  ].map((p) => ({ ...p, text: decodePage(p.bytes).text }));
  const ours = async (page) => checkSource(await htmlReader.read(page.bytes));
  const tools = [
    { run: ours, runs: QUICK ? 2 : 5 },
    { run: (page) => parse5.parse(page.text, { sourceCodeLocationInfo: true }), runs: QUICK ? 2 : 5 },
    { run: (page) => parse5.parse(page.text), runs: QUICK ? 2 : 5 },
  ];
  for (let i = 0; i < (QUICK ? 3 : 20); i++) for (const p of pages) for (const t of tools) await t.run(p);
  const [us, located, bare] = await interleaved(tools, pages, QUICK ? 3 : 15, 1);
  row('page', 'KB', 'findings', 'ours ms', 'parse5 + locations ms', 'parse5 ms', 'ours / parse5 + locations', 'ours / parse5');
  const entries = [];
  for (const [k, p] of pages.entries()) {
    const e = { page: p.name, bytes: p.bytes.length, findings: (await ours(p)).diagnostics.length, oursMs: us[k], parse5LocationsMs: located[k], parse5Ms: bare[k] };
    e.ratioToLocated = e.oursMs / e.parse5LocationsMs;
    e.ratioToBare = e.oursMs / e.parse5Ms;
    entries.push(e);
    row(p.name, kb(e.bytes), e.findings, fmt(e.oursMs, 2), fmt(e.parse5LocationsMs, 2), fmt(e.parse5Ms, 2), ratio(e.ratioToLocated), ratio(e.ratioToBare));
  }
  const worst = Math.max(...entries.map((e) => e.ratioToLocated));
  record('html', { pages: entries, worstRatioToLocated: worst, target: 'ours ≤ 1.5× parse5 with locations', met: worst <= 1.5 });
}

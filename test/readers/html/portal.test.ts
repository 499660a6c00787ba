// A report page as a county portal publishes it: site header and menu, breadcrumbs, the article's title over a
// content <div> that holds the report, share buttons, previous / next links, related links (other years' reports,
// whose titles would each start a report), a footer and scripts. Only the title and the content <div> are read.
import * as assert from 'assert';
import * as iconv from 'iconv-lite';
import type { SourceDocument } from '../../../server/src/core/source/document';
import { checkSource } from '../../../server/src/core';
import { htmlReader } from '../../../server/src/readers/html';
import { blocksShort, COVERED, read, TestPage } from './helpers';

/** The page, one array item per line (line N of the page is item N − 1). */
const LINES = [
  '<!DOCTYPE html>',
  '<html lang="zh-CN">',
  '<head>',
  '<meta charset="utf-8">',
  '<title>某县2023年政府信息公开工作年度报告_某县人民政府</title>',
  '<script>var _hmt = _hmt || []; document.title = "一、总体情况";</script>',
  '<style>.nav { color: red }</style>',
  '</head>',
  '<body>',
  '<div class="header"><img src="logo.png" alt="某县人民政府"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li></ul></div>',
  '<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年度报告</a></div>',
  '<div class="article">',
  '<h1 class="title">某县2023年政府信息公开工作年度报告</h1>',
  '<div class="info"><span>发布时间：2024-01-20</span> <span>来源：县政府办公室</span></div>',
  '<div class="content" id="zoom">',
  '<p style="text-indent: 2em">本报告依据《中华人民共和国政府信息公开条例》编制。</p>',
  '<p><strong>一、总体情况</strong></p>',
  '<p>2023年，某县主动公开政府信息&nbsp;120&nbsp;条。</p>',
  '<p><strong>二、主动公开政府信息情况</strong></p>',
  '<table border="1"><tr><td colspan="4">第二十条第（一）项</td></tr>',
  '<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>',
  '<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr></table>',
  '<p><strong>三、收到和处理政府信息公开申请情况</strong></p>',
  '<table border="1"><tr><td rowspan="2">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td>自然人</td><td>总计</td></tr>',
  '<tr><td>1</td><td>1</td></tr></table>',
  '<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>',
  '<table border="1"><tr><td>行政复议</td><td>行政诉讼</td></tr><tr><td>0</td><td>0</td></tr></table>',
  '<p><strong>五、存在的主要问题及改进情况</strong></p>',
  '<p>公开内容不够全面。</p>',
  '<p><strong>六、其他需要报告的事项</strong></p>',
  '<p>本年度未收取信息处理费。</p>',
  '<p style="text-align: right">某县人民政府办公室<br>2024年1月20日</p>',
  '</div>',
  '<div class="share bdsharebuttonbox">分享到：<a href="#" class="bds_weixin">微信</a></div>',
  '<div class="pages"><p>上一篇：<a href="a.html">某县2022年政府信息公开工作年度报告</a></p></div>',
  '</div>',
  '<div class="related"><h3>相关链接</h3><ul><li><a href="c.html">某县2022年政府信息公开工作年度报告</a></li><li><a href="d.html">某县2021年政府信息公开工作年度报告</a></li></ul></div>',
  '<div class="footer"><p>主办：某县人民政府办公室</p><p>网站标识码：3301000001</p></div>',
  '<script>document.write("<p>一、总体情况</p>")</script>',
  '</body>',
  '</html>',
];
const P = new TestPage(LINES);
const PAGE = P.text;

const EXPECTED: SourceDocument = {
  format: 'html',
  blocks: [
    P.para('某县2023年政府信息公开工作年度报告', 13, 'h1'),
    P.para('本报告依据《中华人民共和国政府信息公开条例》编制。', 16, 'p'),
    P.para('一、总体情况', 17, 'p'),
    {
      kind: 'paragraph', text: '2023年，某县主动公开政府信息\u00a0120\u00a0条。', source: P.tag(18, 'p'),
      pieces: [{ start: 0, end: 16, source: P.offsetOn(18, '2023年') }, { start: 17, end: 20, source: P.offsetOn(18, '120') }, { start: 21, end: 23, source: P.offsetOn(18, '条。') }],
    },
    P.para('二、主动公开政府信息情况', 19, 'p'),
    {
      kind: 'table', source: P.tag(20, 'table'),
      rows: [
        P.row(20, 0, [P.cell('第二十条第（一）项', 20, 0, { colSpan: 4 })]),
        P.row(21, 0, [P.cell('信息内容', 21, 0), P.cell('本年制发件数', 21, 1), P.cell('本年废止件数', 21, 2), P.cell('现行有效件数', 21, 3)]),
        P.row(22, 0, [P.cell('规章', 22, 0), P.cell('0', 22, 1), P.cell('0', 22, 2), P.cell('0', 22, 3)]),
      ],
    },
    P.para('三、收到和处理政府信息公开申请情况', 23, 'p'),
    {
      kind: 'table', source: P.tag(24, 'table'),
      rows: [
        P.row(24, 0, [P.cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 24, 0, { rowSpan: 2 }), P.cell('自然人', 24, 1), P.cell('总计', 24, 2)]),
        // The cell merged down from the row above is listed, empty and covered, where it stands on the grid.
        P.row(25, 0, [COVERED, P.cell('1', 25, 0), P.cell('1', 25, 1)]),
      ],
    },
    P.para('四、政府信息公开行政复议、行政诉讼情况', 26, 'p'),
    {
      kind: 'table', source: P.tag(27, 'table'),
      rows: [P.row(27, 0, [P.cell('行政复议', 27, 0), P.cell('行政诉讼', 27, 1)]), P.row(27, 1, [P.cell('0', 27, 2), P.cell('0', 27, 3)])],
    },
    P.para('五、存在的主要问题及改进情况', 28, 'p'),
    P.para('公开内容不够全面。', 29, 'p'),
    P.para('六、其他需要报告的事项', 30, 'p'),
    P.para('本年度未收取信息处理费。', 31, 'p'),
    P.para('某县人民政府办公室', 32, 'p'),
    // The line after a <br> starts at the <br>.
    P.para('2024年1月20日', 32, 'br'),
  ],
};

describe('html reader: a portal page', () => {
  it('is sniffed as HTML', () => {
    assert.strictEqual(htmlReader.sniff(new TextEncoder().encode(PAGE)), true);
  });

  it('keeps the title and the content <div>: no menu, breadcrumbs, info line, share or related links, footer, scripts', async () => {
    const doc = await read(PAGE);
    assert.deepStrictEqual(doc, EXPECTED);
  });

  it('is read through the Reader interface from its bytes', async () => {
    assert.deepStrictEqual(await htmlReader.read(new TextEncoder().encode(PAGE)), EXPECTED);
  });

  it('checks as one report with its six sections and three tables found', async () => {
    const { report, diagnostics } = checkSource(await read(PAGE));
    assert.deepStrictEqual(report.sections.map((s) => s.canonical), [1, 2, 3, 4, 5, 6]);
    assert.strictEqual(report.title?.text, '某县2023年政府信息公开工作年度报告');
    assert.deepStrictEqual(diagnostics.filter((d) => ['section-missing', 'table-missing', 'section-order'].includes(d.rule)), []);
  });
});

describe('html reader: where the report is on other pages', () => {
  it('a page without section headings or template tables keeps its body, minus <nav>, <header>, <footer>, <aside>', async () => {
    const p = new TestPage([
      '<html><body>',
      '<header><h1>某县人民政府</h1><nav><a href="/">首页</a> <a href="/zwgk/">政务公开</a></nav></header>',
      '<main><article><header><h2>某县2023年政府信息公开工作年度报告</h2></header>',
      '<p>报告全文见附件。</p>',
      '<footer><p>发布日期：2024-01-20</p></footer></article>',
      '<aside><p>热点文章</p></aside></main>',
      '<footer role="contentinfo"><p>版权所有：某县人民政府</p></footer>',
      '</body></html>',
    ]);
    // The header and footer of the article are the article's own (its title, its date): they stay.
    assert.deepStrictEqual(await read(p.text), {
      format: 'html',
      blocks: [p.para('某县2023年政府信息公开工作年度报告', 3, 'h2'), p.para('报告全文见附件。', 4, 'p'), p.para('发布日期：2024-01-20', 5, 'p')],
    });
  });

  const report = (before: string[], after: string[] = []) => [
    '<html><body>', ...before,
    '<div class="content"><p>一、总体情况</p><p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p>',
    '<p>四、政府信息公开行政复议、行政诉讼情况</p><p>五、存在的主要问题及改进情况</p><p>六、其他需要报告的事项</p></div>', ...after,
    '</body></html>',
  ];
  const SECTIONS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

  it('a title inside the content is not taken twice; the page title above it and the lines between are left out', async () => {
    const doc = await read(new TestPage(report(['<h1>某县2023年政府信息公开工作年度报告</h1><p>来源：县政府办</p>', '<div class="content"><h2>某县2023年政府信息公开工作年度报告</h2>'], ['</div>'])).text);
    assert.deepStrictEqual(blocksShort(doc), ['某县2023年政府信息公开工作年度报告', ...SECTIONS]);
    assert.strictEqual((doc.blocks[0].source as { line: number }).line, 3);
  });

  it('the title taken from outside is the last one before the report, not a breadcrumb or a link', async () => {
    const doc = await read(new TestPage(report([
      '<p><a href="/ndbg/">某县2022年政府信息公开工作年度报告</a></p>',
      '<div class="title">某县2023年政府信息公开工作年度报告</div>',
    ], ['<ul><li><a href="x.html">某县2021年政府信息公开工作年度报告</a></li></ul>'])).text);
    assert.deepStrictEqual(blocksShort(doc), ['某县2023年政府信息公开工作年度报告', ...SECTIONS]);
  });

  it('a table of contents made of links inside the report is left out (its headings would repeat the sections)', async () => {
    const doc = await read(new TestPage(report(['<div class="content"><p>某县2023年政府信息公开工作年度报告</p><p><a href="#s1">一、总体情况</a></p><p><a href="#s2">二、主动公开政府信息情况</a></p>'], ['</div>'])).text);
    assert.deepStrictEqual(blocksShort(doc), ['某县2023年政府信息公开工作年度报告', ...SECTIONS]);
  });

  it('a link left open over the whole report (parse5 carries it into every paragraph) does not hide the report', async () => {
    const doc = await read(new TestPage(report(['<p><a href="/">首页</a></p><a href="#top">'])).text);
    assert.deepStrictEqual(blocksShort(doc), SECTIONS);
  });

  it('one mark alone does not decide: a page with a single section heading keeps its body minus the chrome', async () => {
    const doc = await read(new TestPage(['<html><body><nav><a href="/">首页</a></nav><p>某县2023年政府信息公开工作年度报告</p>', '<div><p>一、总体情况</p></div><p>详见附件。</p></body></html>']).text);
    assert.deepStrictEqual(blocksShort(doc), ['某县2023年政府信息公开工作年度报告', '一、总体情况', '详见附件。']);
  });

  it('sections spread over sibling elements (Word\'s WordSection divs) are held by their common parent', async () => {
    const doc = await read(new TestPage([
      '<html><body><div class="WordSection1"><p>某县2023年政府信息公开工作年度报告</p><p>一、总体情况</p><p>二、主动公开政府信息情况</p></div>',
      '<div class="WordSection2"><p>三、收到和处理政府信息公开申请情况</p><p>四、政府信息公开行政复议、行政诉讼情况</p></div>',
      '<div class="WordSection3"><p>五、存在的主要问题及改进情况</p><p>六、其他需要报告的事项</p></div></body></html>',
    ]).text);
    assert.deepStrictEqual(blocksShort(doc), ['某县2023年政府信息公开工作年度报告', ...SECTIONS]);
  });
});

describe('html reader: a page saved by a browser ("Webpage, Complete": the .html and its _files/ folder)', () => {
  const p = new TestPage([
    '<!DOCTYPE html>',
    '<!-- saved from url=(0061)http://www.example.gov.cn/art/2024/1/20/art_1229_3000000.html -->',
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK">',
    '<link rel="stylesheet" href="./某县年报_files/style.css"><script src="./某县年报_files/jquery.min.js"></script></head>',
    '<body><div class="nav"><img src="./某县年报_files/logo.png" alt="某县"><a href="http://www.example.gov.cn/">首页</a></div>',
    '<div id="zoom"><p>某县2023年政府信息公开工作年度报告</p><p>一、总体情况</p><p>二、主动公开政府信息情况</p></div>',
    '</body></html>',
  ]);
  const bytes = new Uint8Array(iconv.encode(p.text, 'gbk'));

  it('is sniffed after its "saved from url" comment, decoded from its GBK, read without the folder (images only)', async () => {
    assert.strictEqual(htmlReader.sniff(bytes), true);
    assert.deepStrictEqual(await htmlReader.read(bytes), {
      format: 'html',
      blocks: [p.para('某县2023年政府信息公开工作年度报告', 6, 'p'), p.para('一、总体情况', 6, 'p', 1), p.para('二、主动公开政府信息情况', 6, 'p', 2)],
    });
  });
});

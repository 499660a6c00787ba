// Paragraphs from a page's markup: one per block element and per <br>-separated line, inline markup joined, white
// space collapsed as a browser shows it (NBSP and U+3000 kept), what a reader of the page never sees left out;
// every paragraph with its start tag and the verbatim pieces of its text.
import * as assert from 'assert';
import { blocksShort, read, TestPage } from './helpers';

const body = (...lines: string[]) => new TestPage(['<html><body>', ...lines, '</body></html>']);

describe('html reader: paragraphs', () => {
  it('block elements are paragraphs, inline markup is joined, <br> breaks a line, text between blocks is its own line', async () => {
    const p = body(
      '<h2>一、<span style="font-weight:bold">工作</span><b>概况</b></h2>',
      '<div>甲<br>乙<p>丙</p>丁</div>',
      '<ul><li>第一</li><li>第二<a href="x">链接</a></li></ul>',
    );
    assert.deepStrictEqual(await read(p.text), {
      format: 'html',
      blocks: [
        {
          kind: 'paragraph', text: '一、工作概况', source: p.tag(2, 'h2'),
          pieces: [{ start: 0, end: 2, source: p.offsetOn(2, '一、') }, { start: 2, end: 4, source: p.offsetOn(2, '工作') }, { start: 4, end: 6, source: p.offsetOn(2, '概况') }],
        },
        p.para('甲', 3, 'div'),
        p.para('乙', 3, 'br'),
        p.para('丙', 3, 'p'),
        // A line that starts after a block inside its parent starts at its first text.
        { kind: 'paragraph', text: '丁', source: { format: 'html', line: 3, column: p.offsetOn(3, '丁') - p.offsetOn(3, '<div') + 1 }, pieces: [{ start: 0, end: 1, source: p.offsetOn(3, '丁') }] },
        p.para('第一', 4, 'li'),
        {
          kind: 'paragraph', text: '第二链接', source: p.tag(4, 'li', 1),
          pieces: [{ start: 0, end: 2, source: p.offsetOn(4, '第二') }, { start: 2, end: 4, source: p.offsetOn(4, '链接') }],
        },
      ],
    });
  });

  it('white space collapses to one space and none at the ends; NBSP, U+3000 and &nbsp; stay as the text has them', async () => {
    const p = body('<p>\n   公开  政府\t信息\u00a0\u00a0条\u3000\u3000目&nbsp;&nbsp;  </p>');
    const doc = await read(p.text);
    assert.deepStrictEqual(doc.blocks.map((b) => b.kind === 'paragraph' && [b.text, b.pieces]), [[
      '公开 政府 信息\u00a0\u00a0条\u3000\u3000目\u00a0\u00a0',
      // The collapsed runs of white space are not verbatim (the page has two spaces, a tab); the references neither.
      [{ start: 0, end: 2, source: p.offsetOn(2, '公开') }, { start: 3, end: 5, source: p.offsetOn(2, '政府') }, { start: 6, end: 14, source: p.offsetOn(2, '信息') }],
    ]]);
  });

  it('a line break between two Chinese characters is no space (Word wraps long lines anywhere); between others it is one', async () => {
    const p = new TestPage(['<html><body><p>政府信息', '公开工作年度报告 2023', 'year</p></body></html>']);
    const doc = await read(p.text);
    assert.deepStrictEqual(blocksShort(doc), ['政府信息公开工作年度报告 2023 year']);
    // A single space is verbatim; a line feed made a space is not.
    assert.deepStrictEqual(doc.blocks[0].kind === 'paragraph' && doc.blocks[0].pieces, [
      { start: 0, end: 4, source: p.offsetOn(1, '政府信息') }, { start: 4, end: 17, source: p.offsetOn(2, '公开') }, { start: 18, end: 22, source: p.offsetOn(3, 'year') },
    ]);
  });

  it('character references and CRLF split the pieces; each piece is the page\'s own characters', async () => {
    const text = '<html><body><p>第&#20108;&#x5341;条&amp;第（一）项\r\n2023年&copy 某县</p></body></html>';
    const doc = await read(text);
    assert.deepStrictEqual(doc.blocks.map((b) => b.kind === 'paragraph' && [b.text, b.pieces]), [[
      '第二十条&第（一）项 2023年© 某县',
      [{ start: 0, end: 1, source: text.indexOf('第&') }, { start: 3, end: 4, source: text.indexOf('条') }, { start: 5, end: 10, source: text.indexOf('第（') },
        { start: 11, end: 16, source: text.indexOf('2023') }, { start: 17, end: 20, source: text.indexOf(' 某县') }],
    ]]);
  });

  it('columns count UTF-16 code units, as the page text does: a character outside the BMP takes two', async () => {
    const p = body('<p>𠀀<span>一</span></p><p>二</p>');
    const doc = await read(p.text);
    assert.deepStrictEqual(doc.blocks.map((b) => b.source), [p.tag(2, 'p'), p.tag(2, 'p', 1)]);
    // <p> 3, 𠀀 2, <span> 6, 一 1, </span> 7, </p> 4: 23 code units before the second <p>.
    assert.strictEqual(p.tag(2, 'p', 1).column, 24);
  });

  it('scripts, styles, noscript, template, form controls, hidden elements and Word\'s mso-hide are left out', async () => {
    const doc = await read(body(
      '<script>document.write("<p>一、总体情况</p>")</script><style>p { color: red }</style><noscript><p>请启用脚本</p></noscript>',
      '<template><p>模板</p></template><select><option>友情链接</option></select><textarea>留言</textarea><button>分享</button>',
      '<p style="DISPLAY: none">隐藏</p><div hidden>隐藏</div><p>可见<span style="mso-hide:all">隐藏</span><span style="color:red;display:none !important">隐藏</span></p>',
      '<p style="display:block">显示<span style="font-family:none">字</span></p><iframe src="x"><p>框架</p></iframe>',
    ).text);
    assert.deepStrictEqual(blocksShort(doc), ['可见', '显示字']);
  });

  it('preformatted text keeps its line breaks as lines', async () => {
    assert.deepStrictEqual(blocksShort(await read(body('<pre>一、总体情况\n  全年公开  12 条\n\n二、主动公开政府信息情况</pre>').text)), ['一、总体情况', '全年公开 12 条', '二、主动公开政府信息情况']);
  });

  it('empty pages and pages without a body are empty documents', async () => {
    assert.deepStrictEqual(await read(''), { format: 'html', blocks: [] });
    assert.deepStrictEqual(await read('<html><frameset><frame src="a.html"></frameset></html>'), { format: 'html', blocks: [] });
  });
});

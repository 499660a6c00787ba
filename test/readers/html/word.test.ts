// A report saved by Word as "Web Page, Filtered" / "Web Page": GB2312 bytes, CRLF, XML islands and styles in
// conditional comments, <o:p> paragraph marks (with &nbsp; in empty paragraphs and cells), auto-numbering written
// between <![if !supportLists]> and <![endif]>, mso-spacerun spaces, mso-hide text, a comment's [A1] anchor and the
// comment list, a <font> left open, Chinese lines wrapped anywhere, the width-only row Word ends a table with.
import * as assert from 'assert';
import * as iconv from 'iconv-lite';
import { checkSource } from '../../../server/src/core';
import { decodePage, htmlReader } from '../../../server/src/readers/html';
import { assertPiecesVerbatim, TestPage } from './helpers';

const P = new TestPage([
  '<html xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:o="urn:schemas-microsoft-com:office:office"',
  'xmlns:w="urn:schemas-microsoft-com:office:word"',
  'xmlns="http://www.w3.org/TR/REC-html40">',
  '',
  '<head>',
  '<meta http-equiv=Content-Type content="text/html; charset=gb2312">',
  '<meta name=ProgId content=Word.Document>',
  '<meta name=Generator content="Microsoft Word 15">',
  '<link rel=File-List href="某县年报.files/filelist.xml">',
  '<!--[if gte mso 9]><xml>',
  ' <o:DocumentProperties>',
  '  <o:Author>办公室</o:Author>',
  ' </o:DocumentProperties>',
  '</xml><![endif]-->',
  '<style>',
  '<!--',
  'p.MsoNormal',
  '\t{mso-style-parent:"";',
  '\tfont-size:10.5pt;}',
  '-->',
  '</style>',
  '</head>',
  '',
  "<body lang=ZH-CN style='tab-interval:21.0pt'>",
  '',
  "<div class=WordSection1 style='layout-grid:15.6pt'>",
  '',
  "<p class=MsoNormal align=center style='text-align:center'><b><span",
  "style='font-size:18.0pt;font-family:方正小标宋简体'>某县2023年政府信息公开工作年度报告<span",
  'lang=EN-US><o:p></o:p></span></span></b></p>',
  '',
  '<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>',
  '',
  "<p class=MsoListParagraph style='margin-left:32.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span",
  "lang=EN-US style='font-family:黑体'><span style='mso-list:Ignore'>一、<span",
  "style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span></span><![endif]><span",
  "style='font-family:黑体'>总体情况<span lang=EN-US><o:p></o:p></span></span></p>",
  '',
  "<p class=MsoNormal style='text-indent:32.0pt'><font face=仿宋>2023年，本县认真贯彻落实《中华人民共和国政府信息公开条",
  "例》，全面推进政务公开。<span style='mso-spacerun:yes'>&nbsp; </span>全年主动公开政府信息<span lang=EN-US>1234</span>条<a",
  'class=msocomanchor id="_anchor_1" href="#_msocom_1" name="_msoanchor_1">[A1]</a>。</p>',
  '',
  "<p class=MsoNormal style='text-indent:32.0pt'>其中<span style='mso-hide:all'>隐藏文字</span>政策解读<span lang=EN-US>56</span>篇。</p>",
  '',
  "<p class=MsoNormal><span style='font-family:黑体'>二、主动公开政府信息情况</span></p>",
  '',
  '<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0',
  " style='border-collapse:collapse;border:none;mso-yfti-tbllook:1184'>",
  " <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>",
  "  <td width=568 colspan=4 valign=top style='width:426.1pt;border:solid windowtext 1.0pt'>",
  "  <p class=MsoNormal align=center style='text-align:center'><span style='font-family:黑体'>第二十条第（一）项<span lang=EN-US><o:p></o:p></span></span></p>",
  '  </td>',
  ' </tr>',
  " <tr style='mso-yfti-irow:1'>",
  "  <td width=142 valign=top style='width:106.5pt'><p class=MsoNormal align=center>信息内容</p></td>",
  "  <td width=142 valign=top style='width:106.5pt'><p class=MsoNormal align=center>本年制发件数</p></td>",
  "  <td width=142 valign=top style='width:106.5pt'><p class=MsoNormal align=center>本年废止件数</p></td>",
  "  <td width=142 valign=top style='width:106.5pt'><p class=MsoNormal align=center>现行有效件数</p></td>",
  ' </tr>',
  " <tr style='mso-yfti-irow:2;mso-yfti-lastrow:yes'>",
  '  <td width=142 valign=top><p class=MsoNormal align=center>规章</p></td>',
  '  <td width=142 valign=top><p class=MsoNormal align=center><span lang=EN-US>1<o:p></o:p></span></p></td>',
  '  <td width=142 valign=top><p class=MsoNormal align=center><span lang=EN-US><o:p>&nbsp;</o:p></span></p></td>',
  '  <td width=142 valign=top><p class=MsoNormal align=center><span lang=EN-US>1</span><span lang=EN-US>2<o:p></o:p></span></p></td>',
  ' </tr>',
  ' <![if !supportMisalignedColumns]>',
  ' <tr height=0>',
  "  <td width=142 style='border:none'></td>",
  "  <td width=142 style='border:none'></td>",
  "  <td width=142 style='border:none'></td>",
  "  <td width=142 style='border:none'></td>",
  ' </tr>',
  ' <![endif]>',
  '</table>',
  '',
  '<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>',
  '',
  '</div>',
  '',
  "<span lang=EN-US style='font-size:10.5pt;font-family:\"Times New Roman\"'><br clear=all style='page-break-before:always;mso-break-type:section-break'>",
  '</span>',
  '',
  "<div class=WordSection2 style='layout-grid:15.6pt'>",
  '',
  "<p class=MsoNormal><span style='font-family:黑体'>三、收到和处理政府信息公开申请情况</span></p>",
  '',
  '</div>',
  '',
  "<div style='mso-element:comment-list'><![if !supportAnnotations]>",
  '',
  '<hr class=msocomoff align=left size=1 width="33%">',
  '',
  '<![endif]>',
  '',
  "<div style='mso-element:comment'><![if !supportAnnotations]>",
  '',
  '<div id="_com_1" class=msocomtxt language=JavaScript><![endif]>',
  '',
  '<p class=MsoCommentText><span class=MsoCommentReference><span lang=EN-US>[A1]</span></span>请核对数字</p>',
  '',
  '</div>',
  '',
  '</div>',
  '',
  '</div>',
  '',
  '</body>',
  '',
  '</html>',
], '\r\n');

const BYTES = new Uint8Array(iconv.encode(P.text, 'gb2312'));
/** A piece of `text` at `start`, standing on `line` right after `before`. */
const piece = (start: number, text: string, line: number, before = '') => ({ start, end: start + text.length, source: P.offsetOn(line, before + text) + before.length });
const cell = (text: string, line: number, pieces: { start: number; end: number; source: number }[], colSpan?: number) => ({
  text, ...(colSpan ? { colSpan } : {}), source: P.tag(line, 'td'), pieces,
});

describe('html reader: a page saved by Word', () => {
  it('is sniffed as HTML and decoded from GB2312 as GB18030, CRLF kept', () => {
    assert.strictEqual(htmlReader.sniff(BYTES), true);
    const page = decodePage(BYTES);
    assert.deepStrictEqual([page.encoding, page.replaced, page.text], ['gb18030', false, P.text]);
  });

  it('reads the paragraphs and the table as Word\'s own text export has them', async () => {
    const doc = await htmlReader.read(BYTES);
    assertPiecesVerbatim(doc, P.text);
    const first = '2023年，本县认真贯彻落实《中华人民共和国政府信息公开条';
    const second = '例》，全面推进政务公开。';
    assert.deepStrictEqual(doc, {
      format: 'html',
      blocks: [
        { kind: 'paragraph', text: '某县2023年政府信息公开工作年度报告', source: P.tag(29, 'p'), pieces: [piece(0, '某县2023年政府信息公开工作年度报告', 30)] },
        // The auto-number is text Word writes for browsers without list support: 一、, two NBSPs and a space.
        { kind: 'paragraph', text: '一、\u00a0\u00a0 总体情况', source: P.tag(35, 'p'), pieces: [piece(0, '一、', 36), piece(4, ' ', 37, '&nbsp;&nbsp;'), piece(5, '总体情况', 38)] },
        {
          // 条 / 例 wrapped by Word join without a space; mso-spacerun's &nbsp; and space stay; [A1] goes.
          kind: 'paragraph', text: `${first}${second}\u00a0 全年主动公开政府信息1234条。`, source: P.tag(40, 'p'),
          pieces: [piece(0, first, 40), piece(first.length, second, 41), piece(first.length + second.length + 1, ' ', 41, '&nbsp;'), piece(first.length + second.length + 2, '全年主动公开政府信息', 41),
            piece(first.length + second.length + 12, '1234', 41, '>'), piece(first.length + second.length + 16, '条', 41), piece(first.length + second.length + 17, '。', 42)],
        },
        { kind: 'paragraph', text: '其中政策解读56篇。', source: P.tag(44, 'p'), pieces: [piece(0, '其中', 44), piece(2, '政策解读', 44), piece(6, '56', 44, '>'), piece(8, '篇。', 44)] },
        { kind: 'paragraph', text: '二、主动公开政府信息情况', source: P.tag(46, 'p'), pieces: [piece(0, '二、主动公开政府信息情况', 46)] },
        {
          kind: 'table', source: P.tag(48, 'table'),
          rows: [
            { source: P.tag(50, 'tr'), cells: [cell('第二十条第（一）项', 51, [piece(0, '第二十条第（一）项', 52)], 4)] },
            { source: P.tag(55, 'tr'), cells: [56, 57, 58, 59].map((line, i) => { const t = ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'][i]; return cell(t, line, [piece(0, t, line)]); }) },
            {
              source: P.tag(61, 'tr'),
              // A cell of Word's <o:p>&nbsp;</o:p> is blank; 1 and 2 in two runs are one number in two pieces.
              cells: [cell('规章', 62, [piece(0, '规章', 62)]), cell('1', 63, [piece(0, '1', 63, '>')]), cell('', 64, []), cell('12', 65, [piece(0, '1', 65, '>'), piece(1, '2', 65, '>')])],
            },
          ],
        },
        { kind: 'paragraph', text: '三、收到和处理政府信息公开申请情况', source: P.tag(86, 'p'), pieces: [piece(0, '三、收到和处理政府信息公开申请情况', 86)] },
      ],
    });
  });

  it('checks its sections as the core reads Word\'s numbering', async () => {
    const { report } = checkSource(await htmlReader.read(BYTES));
    assert.deepStrictEqual(report.sections.map((s) => [s.canonical, s.numberText, s.title]), [[1, '一', '总体情况'], [2, '二', '主动公开政府信息情况'], [3, '三', '收到和处理政府信息公开申请情况']]);
  });
});

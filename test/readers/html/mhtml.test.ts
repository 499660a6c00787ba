// Pages saved as one file: a browser's .mhtml (quoted-printable UTF-8, soft line breaks) and Word's .mht
// ("single file web page"; here its HTML part in base64, GB2312 declared in the part's header, not in the page).
import * as assert from 'assert';
import * as iconv from 'iconv-lite';
import { ReaderError } from '../../../server/src/readers/reader';
import { decodeMhtml, htmlReader, mhtmlReader } from '../../../server/src/readers/html';
import { decodeQuotedPrintable } from '../../../server/src/readers/html/mhtml';
import { assertPiecesVerbatim, TestPage } from './helpers';

/**
 * Quoted-printable as MIME writers make it: the text's CRLF line breaks as they are, =XX for '=' and every other
 * byte outside printable ASCII, lines of at most 76 characters ended by a soft break (=).
 */
function quotedPrintable(bytes: Uint8Array): string {
  let out = '';
  let line = '';
  for (const b of bytes) {
    if (b === 0x0d) continue;
    const token = b === 0x0a ? '\n' : b >= 0x20 && b < 0x7f && b !== 0x3d ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (token === '\n') {
      out += `${line}\r\n`;
      line = '';
      continue;
    }
    if (line.length + token.length > 75) {
      out += `${line}=\r\n`;
      line = '';
    }
    line += token;
  }
  return out + line;
}

const ascii = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

const PAGE = new TestPage([
  '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>',
  '<div class="nav"><a href="/">首页</a></div>',
  '<div class="content"><p>某县2023年政府信息公开工作年度报告</p><p>一、总体情况</p>',
  '<table><tr><td>行政复议</td><td>行政诉讼</td></tr><tr><td>0</td><td>1</td></tr></table>',
  '<p>二、主动公开政府信息情况</p></div>',
  '</body></html>',
], '\r\n');

const EXPECTED = {
  format: 'html' as const,
  blocks: [
    PAGE.para('某县2023年政府信息公开工作年度报告', 3, 'p'),
    PAGE.para('一、总体情况', 3, 'p', 1),
    { kind: 'table' as const, source: PAGE.tag(4, 'table'), rows: [PAGE.row(4, 0, [PAGE.cell('行政复议', 4, 0), PAGE.cell('行政诉讼', 4, 1)]), PAGE.row(4, 1, [PAGE.cell('0', 4, 2), PAGE.cell('1', 4, 3)])] },
    PAGE.para('二、主动公开政府信息情况', 5, 'p'),
  ],
};

const BROWSER = ascii([
  'From: <Saved by Blink>',
  'Snapshot-Content-Location: http://www.example.gov.cn/art/2024/1/20/art_1.html',
  'Subject: =?utf-8?Q?=E5=B9=B4=E5=BA=A6=E6=8A=A5=E5=91=8A?=',
  'Date: Sat, 20 Jan 2024 08:00:00 +0800',
  'MIME-Version: 1.0',
  'Content-Type: multipart/related;',
  '\ttype="text/html";',
  '\tboundary="----MultipartBoundary--AbC123----"',
  '',
  '',
  '------MultipartBoundary--AbC123----',
  'Content-Type: text/html',
  'Content-ID: <frame-1@mhtml.blink>',
  'Content-Transfer-Encoding: quoted-printable',
  'Content-Location: http://www.example.gov.cn/art/2024/1/20/art_1.html',
  '',
  quotedPrintable(new TextEncoder().encode(PAGE.text)),
  '------MultipartBoundary--AbC123----',
  'Content-Type: text/css',
  'Content-Transfer-Encoding: quoted-printable',
  'Content-Location: http://www.example.gov.cn/css/style.css',
  '',
  '.nav { color: red; }',
  '------MultipartBoundary--AbC123------',
  '',
].join('\r\n'));

const WORD_PAGE = PAGE.text.replace('<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">', '');
const WORD = new Uint8Array([
  ...ascii(['MIME-Version: 1.0', 'Content-Type: multipart/related; boundary="----=_NextPart_01DA4B5C.1A2B3C40"', '', ''].join('\r\n')),
  ...iconv.encode('此文档为“单个文件网页”，也称为“Web 档案”文件。\r\n\r\n', 'gb2312'),
  ...ascii([
    '------=_NextPart_01DA4B5C.1A2B3C40',
    'Content-Location: file:///C:/1A2B3C40/report.htm',
    'Content-Transfer-Encoding: base64',
    'Content-Type: text/html; charset="gb2312"',
    '',
    ...(iconv.encode(WORD_PAGE, 'gb2312').toString('base64').match(/.{1,76}/g) ?? []),
    '',
    '------=_NextPart_01DA4B5C.1A2B3C40',
    'Content-Location: file:///C:/1A2B3C40/report.files/filelist.xml',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Type: text/xml; charset="utf-8"',
    '',
    '<xml xmlns:o=3D"urn:schemas-microsoft-com:office:office">',
    '</xml>',
    '------=_NextPart_01DA4B5C.1A2B3C40--',
    '',
  ].join('\r\n')),
]);

describe('html reader: MHTML', () => {
  it('a browser\'s .mhtml: sniffed as MHTML (not HTML), the text/html part undone from quoted-printable', async () => {
    assert.deepStrictEqual([mhtmlReader.sniff(BROWSER), htmlReader.sniff(BROWSER)], [true, false]);
    const page = decodeMhtml(BROWSER);
    assert.deepStrictEqual([page.encoding, page.text], ['utf-8', PAGE.text]);
    const doc = await mhtmlReader.read(BROWSER);
    assertPiecesVerbatim(doc, page.text);
    assert.deepStrictEqual(doc, EXPECTED);
  });

  it('Word\'s .mht: the part in base64, decoded in the part\'s charset, gb2312', async () => {
    assert.strictEqual(mhtmlReader.sniff(WORD), true);
    const page = decodeMhtml(WORD);
    assert.deepStrictEqual([page.encoding, page.text], ['gb18030', WORD_PAGE]);
    const shift = PAGE.text.length - WORD_PAGE.length;
    const doc = await mhtmlReader.read(WORD);
    assertPiecesVerbatim(doc, page.text);
    // The same document, its pieces where the page without the <meta> has them.
    const shifted = JSON.parse(JSON.stringify(EXPECTED), (k, v) => (k === 'source' && typeof v === 'number' ? v - shift : v));
    assert.deepStrictEqual(doc, shifted);
  });

  it('the part\'s charset is honoured over the bytes\' own guess (Big5 bytes would read as GB18030 without it)', () => {
    const big5 = quotedPrintable(new Uint8Array(iconv.encode('<p>政府資訊公開</p>', 'big5')));
    const message = (contentType: string) => ascii(`MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n--b\r\nContent-Type: ${contentType}\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${big5}\r\n--b--\r\n`);
    assert.deepStrictEqual([decodeMhtml(message('text/html; charset=big5')).text, decodeMhtml(message('text/html; charset=big5')).encoding], ['<p>政府資訊公開</p>', 'big5hkscs']);
    assert.strictEqual(decodeMhtml(message('text/html')).encoding, 'gb18030');
  });

  it('quoted-printable: =XX bytes, soft line breaks (with trailing blanks), a stray = kept', () => {
    assert.deepStrictEqual(Buffer.from(decodeQuotedPrintable(ascii('a=3Db=E6=94=BF=\r\nc= \t\nd=\ne=x'))).toString('latin1'), 'a=b\xe6\x94\xbfcde=x');
  });

  it('a message without a boundary, or without an HTML part, is a reader error', async () => {
    await assert.rejects(mhtmlReader.read(ascii('MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\nx')), (e: unknown) => e instanceof ReaderError && e.reason === 'corrupt');
    const noHtml = ascii('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/css\r\n\r\np{}\r\n--b--\r\n');
    await assert.rejects(mhtmlReader.read(noHtml), (e: unknown) => e instanceof ReaderError && e.reason === 'no-document');
    assert.strictEqual(mhtmlReader.sniff(noHtml), false);
  });
});

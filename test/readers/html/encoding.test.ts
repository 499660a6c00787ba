// Decoding a page as a browser does: BOM, then the <meta> declaration found by the HTML standard's prescan of the
// first 1024 bytes, else UTF-8 or GB18030 by validity; GB2312 and GBK pages (made here with iconv-lite) read as
// GB18030; a declaration the bytes contradict gives way.
import * as assert from 'assert';
import * as iconv from 'iconv-lite';
import { decodePage, htmlReader } from '../../../server/src/readers/html';
import { prescanCharset } from '../../../server/src/readers/html/prescan';
import { read, TestPage } from './helpers';

const gbk = (s: string) => new Uint8Array(iconv.encode(s, 'gbk'));
const utf8 = (s: string) => new TextEncoder().encode(s);
const decoded = (bytes: Uint8Array) => {
  const d = decodePage(bytes);
  return [d.encoding, d.bom, d.replaced];
};

describe('html reader: encodings', () => {
  const page = (head: string) => new TestPage([
    `<html><head>${head}<title>年度报告</title></head><body>`,
    '<p>某县2023年政府信息公开工作年度报告</p>',
    '<table><tr><td>自然人</td><td>总计</td></tr><tr><td>３</td><td>&nbsp;3</td></tr></table>',
    '</body></html>',
  ]);

  for (const head of ['<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', '<meta charset="GBK">', '<META HTTP-EQUIV=content-type CONTENT="text/html;charset=GB18030" />']) {
    it(`a GBK page declared with ${head}: GB18030, the same document as its UTF-8 twin`, async () => {
      const p = page(head);
      const bytes = gbk(p.text);
      assert.deepStrictEqual(decoded(bytes), ['gb18030', false, false]);
      assert.strictEqual(decodePage(bytes).text, p.text);
      const doc = await htmlReader.read(bytes);
      assert.deepStrictEqual(doc, {
        format: 'html',
        blocks: [
          p.para('某县2023年政府信息公开工作年度报告', 2, 'p'),
          {
            kind: 'table', source: p.tag(3, 'table'),
            rows: [
              p.row(3, 0, [p.cell('自然人', 3, 0), p.cell('总计', 3, 1)]),
              // The full-width digit is the page's text; &nbsp; stays as the NBSP it stands for, outside the piece.
              p.row(3, 1, [p.cell('３', 3, 2), { ...p.cell('\u00a03', 3, 3), pieces: [{ start: 1, end: 2, source: p.offsetOn(3, '3</td>') }] }]),
            ],
          },
        ],
      });
      assert.deepStrictEqual(doc, await read(p.text));
    });
  }

  it('without a declaration: UTF-8 when the bytes are valid UTF-8, else GB18030', () => {
    const text = '<p>政府信息公开</p>';
    assert.deepStrictEqual(decoded(utf8(text)), ['utf-8', false, false]);
    assert.deepStrictEqual(decoded(gbk(text)), ['gb18030', false, false]);
    assert.strictEqual(decodePage(gbk(text)).text, text);
  });

  it('a BOM decides: UTF-8, UTF-16LE and UTF-16BE, whatever the page declares; the text has no BOM', () => {
    const text = '<meta charset="gbk"><p>公开</p>';
    assert.deepStrictEqual(decoded(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)])), ['utf-8', true, false]);
    assert.strictEqual(decodePage(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)])).text, text);
    const le = new Uint8Array(iconv.encode(`\ufeff${text}`, 'utf-16le'));
    assert.deepStrictEqual([decoded(le), decodePage(le).text], [['utf-16le', true, false], text]);
    const be = new Uint8Array(iconv.encode(`\ufeff${text}`, 'utf-16be'));
    assert.deepStrictEqual([decoded(be), decodePage(be).text], [['utf-16be', true, false], text]);
    assert.strictEqual(htmlReader.sniff(le), true);
  });

  it('a declaration the bytes contradict gives way: UTF-8 bytes under gb2312, GBK bytes under utf-8', () => {
    assert.deepStrictEqual(decoded(utf8('<meta charset="gb2312"><p>政府信息公开</p>')), ['utf-8', false, false]);
    const gbkUnderUtf8 = gbk('<meta charset="utf-8"><p>政府信息公开</p>');
    assert.deepStrictEqual(decoded(gbkUnderUtf8), ['gb18030', false, false]);
    assert.strictEqual(decodePage(gbkUnderUtf8).text, '<meta charset="utf-8"><p>政府信息公开</p>');
  });

  it('bytes valid in no candidate keep the declared encoding, with replacement characters, and say so', () => {
    // A GBK lead byte before "<" is invalid GBK and invalid UTF-8.
    const bytes = new Uint8Array([...gbk('<meta charset="gbk"><p>公开'), 0xb9, ...utf8('</p>')]);
    const d = decodePage(bytes);
    assert.deepStrictEqual([d.encoding, d.replaced], ['gb18030', true]);
    assert.ok(d.text.startsWith('<meta charset="gbk"><p>公开\ufffd'), d.text);
  });

  it('other declared encodings: Big5 (as Big5-HKSCS), Windows-1252 for Latin-1; a GB18030 four-byte character', () => {
    const big5 = new Uint8Array(iconv.encode('<meta charset="big5"><p>政府資訊公開</p>', 'big5'));
    assert.deepStrictEqual([decodePage(big5).encoding, decodePage(big5).text], ['big5hkscs', '<meta charset="big5"><p>政府資訊公開</p>']);
    const latin = new Uint8Array([...utf8('<meta charset="iso-8859-1"><p>'), 0x80, ...utf8('</p>')]);
    assert.deepStrictEqual([decodePage(latin).encoding, decodePage(latin).text], ['windows-1252', '<meta charset="iso-8859-1"><p>€</p>']);
    const four = new Uint8Array(iconv.encode('<meta charset="gb18030"><p>𠀀㐀</p>', 'gb18030'));
    assert.strictEqual(decodePage(four).text, '<meta charset="gb18030"><p>𠀀㐀</p>');
  });
});

describe('html reader: the prescan for <meta> charset', () => {
  const scan = (s: string) => prescanCharset(utf8(s));
  it('finds charset= and http-equiv content="…charset=…" as the standard reads them', () => {
    assert.strictEqual(scan('<!DOCTYPE html><html><head><meta charset=GB2312>'), 'gb2312');
    assert.strictEqual(scan('<meta http-equiv="Content-Type" content="text/html; charset=\'gbk\'">'), 'gbk');
    assert.strictEqual(scan('<meta content="text/html; charset = utf-8" http-equiv=content-type>'), 'utf-8');
    assert.strictEqual(scan('<meta/charset="big5">'), 'big5');
  });

  it('skips what is not a declaration: comments, a content without the pragma, other tags\' attributes, bytes after 1024', () => {
    assert.strictEqual(scan('<!-- <meta charset="big5"> --><meta charset="gbk">'), 'gbk');
    assert.strictEqual(scan('<meta content="text/html; charset=big5"><meta charset="gbk">'), 'gbk');
    assert.strictEqual(scan('<div title="<meta charset=big5>"><meta charset="gbk">'), 'gbk');
    assert.strictEqual(scan('<meta name="description" content="charset=big5">'), undefined);
    assert.strictEqual(scan(`<!--${'x'.repeat(1020)}--><meta charset="gbk">`), undefined);
    assert.strictEqual(scan('<meta charset="gbk'), undefined);
  });

  it('a declaration of UTF-16 in ASCII bytes is UTF-8, as the standard says; an unknown label is no declaration', () => {
    assert.deepStrictEqual(decoded(utf8('<meta charset="utf-16"><p>公开</p>')), ['utf-8', false, false]);
    assert.deepStrictEqual(decoded(gbk('<meta charset="no-such-encoding"><p>公开</p>')), ['gb18030', false, false]);
  });
});

// Which bytes the HTML reader claims: markup from the first tag on, whatever Word, LibreOffice, a CMS or a browser
// put before it; not a plain-text or Markdown report, a PDF, a zip or an MHTML message.
import * as assert from 'assert';
import * as iconv from 'iconv-lite';
import { htmlReader, mhtmlReader } from '../../../server/src/readers/html';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('html reader: sniffing', () => {
  it('claims pages by their first tag, after a BOM, white space, comments and an XML declaration', () => {
    for (const start of [
      '<!DOCTYPE html>\n<html>', '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">', '<html xmlns:v="urn:schemas-microsoft-com:vml"',
      '\ufeff<html>', '  \r\n<HEAD><title>x</title>', '<body>', '<meta charset="gbk">', '<!-- saved from url=(0052)http://www.example.gov.cn/ -->\n<html>',
      '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">', '<table border="1">', '<p>一、总体情况</p>', '<div class="content">',
    ]) assert.strictEqual(htmlReader.sniff(bytes(start)), true, start);
    assert.strictEqual(htmlReader.sniff(new Uint8Array(iconv.encode('\ufeff<html><body>', 'utf-16le'))), true);
  });

  it('leaves text, Markdown, PDF, zip and MHTML to their readers', () => {
    for (const start of [
      '某县2023年政府信息公开工作年度报告\n一、总体情况', '# 某县2023年政府信息公开工作年度报告\n<p>', '%PDF-1.7', 'PK\u0003\u0004', '', '<pre>', '<tablet>', '<p',
      'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n<html>',
    ]) assert.strictEqual(htmlReader.sniff(bytes(start)), false, start);
  });

  it('MHTML: MIME-Version and multipart/related in the header, and a text/html part', () => {
    assert.strictEqual(mhtmlReader.sniff(bytes('From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="x"\r\n\r\n')), true);
    assert.strictEqual(mhtmlReader.sniff(bytes('MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="x"\r\n\r\n--x\r\nContent-Type: text/html\r\n')), false);
    assert.strictEqual(mhtmlReader.sniff(bytes('Content-Type: multipart/related; boundary="x"\r\n\r\n--x\r\nContent-Type: text/html\r\n')), false);
    assert.strictEqual(mhtmlReader.sniff(bytes('<html>MIME-Version: 1.0')), false);
    assert.deepStrictEqual([htmlReader.extensions, mhtmlReader.extensions, htmlReader.format, mhtmlReader.format], [['.html', '.htm', '.shtml', '.xhtml'], ['.mhtml', '.mht'], 'html', 'html']);
  });
});

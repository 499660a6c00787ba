// Building blocks of hostile files (test/support/hostileFiles.ts): zips written entry by entry with the sizes they
// declare (true or not), deflate streams that inflate to far more than they hold, small PDFs, and a report as a web
// page, as a single-file page and in the encodings a text file comes in. No fast-check here: the bench's sized runs
// load this in a process whose memory they measure.
import { strToU8, unzipSync, zipSync } from 'fflate';
import * as iconv from 'iconv-lite';
import * as zlib from 'zlib';
import { readReport, REPORT_FILES } from './reports';

export const MB = 2 ** 20;

const concat = (parts: Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts));

// ---------------------------------------------------------------------------------------------------------------
// Zips

export interface RawEntry {
  name: string;
  /** The entry's data as stored: raw deflate (method 8) or the bytes themselves (method 0). */
  data: Uint8Array;
  method: 0 | 8;
  /** What the headers say of the inflated data; by default what it is (for a stored entry) or 0 and 0. */
  size?: number;
  crc?: number;
}

/** A zip of the entries as given: their local headers, data, the central directory and its end record. */
export function zipOf(entries: RawEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const size = e.size ?? (e.method === 0 ? e.data.length : 0);
    const crc = e.crc ?? (e.method === 0 ? zlib.crc32(e.data) : 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(e.method, 10);
    record.writeUInt32LE(crc >>> 0, 16);
    record.writeUInt32LE(e.data.length, 20);
    record.writeUInt32LE(size >>> 0, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    central.push(record, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return concat([...locals, directory, end]);
}

/** WordprocessingML's namespace declaration, a document.xml around body content, and a paragraph of one run. */
export const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
export const documentXml = (body: string, doctype = '') => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${doctype}<w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`;
export const wp = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

const CONTENT_TYPES = strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');

/** A .docx of the given parts (document.xml and any other), deflated by fflate. */
export function docxOfParts(parts: Record<string, Uint8Array | string>): Uint8Array {
  const files: Record<string, Uint8Array> = { '[Content_Types].xml': CONTENT_TYPES };
  for (const [name, data] of Object.entries(parts)) files[name] = typeof data === 'string' ? strToU8(data) : data;
  return zipSync(files);
}

/** A .docx's entries, inflated. */
export const docxParts = (bytes: Uint8Array): Record<string, Uint8Array> => unzipSync(bytes);

/** The bytes with every header of the named entry declaring `size` inflated bytes (the local header's and the central directory's). */
export function declaringSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = Buffer.from(bytes);
  const named = strToU8(name);
  const is = (at: number) => at + named.length <= out.length && named.every((c, k) => out[at + k] === c);
  for (let i = 0; i + 46 <= out.length; i++) {
    const signature = out.readUInt32LE(i);
    if (signature === 0x04034b50 && out.readUInt16LE(i + 26) === named.length && is(i + 30)) out.writeUInt32LE(size >>> 0, i + 22);
    if (signature === 0x02014b50 && out.readUInt16LE(i + 28) === named.length && is(i + 46)) out.writeUInt32LE(size >>> 0, i + 24);
  }
  return new Uint8Array(out);
}

// ---------------------------------------------------------------------------------------------------------------
// Deflate streams that inflate to much more than they hold

export interface Inflating {
  /** Raw deflate data. */
  raw: Uint8Array;
  /** How many bytes it inflates to, and their CRC-32 or Adler-32 (the one asked for; the other 0). */
  size: number;
  crc: number;
  adler: number;
}

function adler32(bytes: Uint8Array, start = 1): number {
  let a = start & 0xffff;
  let b = start >>> 16;
  for (let i = 0; i < bytes.length; ) {
    const end = Math.min(bytes.length, i + 5552);
    for (; i < end; i++) {
      a += bytes[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/**
 * `head`, then `fill` repeated to `fillBytes` bytes, then `tail`, as raw deflate, made without ever holding the
 * inflated bytes: one megabyte of fill is deflated once with a window of fill before it and flushed to a byte
 * boundary, and that block repeated (each copy refers only to the fill before it), so a gigabyte costs a megabyte of
 * output and a few milliseconds.
 */
export function deflatedRepeat(head: Uint8Array, fill: number, fillBytes: number, tail: Uint8Array, sum: 'crc' | 'adler' = 'crc'): Inflating {
  const chunk = Buffer.alloc(MB, fill);
  const window = chunk.subarray(0, 32 * 1024);
  let raw: Uint8Array;
  if (fillBytes <= 2 * MB) {
    raw = zlib.deflateRawSync(Buffer.concat([head, Buffer.alloc(fillBytes, fill), tail]), { level: 9 });
  } else {
    const sync = { finishFlush: zlib.constants.Z_SYNC_FLUSH, level: 9 };
    const first = zlib.deflateRawSync(Buffer.concat([head, window]), sync);
    const block = zlib.deflateRawSync(chunk, { ...sync, dictionary: window });
    const blocks = Math.floor((fillBytes - window.length) / MB);
    const lastFill = fillBytes - window.length - blocks * MB;
    const last = zlib.deflateRawSync(Buffer.concat([chunk.subarray(0, lastFill), tail]), { level: 9, dictionary: window });
    raw = concat([first, ...Array.from({ length: blocks }, () => block), last]);
  }
  // One checksum, the one the container keeps (a zip's CRC-32, zlib's Adler-32): the other over gigabytes costs seconds.
  const checksum = sum === 'crc' ? (b: Uint8Array, c?: number) => zlib.crc32(b, c) : adler32;
  let value = checksum(head);
  for (let left = fillBytes; left > 0; left -= MB) value = checksum(chunk.subarray(0, Math.min(MB, left)), value);
  value = checksum(tail, value);
  return { raw, size: head.length + fillBytes + tail.length, crc: sum === 'crc' ? value : 0, adler: sum === 'adler' ? value : 0 };
}

/** The same data in zlib's wrapping, as a PDF's FlateDecode stream has it. */
export function zlibWrapped(d: Inflating): Uint8Array {
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(d.adler, 0);
  return concat([Uint8Array.of(0x78, 0xda), d.raw, sum]);
}

// ---------------------------------------------------------------------------------------------------------------
// PDFs

/** A PDF of the given objects (numbered from 1; the first is the catalog), with a cross-reference table that is right. */
export function pdfOf(objects: (string | Uint8Array)[]): Uint8Array {
  const parts: Uint8Array[] = [strToU8('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let at = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    const body = typeof o === 'string' ? strToU8(o) : o;
    const head = strToU8(`${i + 1} 0 obj\n`);
    const foot = strToU8('\nendobj\n');
    offsets.push(at);
    parts.push(head, body, foot);
    at += head.length + body.length + foot.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(strToU8(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`));
  return concat(parts);
}

/** A stream object of the given (already encoded) data. */
export const pdfStream = (data: Uint8Array, dict = ''): Uint8Array =>
  concat([strToU8(`<< /Length ${data.length} ${dict} >>\nstream\n`), data, strToU8('\nendstream')]);

/** Page content that sets lines of ASCII text in Helvetica, one under the other, as a table's rows might stand. */
export const pdfTextContent = (lines: string[]): string =>
  `BT /F1 10 Tf 12 TL 50 780 Td ${lines.map((l) => `(${l.replace(/[()\\]/g, '\\$&')}) '`).join(' ')} ET`;

/** A PDF of pages, each with its content stream (raw bytes and the stream's dictionary entries). */
export function pdfOfPages(pages: { content: Uint8Array; dict?: string }[], pageExtra = ''): Uint8Array {
  const kids = pages.map((_, i) => `${4 + 2 * i} 0 R`).join(' ');
  const objects: (string | Uint8Array)[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  pages.forEach((p, i) => {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R ${pageExtra} >>`);
    objects.push(pdfStream(p.content, p.dict));
  });
  return pdfOf(objects);
}

// ---------------------------------------------------------------------------------------------------------------
// A report as a page, as a single-file page, and in a text file's encodings

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A report's text as a page: each line a paragraph, each run of tab-separated lines a table. */
export function reportPage(text: string): string {
  const out: string[] = [];
  let rows: string[][] = [];
  const flush = () => {
    if (rows.length) out.push(`<table border="1">${rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n')}</table>`);
    rows = [];
  };
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.includes('\t')) {
      rows.push(line.split('\t'));
      continue;
    }
    flush();
    if (line.trim()) out.push(`<p>${escapeHtml(line)}</p>`);
  }
  flush();
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>report</title></head><body>\n${out.join('\n')}\n</body></html>\n`;
}

/** A page saved as one file, its HTML part in base64 or quoted-printable. */
export function singleFilePage(page: string, encoding: 'base64' | 'quoted-printable'): Uint8Array {
  const bytes = Buffer.from(page, 'utf8');
  const body = encoding === 'base64'
    ? bytes.toString('base64').replace(/.{76}/g, '$&\r\n')
    : [...bytes].map((b) => (b === 0x3d || b > 0x7e || (b < 0x20 && b !== 0x0a) ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b))).join('').replace(/\n/g, '\r\n');
  return strToU8(`MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_01"\r\n\r\n------=_NextPart_01\r\nContent-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: ${encoding}\r\n\r\n${body}\r\n------=_NextPart_01--\r\n`);
}

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le';

/** A text in the bytes a file of that encoding holds (UTF-16 with its BOM, as Notepad writes it). */
export function encodeText(text: string, encoding: TextEncoding): Uint8Array {
  if (encoding === 'utf-8') return strToU8(text);
  if (encoding === 'utf-8-bom') return strToU8('\ufeff' + text);
  if (encoding === 'gb18030') return new Uint8Array(iconv.encode(text, 'gb18030'));
  return new Uint8Array(iconv.encode('\ufeff' + text, 'utf-16le'));
}

// ---------------------------------------------------------------------------------------------------------------
// Nesting, entities, bombs and noise

/** Elements a writer or a converter nests: tables in cells, divisions, lists, quotes, fonts. */
const HTML_NESTS = [['<table><tr><td>', '</td></tr></table>'], ['<div>', '</div>'], ['<ul><li>', '</li></ul>'], ['<blockquote>', '</blockquote>'], ['<font size="2">', '</font>'], ['<b><i>', '</i></b>'], ['<span>', '']];
const DOCX_NESTS = [['<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>'], ['<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>'], ['<w:tbl><w:tr><w:tc><w:p/>', '</w:tc></w:tr></w:tbl>']];

/** A page with an element nested `depth` deep (`nest` picks which). */
export function nestedPage(depth: number, nest = 0): string {
  const [open, close] = HTML_NESTS[nest % HTML_NESTS.length];
  return `<html><body><p>一、总体情况</p>${open.repeat(depth)}总计 3${close.repeat(depth)}</body></html>`;
}

/** A document.xml with a table or content control nested `depth` deep. */
export function nestedDocument(depth: number, nest = 0): string {
  const [open, close] = DOCX_NESTS[nest % DOCX_NESTS.length];
  return documentXml(`${wp('一、总体情况')}${open.repeat(depth)}${wp('总计 3')}${close.repeat(depth)}`);
}

/** The billion laughs: `levels` entities, each `fanout` references to the one before. */
export function entityExpansion(levels: number, fanout: number): string {
  let dtd = '<!DOCTYPE lolz [<!ENTITY lol0 "一、总体情况">';
  for (let i = 1; i <= levels; i++) dtd += `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(fanout)}">`;
  return `${dtd}]>`;
}

/**
 * A .docx whose document.xml inflates to `size` bytes (a document, then spaces) and declares `declared`. As a zip
 * tool writes it, one deflate stream (which fflate inflates to its end, writing nothing past the size declared);
 * or, `blocks`, as a stream of blocks flushed to byte boundaries (its empty stored blocks are copied, not decoded,
 * and one past the declared size fails at once).
 */
export function lyingBomb(size: number, declared: number, blocks: boolean): Uint8Array {
  const head = strToU8(documentXml(wp('一、总体情况')).replace('<w:sectPr/></w:body></w:document>', ''));
  const tail = strToU8('<w:sectPr/></w:body></w:document>');
  const fill = Math.max(0, size - head.length - tail.length);
  const raw = blocks ? deflatedRepeat(head, 0x20, fill, tail).raw : zlib.deflateRawSync(Buffer.concat([head, Buffer.alloc(fill, 0x20), tail]), { level: 9 });
  return zipOf([{ name: 'word/document.xml', data: raw, method: 8, size: declared, crc: 0 }]);
}

/** A deterministic stream of bytes (the sized shapes are the same in every run). */
export function pseudoRandomBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// A small file for a reader

/**
 * A small file of the reader a file goes to (`kind`: its reader's extension, or its own), for running that reader
 * once before measuring: its libraries loaded, its code compiled, and no more memory taken than a small file takes.
 */
export function smallFileOf(kind: string): { bytes: Uint8Array; extension: string } {
  const text = readReport(REPORT_FILES[2]);
  if (kind === '.docx') return { bytes: docxOfParts({ 'word/document.xml': documentXml(wp('一、总体情况')) }), extension: '.docx' };
  if (kind === '.pdf') return { bytes: pdfOfPages([{ content: strToU8(pdfTextContent(['1 2 3'])) }]), extension: '.pdf' };
  if (kind === '.mhtml') return { bytes: singleFilePage(reportPage(text), 'base64'), extension: '.mhtml' };
  if (kind === '.html') return { bytes: strToU8(reportPage(text)), extension: '.html' };
  // A text file: GB18030, so that the decoders a text that is not UTF-8 needs are loaded too.
  return { bytes: encodeText(text, 'gb18030'), extension: '.txt' };
}

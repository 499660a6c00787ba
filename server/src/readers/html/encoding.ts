// Bytes → the page's text, as a browser would decode a saved page: a BOM first; else the encoding the page
// declares in its first 1024 bytes; else UTF-8 if the bytes are valid UTF-8, else GB18030 (the superset of the
// GB2312 and GBK that Chinese government sites are written in). A declaration the bytes contradict is not obeyed.
import type * as Iconv from 'iconv-lite';
import { prescanCharset } from './prescan';
import { utf8Text } from '../../io/utf8';

/** iconv-lite is loaded by the first page that names an encoding or is not UTF-8 (require() keeps it once loaded). */
const iconv = (): typeof Iconv => require('iconv-lite');

export interface DecodedPage {
  /** The page's text without its BOM: what every source offset of the reader refers to. */
  text: string;
  /** The encoding it was decoded with: `utf-8`, `gb18030`, `utf-16le`, `utf-16be`, or another iconv-lite name. */
  encoding: string;
  bom: boolean;
  /** Bytes that are invalid in that encoding were replaced by U+FFFD: the text cannot be written back as it was. */
  replaced: boolean;
}

/** GB2312, GBK and their aliases are decoded as GB18030, which contains both (as the WHATWG Encoding standard does). */
const GB = new Set(['gb2312', 'gbk', 'gb18030', 'x-gbk', 'chinese', 'csgb2312', 'csiso58gb231280', 'gb_2312', 'gb_2312-80', 'iso-ir-58', 'cp936', 'windows-936', 'ms936', 'euc-cn']);
const UTF8 = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'x-unicode20utf8']);
const LATIN1 = new Set(['iso-8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'iso8859-1', 'cp1252', 'windows-1252', 'x-cp1252', 'x-user-defined']);
const BIG5 = new Set(['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5']);

/** The encoding a declared label names, or undefined for a label this reader cannot decode. */
export function encodingOfLabel(label: string): string | undefined {
  const l = label.trim().toLowerCase();
  if (UTF8.has(l) || l.startsWith('utf-16')) return 'utf-8'; // a page that declares UTF-16 in ASCII bytes is not UTF-16
  if (GB.has(l)) return 'gb18030';
  if (LATIN1.has(l)) return 'windows-1252';
  if (BIG5.has(l)) return 'big5hkscs';
  return l && iconv().encodingExists(l) ? l : undefined;
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The bytes decoded with an iconv-lite encoding; `valid` is false when some byte sequence had no character. */
function decodeWith(bytes: Uint8Array, encoding: string): { text: string; valid: boolean } {
  if (encoding === 'utf-8') {
    const text = utf8Text(bytes);
    return text !== undefined ? { text, valid: true } : { text: asBuffer(bytes).toString('utf8'), valid: false };
  }
  const text = iconv().decode(asBuffer(bytes), encoding, { stripBOM: false });
  return { text, valid: !text.includes('\uFFFD') };
}

/** Whether any byte is outside ASCII (a page of ASCII only reads the same in every encoding). */
function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
}

const page = (text: string, encoding: string, bom: boolean, replaced: boolean): DecodedPage => ({ text, encoding, bom, replaced });

/** Decodes a page, honouring a BOM, then `declared` (a transport-level label such as an MHTML part's charset), then the page's own <meta>. */
export function decodePage(bytes: Uint8Array, declared?: string): DecodedPage {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const d = decodeWith(bytes.subarray(3), 'utf-8');
    return page(d.text, 'utf-8', true, !d.valid);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(2));
    return page(text, encoding, true, text.includes('\uFFFD'));
  }
  const label = declared ?? prescanCharset(bytes);
  const encoding = label === undefined ? undefined : encodingOfLabel(label);
  return encoding ? decodeDeclared(bytes, encoding) : decodeUndeclared(bytes);
}

/** No declaration: UTF-8 if the bytes are valid UTF-8, else GB18030; bytes valid in neither keep the one with fewer losses. */
function decodeUndeclared(bytes: Uint8Array): DecodedPage {
  const text = utf8Text(bytes);
  if (text !== undefined) return page(text, 'utf-8', false, false);
  const gb = decodeWith(bytes, 'gb18030');
  if (gb.valid) return page(gb.text, 'gb18030', false, false);
  const lossy = decodeWith(bytes, 'utf-8').text;
  return replacements(lossy) < replacements(gb.text) ? page(lossy, 'utf-8', false, true) : page(gb.text, 'gb18030', false, true);
}

/**
 * A declared encoding, unless the bytes say otherwise. Bytes that are valid UTF-8 and not ASCII are UTF-8 whatever
 * the page declares: GBK text is almost never valid UTF-8, and a page saved from a server that sent `charset=utf-8`
 * keeps the stale <meta charset=gb2312> of its template. Bytes invalid in the declared encoding are read as GB18030
 * if they are valid there (a page declared UTF-8 and saved as GBK), else in the declared one with replacements.
 */
function decodeDeclared(bytes: Uint8Array, encoding: string): DecodedPage {
  if (encoding !== 'utf-8' && hasNonAscii(bytes)) {
    const text = utf8Text(bytes);
    if (text !== undefined) return page(text, 'utf-8', false, false);
  }
  const d = decodeWith(bytes, encoding);
  if (d.valid) return page(d.text, encoding, false, false);
  if (encoding !== 'gb18030') {
    const gb = decodeWith(bytes, 'gb18030');
    if (gb.valid) return page(gb.text, 'gb18030', false, false);
  }
  return page(d.text, encoding, false, true);
}

function replacements(text: string): number {
  let n = 0;
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) n++;
  return n;
}

// Writing fixes back into a .docx: word/document.xml is edited as a string (the offsets the reader's pieces give),
// deflated, and put back where it stood. Every other entry's local header and data are copied byte for byte (they
// only move); the central directory is copied with the new offsets, and with the new CRC, sizes and method of
// document.xml (written without a data descriptor). Archives this writer cannot rewrite exactly (zip64, encrypted
// entries, a document.xml stored with an unknown method) are refused rather than written wrong.
import type * as Fflate from 'fflate';
import { crc32 } from './crc32';
import { decodeXml, hasBom } from './xmlText';
import type { ZipEntry } from './zip';
import { DOCUMENT_PART, entryBytes, LOCAL_SIGNATURE, readZipDirectory, startsLikeZip, u16, u32 } from './zip';

/** fflate is loaded by the first .docx written (require() keeps it once loaded). */
const fflate = (): typeof Fflate => require('fflate');

export interface DocxEdit {
  start: number;
  end: number;
  text: string;
}

const ENCODER = new TextEncoder();

/** The edited part's text: `edits` are sorted, disjoint ranges of the decoded string. */
function applyEdits(xml: string, edits: DocxEdit[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    if (e.start < at || e.end < e.start || e.end > xml.length) {
      throw new Error(`edit ${e.start}–${e.end} is out of order or outside word/document.xml`);
    }
    parts.push(xml.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(xml.slice(at));
  return parts.join('');
}

const DESCRIPTOR_SIGNATURE = 0x08074b50;

/**
 * Where an entry's local record ends: its header, name, extra field, data, and the data descriptor that follows
 * the data when flag bit 3 is set (LibreOffice writes them): 16 bytes with its optional signature, 12 without,
 * told apart by where the CRC the directory gives stands. -1 when neither reading holds.
 */
function recordEnd(b: Uint8Array, e: ZipEntry): number {
  const dataEnd = e.localOffset + 30 + u16(b, e.localOffset + 26) + u16(b, e.localOffset + 28) + e.compressedSize;
  if (!(e.flags & 8)) return dataEnd;
  if (dataEnd + 16 <= b.length && u32(b, dataEnd) === DESCRIPTOR_SIGNATURE && u32(b, dataEnd + 4) === e.crc) return dataEnd + 16;
  if (dataEnd + 12 <= b.length && u32(b, dataEnd) === e.crc) return dataEnd + 12;
  return -1;
}

/** Throws unless the archive is one this writer rewrites exactly. */
function checkArchive(b: Uint8Array, entries: ZipEntry[], doc: ZipEntry): void {
  for (const e of entries) {
    if (e.flags & 1) throw new Error(`${e.name} is encrypted`);
    if (e.size === 0xffffffff || e.compressedSize === 0xffffffff || e.localOffset === 0xffffffff) throw new Error('zip64 entries are not supported');
    if (e.localOffset + 30 > b.length || u32(b, e.localOffset) !== LOCAL_SIGNATURE) {
      throw new Error(`${e.name}: no local header where the directory says`);
    }
  }
  if (doc.method !== 0 && doc.method !== 8) throw new Error(`word/document.xml is stored with method ${doc.method}`);
  const end = recordEnd(b, doc);
  if (end < 0) throw new Error('word/document.xml has a data descriptor that does not match the directory');
  if (entries.some((e) => e !== doc && e.localOffset > doc.localOffset && e.localOffset < end)) throw new Error('entries overlap word/document.xml');
}

/**
 * The bytes of the new document.xml's local header: the old one with the new method, CRC and sizes, and no data
 * descriptor (the sizes are known: they stand in the header).
 */
function localHeader(b: Uint8Array, doc: ZipEntry, crc: number, compressed: number, size: number): Uint8Array {
  const length = 30 + u16(b, doc.localOffset + 26) + u16(b, doc.localOffset + 28);
  const h = copyOf(b, doc.localOffset, doc.localOffset + length);
  const v = viewOf(h);
  v.setUint16(4, Math.max(20, v.getUint16(4, true)), true);
  v.setUint16(6, v.getUint16(6, true) & ~8, true);
  v.setUint16(8, 8, true);
  v.setUint32(14, crc, true);
  v.setUint32(18, compressed, true);
  v.setUint32(22, size, true);
  return h;
}

/**
 * The .docx with `edits` (sorted, disjoint ranges of word/document.xml as a string) applied. Throws on an archive
 * it cannot rewrite exactly: zip64, encryption, an unknown method or a data descriptor that does not match.
 */
export function writeDocxEdits(bytes: Uint8Array, edits: DocxEdit[]): Uint8Array {
  const dir = startsLikeZip(bytes) ? readZipDirectory(bytes) : undefined;
  if (!dir) throw new Error('not a zip archive');
  if (dir.zip64) throw new Error('zip64 archives are not supported');
  const doc = dir.entries.find((e) => e.name === DOCUMENT_PART);
  if (!doc) throw new Error('no word/document.xml');
  checkArchive(bytes, dir.entries, doc);
  const old = entryBytes(bytes, doc);
  const xml = applyEdits(decodeXml(old), edits);
  const encoded = ENCODER.encode(xml);
  const raw = hasBom(old) ? concat([Uint8Array.of(0xef, 0xbb, 0xbf), encoded]) : encoded;
  const data = fflate().deflateSync(raw, { level: 6 });
  const crc = crc32(raw);
  const header = localHeader(bytes, doc, crc, data.length, raw.length);
  const oldEnd = recordEnd(bytes, doc);
  const shift = header.length + data.length - (oldEnd - doc.localOffset);
  const directory = copyOf(bytes, dir.start, dir.end);
  const view = viewOf(directory);
  for (const e of dir.entries) {
    const at = e.recordOffset - dir.start;
    if (e.localOffset > doc.localOffset) view.setUint32(at + 42, e.localOffset + shift, true);
    if (e !== doc) continue;
    view.setUint16(at + 6, Math.max(20, view.getUint16(at + 6, true)), true);
    view.setUint16(at + 8, view.getUint16(at + 8, true) & ~8, true);
    view.setUint16(at + 10, 8, true);
    view.setUint32(at + 16, crc, true);
    view.setUint32(at + 20, data.length, true);
    view.setUint32(at + 24, raw.length, true);
  }
  const endRecord = copyOf(bytes, dir.endRecord, bytes.length);
  viewOf(endRecord).setUint32(16, dir.start + (dir.start > doc.localOffset ? shift : 0), true);
  return concat([
    bytes.subarray(0, doc.localOffset), header, data, bytes.subarray(oldEnd, dir.start),
    directory, bytes.subarray(dir.end, dir.endRecord), endRecord,
  ]);
}

/**
 * A copy of bytes [from, to) to rewrite, whatever the input is: a Buffer's `slice` is a view of the caller's bytes,
 * not a copy, and rewriting it would change them.
 */
const copyOf = (b: Uint8Array, from: number, to: number) => new Uint8Array(b.subarray(from, to));
const viewOf = (a: Uint8Array) => new DataView(a.buffer, a.byteOffset, a.byteLength);

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

// The zip container of a .docx, read from its central directory: which entries it has, where each one's local
// record starts and how it is stored. The reader uses it to judge a file before inflating anything, and the fix
// writer to move entries without touching their bytes; an entry's bytes are inflated here, bounded by its declared size.
import { inflateRawSync } from 'zlib';
import { ReaderError } from '../reader';

/** One central directory entry, with the offsets of its fields (the writer rewrites some of them). */
export interface ZipEntry {
  name: string;
  /** General purpose flags: bit 0 encryption, bit 3 data descriptor, bit 11 UTF-8 name. */
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where the entry's local header starts. */
  localOffset: number;
  /** Where this entry's record starts in the central directory, and its length. */
  recordOffset: number;
  recordLength: number;
}

export interface ZipDirectory {
  entries: ZipEntry[];
  /** Where the central directory starts and ends (the end record follows it). */
  start: number;
  end: number;
  /** Where the end-of-central-directory record starts. */
  endRecord: number;
  /** Whether the file has zip64 records (sizes or offsets beyond 32 bits). */
  zip64: boolean;
}

/** The part that holds a Word document's text. */
export const DOCUMENT_PART = 'word/document.xml';

const END_SIGNATURE = 0x06054b50;
const ENTRY_SIGNATURE = 0x02014b50;
const ZIP64_LOCATOR = 0x07064b50;
export const LOCAL_SIGNATURE = 0x04034b50;
/** The end record is 22 bytes and may be followed by a comment of up to 65535 bytes. */
const END_SEARCH = 22 + 0xffff;

export const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
export const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

/** Whether the bytes start like a zip's first local header. */
export const startsLikeZip = (b: Uint8Array) => b.length >= 4 && u32(b, 0) === LOCAL_SIGNATURE;

/** The end record's offset, searched backwards over the longest possible comment; -1 when there is none. */
function findEndRecord(b: Uint8Array): number {
  const lowest = Math.max(0, b.length - END_SEARCH);
  for (let at = b.length - 22; at >= lowest; at--) {
    if (b[at] === 0x50 && u32(b, at) === END_SIGNATURE && at + 22 + u16(b, at + 20) <= b.length) return at;
  }
  return -1;
}

const decoder = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

/** The central directory, or undefined when the bytes have none that holds together (a broken or truncated zip). */
export function readZipDirectory(b: Uint8Array): ZipDirectory | undefined {
  const endRecord = findEndRecord(b);
  if (endRecord < 0) return undefined;
  const count = u16(b, endRecord + 10);
  const size = u32(b, endRecord + 12);
  const start = u32(b, endRecord + 16);
  const zip64 = (endRecord >= 20 && u32(b, endRecord - 20) === ZIP64_LOCATOR) || count === 0xffff || start === 0xffffffff;
  if (zip64) return { entries: [], start, end: start + size, endRecord, zip64 };
  if (start + size > endRecord) return undefined;
  const entries: ZipEntry[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > start + size || u32(b, at) !== ENTRY_SIGNATURE) return undefined;
    const nameLength = u16(b, at + 28);
    const recordLength = 46 + nameLength + u16(b, at + 30) + u16(b, at + 32);
    if (at + recordLength > start + size) return undefined;
    const flags = u16(b, at + 8);
    const nameBytes = b.subarray(at + 46, at + 46 + nameLength);
    entries.push({
      name: (flags & 0x800 ? decoder : latin1).decode(nameBytes),
      flags, method: u16(b, at + 10), crc: u32(b, at + 16), compressedSize: u32(b, at + 20), size: u32(b, at + 24),
      localOffset: u32(b, at + 42), recordOffset: at, recordLength,
    });
    at += recordLength;
  }
  return { entries, start, end: start + size, endRecord, zip64 };
}

/** zlib's smallest output chunk. */
const MIN_CHUNK = 64;

/** Where an entry's data starts: after its local header, whose name and extra field need not match the directory's. */
function dataStart(b: Uint8Array, e: ZipEntry): number {
  if (e.localOffset + 30 > b.length || u32(b, e.localOffset) !== LOCAL_SIGNATURE) {
    throw new ReaderError('corrupt', `${e.name}: no local header where the zip's directory says`);
  }
  return e.localOffset + 30 + u16(b, e.localOffset + 26) + u16(b, e.localOffset + 28);
}

/**
 * An entry's bytes, stored or inflated, never more than the size its directory record declares: inflating stops
 * as soon as the output passes that size, and the entry is refused as corrupt (a part that declares a few bytes
 * and inflates to gigabytes would otherwise be inflated in full before anything could judge it).
 */
export function entryBytes(b: Uint8Array, e: ZipEntry): Uint8Array {
  const start = dataStart(b, e);
  if (start + e.compressedSize > b.length) throw new ReaderError('corrupt', `${e.name}: its data runs past the end of the file`);
  const stored = b.subarray(start, start + e.compressedSize);
  if (e.method === 0) return stored;
  if (e.method !== 8) throw new ReaderError('corrupt', `${e.name}: unknown compression method ${e.method}`);
  if (!stored.length && !e.size) return stored;
  let out: Uint8Array;
  try {
    // One output chunk a byte longer than the declared size: an honest entry inflates into it in one go, without
    // the copy that joining chunks would make, and a lying one overflows it at once.
    out = inflateRawSync(stored, { chunkSize: Math.max(MIN_CHUNK, e.size + 1), maxOutputLength: Math.max(1, e.size) });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw overflow(e);
    throw new ReaderError('corrupt', `${e.name}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (out.length > e.size) throw overflow(e);
  return out;
}

const overflow = (e: ZipEntry) => new ReaderError('corrupt', `${e.name} inflates to more than the ${e.size} bytes its zip entry declares`);

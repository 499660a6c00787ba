// Writing fixes back: the core's edits are spliced into the file's original bytes, so that every byte outside the
// edited cells (encoding, BOM, line endings, odd whitespace) stays exactly as it was, and the file is replaced
// atomically so that an interrupted run never leaves half a report behind.
import * as fs from 'fs';
import * as path from 'path';
import { randomBytes } from 'crypto';
import { applyEdits, type TextEdit } from '../core';
import { bomBytes, decodeExact, encodeText, type DecodedText } from './encoding';

/**
 * The file's bytes with the edits applied. `edits` are disjoint, sorted edits of `decoded.text` (the text after the
 * BOM). Each edit's byte offset is found by encoding the unchanged text before it: exact, because the decoding was
 * verified to be lossless. The core's fixes replace numbers, labels and titles inside one line, so line breaks are
 * never touched.
 */
export function spliceEdits(original: Buffer, decoded: DecodedText, edits: TextEdit[]): Buffer {
  const { text, encoding } = decoded;
  const parts: Buffer[] = [];
  let textPos = 0;
  let bytePos = decoded.bom ? bomBytes(encoding).length : 0;
  parts.push(original.subarray(0, bytePos));
  for (const e of edits) {
    const keep = encodeText(text.slice(textPos, e.start), encoding).length;
    parts.push(original.subarray(bytePos, bytePos + keep));
    bytePos += keep + encodeText(text.slice(e.start, e.end), encoding).length;
    parts.push(encodeText(e.text, encoding));
    textPos = e.end;
  }
  parts.push(original.subarray(bytePos));
  const result = Buffer.concat(parts);

  // Belt and braces: the new bytes must read back as exactly the fixed text, or nothing is written.
  const expected = (decoded.bom ? '\uFEFF' : '') + applyEdits(text, edits).text;
  if (decodeExact(result, encoding) !== expected) throw new Error(`the fixed text does not encode back exactly in ${encoding}`);
  return result;
}

/**
 * Replaces the file's content: a temporary file in the same directory (same file system, so the rename is atomic),
 * flushed to disk, given the original's mode, then renamed over it. A symbolic link is written through, not
 * replaced by a regular file.
 */
export function writeAtomically(file: string, bytes: Buffer): void {
  const target = fs.realpathSync(file);
  const stat = fs.statSync(target);
  const mode = stat.mode & 0o7777;
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = fs.openSync(tmp, 'wx', mode);
    try {
      fs.writeFileSync(fd, bytes); // loops until every byte is written, unlike a single writeSync
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    // openSync's mode passes through the umask; set it again so the file keeps exactly its permissions.
    fs.chmodSync(tmp, mode);
    try {
      fs.chownSync(tmp, stat.uid, stat.gid);
    } catch {
      // Only root may give a file away; an ordinary user's files are theirs anyway.
    }
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

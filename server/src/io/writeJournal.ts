// The journal an in-place write keeps beside the file while it writes (see writeInPlace.ts): the file's bytes before
// and after, under a name that says whose it is, so that a later run can find it, tell whether the process that
// wrote it is gone, and repair the file from it.
import { createHash, randomBytes } from 'crypto';
import * as path from 'path';

/** `.<file name>.<pid>-<8 hex digits>.govreport-fix`: hidden, beside the file, never taken for a report. */
const NAME = /^\.(.+)\.(\d+)-[0-9a-f]{8}\.govreport-fix$/;
const MAGIC = 'govreport-journal 1';

export function journalPath(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.govreport-fix`);
}

/** The file a journal's name is for, and the process that wrote it; undefined for any other name. */
export function journalOf(name: string): { base: string; pid: number } | undefined {
  const m = NAME.exec(name);
  return m ? { base: m[1], pid: Number(m[2]) } : undefined;
}

export interface Journal {
  before: Buffer;
  after: Buffer;
}

/** A header line (lengths and a SHA-256 of both), then the bytes before and the bytes after. */
export function encodeJournal(before: Uint8Array, after: Uint8Array): Buffer {
  const header = `${MAGIC} ${before.length} ${after.length} ${digest(before, after)}\n`;
  return Buffer.concat([Buffer.from(header, 'latin1'), before, after]);
}

/** The journal's two contents; undefined when it is incomplete or damaged (its write was cut short). */
export function decodeJournal(bytes: Buffer): Journal | undefined {
  const eol = bytes.indexOf(0x0a);
  if (eol < 0 || eol > 200) return undefined;
  const m = new RegExp(`^${MAGIC} (\\d+) (\\d+) ([0-9a-f]{64})$`).exec(bytes.subarray(0, eol).toString('latin1'));
  if (!m) return undefined;
  const [beforeLength, afterLength] = [Number(m[1]), Number(m[2])];
  if (bytes.length !== eol + 1 + beforeLength + afterLength) return undefined;
  const before = bytes.subarray(eol + 1, eol + 1 + beforeLength);
  const after = bytes.subarray(eol + 1 + beforeLength);
  return digest(before, after) === m[3] ? { before, after } : undefined;
}

/** Of the lengths too: a damaged length would otherwise split the same bytes elsewhere under the same digest. */
function digest(before: Uint8Array, after: Uint8Array): string {
  return createHash('sha256').update(`${before.length} ${after.length}\n`).update(before).update(after).digest('hex');
}

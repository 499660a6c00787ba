// Reading a file the checker was pointed at, without trusting what it is: only a regular file is read, and never
// more than a limit. A FIFO would block the read forever, a device such as /dev/zero would fill the memory.
import * as fs from 'fs';

export type ReadResult =
  | { ok: true; bytes: Buffer }
  | { ok: false; reason: 'not-regular' }
  | { ok: false; reason: 'too-large'; size: number };

/**
 * The file's bytes, if it is a regular file of at most `maxBytes`. Opened non-blocking, so that opening a FIFO with
 * no writer returns at once (on a regular file the flag changes nothing); what it is is judged on the open file,
 * so it cannot be swapped between the look and the read. A file growing while it is read is cut off at the limit
 * and refused, not read on. Errors of the file system (no such file, no permission) are thrown.
 */
export function readRegularFile(file: string, maxBytes: number): ReadResult {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: 'not-regular' };
    if (stat.size > maxBytes) return { ok: false, reason: 'too-large', size: stat.size };
    const bytes = readUpTo(fd, maxBytes + 1, stat.size);
    return bytes.length > maxBytes ? { ok: false, reason: 'too-large', size: bytes.length } : { ok: true, bytes };
  } finally {
    fs.closeSync(fd);
  }
}

/** Up to `limit` bytes from the start of the open file; `expected` is only the first guess of the buffer's size. */
export function readUpTo(fd: number, limit: number, expected: number): Buffer {
  let buffer = Buffer.allocUnsafe(Math.min(limit, Math.max(expected, 4096)));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length >= limit) break;
      const bigger = Buffer.allocUnsafe(Math.min(limit, buffer.length * 2));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const n = fs.readSync(fd, buffer, length, buffer.length - length, length);
    if (n === 0) break;
    length += n;
  }
  return buffer.subarray(0, length);
}

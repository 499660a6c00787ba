// The two steps every in-place write is made of: the file's new bytes over its old ones, flushed to disk; and a
// directory's entries flushed, so that a file created or removed there survives a crash as such.
import * as fs from 'fs';

/** Writes `bytes` over the open file from its start, cuts it to their length and flushes it. */
export function overwrite(fd: number, bytes: Uint8Array): void {
  // writeSync may write less than asked: loop until every byte is in.
  for (let at = 0; at < bytes.length; ) at += fs.writeSync(fd, bytes, at, bytes.length - at, at);
  fs.ftruncateSync(fd, bytes.length);
  fs.fsyncSync(fd);
}

/** Flushes the directory's entries. Windows cannot open a directory, and its file systems need no such flush. */
export function syncDirectory(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

// Replacing a file's content atomically, for the command line and the language server alike: a fixed report is
// either the old file or the new one, never half of each.
import * as fs from 'fs';
import * as path from 'path';
import { randomBytes } from 'crypto';

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

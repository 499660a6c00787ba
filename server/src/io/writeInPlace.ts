// Writing fixes into a file, for the command line and the language server alike. In place, not by renaming a new
// file over it: the file keeps its inode, and so its hard links, owner, permissions, ACLs and extended attributes
// (node cannot copy extended attributes, and no copy keeps a hard link). A symbolic link is written through and
// stays a link.
//
// Crash safety. A write in place is not atomic, so before the first byte of the file changes, a journal holding the
// file's bytes before and after (writeJournal.ts) is written beside it and flushed, and its directory entry with
// it. Whatever stops the run (a kill, a full disk, a power cut), the file is then in one of three states:
//  - a journal fails its checksum: it was cut short, and the file was not touched yet;
//  - a journal is complete: the file is its old bytes, its new ones or, cut off mid-write, a mix of them block by
//    block; with both at hand, a later run (recoverWrites.ts) tells such a mix from an edit made since, and puts
//    the old bytes back, which a --fix run then fixes again;
//  - no journal: the new bytes were written and flushed before it was removed.
// A journal with the new bytes alone could not tell a torn file from one edited after the crash, and would
// overwrite the edit. The price is the bytes written three times, for reports of a few megabytes at most.
import * as fs from 'fs';
import * as path from 'path';
import { overwrite, syncDirectory } from './inPlace';
import { readUpTo } from './readRegularFile';
import { encodeJournal, journalPath } from './writeJournal';

/** The file may not be written: its permissions allow no writing (even for root, whom they would not stop). */
export class ReadOnlyFile extends Error {}

/** The file's bytes are no longer those the fixes were made from. */
export class ChangedOnDisk extends Error {}

/** The write failed after it began and the old bytes could not be put back either: the journal has both. */
export class TornWrite extends Error {
  constructor(readonly journal: string, message: string) {
    super(message);
  }
}

const O_NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0;

/** Replaces the file's bytes `before` (as it was read) by `after`; throws, and leaves the file as it was, if it cannot. */
export function writeInPlace(file: string, before: Uint8Array, after: Uint8Array): void {
  const target = fs.realpathSync(file);
  const stat = fs.statSync(target);
  if (!stat.isFile()) throw new Error(`${file}: not a regular file`);
  // A file whose mode denies every write was made read-only on purpose: not even root writes it behind its back.
  if ((stat.mode & 0o222) === 0) throw new ReadOnlyFile(`${file}: read-only`);
  const fd = openForWriting(target);
  let journal: string;
  try {
    if (!readUpTo(fd, before.length + 1, before.length).equals(before)) throw new ChangedOnDisk(`${file}: changed since it was read`);
    journal = writeJournal(target, before, after);
    try {
      overwrite(fd, after);
    } catch (e) {
      putBack(fd, before, journal, e);
    }
  } finally {
    fs.closeSync(fd);
  }
  // The file is written: a journal that cannot be removed now is removed by a later run, which finds the file
  // holding its new bytes. Failing here would report a written file as unwritten.
  try {
    fs.rmSync(journal);
    syncDirectory(path.dirname(target));
  } catch {
    // see above
  }
}

function openForWriting(target: string): number {
  try {
    return fs.openSync(target, fs.constants.O_RDWR | O_NOFOLLOW);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new ReadOnlyFile((e as Error).message);
    throw e;
  }
}

/** The journal, complete and flushed with its directory entry; on failure none is left and the file is untouched. */
function writeJournal(target: string, before: Uint8Array, after: Uint8Array): string {
  const journal = journalPath(target);
  try {
    const fd = fs.openSync(journal, 'wx', 0o600);
    try {
      fs.writeFileSync(fd, encodeJournal(before, after));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    syncDirectory(path.dirname(target));
  } catch (e) {
    fs.rmSync(journal, { force: true });
    throw e;
  }
  return journal;
}

/** After a failed overwrite (a full disk): the old bytes back, and the error thrown; if even that fails, a TornWrite. */
function putBack(fd: number, before: Uint8Array, journal: string, cause: unknown): never {
  const reason = cause instanceof Error ? cause.message : String(cause);
  try {
    overwrite(fd, before);
  } catch {
    throw new TornWrite(journal, reason);
  }
  fs.rmSync(journal, { force: true });
  throw cause;
}

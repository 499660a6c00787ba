// The journals of in-place writes that never finished (a run killed mid-fix, a power cut; see writeInPlace.ts),
// found beside the files a run is about to fix and settled before they are read.
import * as fs from 'fs';
import * as path from 'path';
import { overwrite, syncDirectory } from './inPlace';
import { readRegularFile } from './readRegularFile';
import { decodeJournal, journalOf, type Journal } from './writeJournal';

/**
 * `removed`: the journal said nothing the file does not (cut short before the file was touched, or the file is
 * wholly its old or its new bytes). `restored`: the file was torn between them and has its old bytes back.
 * `kept`: the file is neither (edited since?) or could not be written: the journal stays, the file as it is.
 */
export type RecoveryOutcome = 'removed' | 'restored' | 'kept';

export interface Recovery {
  /** The file as it was named. */
  file: string;
  journal: string;
  outcome: RecoveryOutcome;
}

/**
 * Settles the journals left for these files by processes that are gone, one directory listing per directory.
 * `maxBytes` bounds what is read of a file (a journal holds two copies of it).
 */
export function recoverWrites(files: string[], maxBytes: (file: string) => number): Recovery[] {
  const byDirectory = new Map<string, Map<string, string>>();
  for (const file of files) {
    let target: string;
    try {
      target = fs.realpathSync(file);
    } catch {
      continue; // reported as unreadable when it is checked
    }
    const names = byDirectory.get(path.dirname(target)) ?? new Map<string, string>();
    names.set(path.basename(target), file);
    byDirectory.set(path.dirname(target), names);
  }
  const out: Recovery[] = [];
  for (const [dir, names] of byDirectory) {
    let entries: string[];
    try {
      entries = fs.readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of entries) {
      const of = journalOf(name);
      const file = of && names.get(of.base);
      if (!of || file === undefined || isRunning(of.pid)) continue;
      const journal = path.join(dir, name);
      out.push({ file, journal, outcome: settle(journal, path.join(dir, of.base), maxBytes(file)) });
    }
  }
  return out;
}

function settle(journalFile: string, target: string, maxBytes: number): RecoveryOutcome {
  try {
    const read = readRegularFile(journalFile, 2 * maxBytes + 200);
    if (!read.ok) return 'kept'; // not a journal of ours, whatever its name
    const journal = decodeJournal(read.bytes);
    const now = readRegularFile(target, maxBytes);
    if (!now.ok) return 'kept';
    if (!journal || now.bytes.equals(journal.before) || now.bytes.equals(journal.after)) {
      fs.rmSync(journalFile);
      return 'removed';
    }
    if (!isTorn(now.bytes, journal)) return 'kept';
    // Written in place like the fix was, and the journal removed only once the old bytes are on disk.
    const fd = fs.openSync(target, fs.constants.O_RDWR);
    try {
      overwrite(fd, journal.before);
    } finally {
      fs.closeSync(fd);
    }
    fs.rmSync(journalFile);
    syncDirectory(path.dirname(target));
    return 'restored';
  } catch {
    return 'kept';
  }
}

/**
 * Whether the bytes are what a write of `after` over `before` cut off at any point leaves: a length between the
 * two, and every byte that of one or the other at its offset (blocks reach the disk in any order).
 */
export function isTorn(bytes: Buffer, { before, after }: Journal): boolean {
  if (bytes.length < Math.min(before.length, after.length) || bytes.length > Math.max(before.length, after.length)) return false;
  for (let i = 0; i < bytes.length; i++) {
    if (!((i < before.length && bytes[i] === before[i]) || (i < after.length && bytes[i] === after[i]))) return false;
  }
  return true;
}

/**
 * Whether the process that wrote a journal still runs (then its write may still be going on). This process's own
 * id belongs to an earlier process that had it: a write here is over before anything else happens.
 */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

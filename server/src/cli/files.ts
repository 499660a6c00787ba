// Turns the paths on the command line into the list of files to check.
import * as fs from 'fs';
import * as path from 'path';
import { isSkippedFolder, SEARCHED_EXTENSIONS, sniffFile } from '../readers';
import { readRegularFile } from '../io/readRegularFile';

/** A file without an extension larger than this is not read to see whether it is a document. */
const MAX_SNIFFED = 64 * 1024 * 1024;

export interface FileSet {
  /** Files to check, in command-line order; each directory's files sorted, for output that does not vary. */
  files: string[];
  /** Those of `files` that were found by searching a directory rather than named. */
  fromDirectories: Set<string>;
  /** Arguments that do not exist: a usage error, reported before anything is checked. */
  missing: string[];
  /** Directories found but not listable (permissions): reported like unreadable files. */
  unlisted: { path: string; reason: string }[];
  /** Links found in a directory that lead out of it (to `target`, a file that would be searched): not read. */
  outside: { path: string; target: string }[];
}

/** Where the search of one directory named on the command line stands. */
interface Search {
  /** The directory's real path: a link must lead to a file under it. */
  root: string;
  found: string[];
  set: FileSet;
}

/** `includes`: whether a file found in a directory is taken (the config's globs); a file named is always taken. */
export function collectFiles(args: string[], includes: (file: string) => boolean = () => true): FileSet {
  const set: FileSet = { files: [], fromDirectories: new Set(), missing: [], unlisted: [], outside: [] };
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    set.files.push(file);
  };
  for (const arg of args) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(arg);
    } catch {
      set.missing.push(arg);
      continue;
    }
    if (!stat.isDirectory()) {
      add(arg);
      continue;
    }
    const search: Search = { root: fs.realpathSync(arg), found: [], set };
    walk(arg, search);
    // Plain code-unit order, not localeCompare: the same on every machine and locale.
    for (const f of search.found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (seen.has(path.resolve(f))) continue;
      // Left out as a config file's exclude says: silently, as a search leaves out what is not a report.
      if (!includes(f)) continue;
      set.fromDirectories.add(f);
      add(f);
    }
  }
  return set;
}

function walk(dir: string, search: Search): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    search.set.unlisted.push({ path: dir, reason: (e as Error).message });
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    // Symbolic links to directories are not followed: no cycles, and no wandering out of the tree asked for.
    if (entry.isDirectory()) {
      if (!isSkippedFolder(entry.name)) walk(full, search);
    } else if (entry.isFile()) {
      if (isSearched(entry.name, full)) search.found.push(full);
    } else if (entry.isSymbolicLink()) {
      followLink(entry.name, full, search);
    }
  }
}

/**
 * A link to a file under the directory searched is searched like the file; one leading out of it is not read at
 * all (a report's directory with `passwd.txt -> /etc/passwd` in it must not show that file, nor --fix write it),
 * and is reported if its name is one a search picks up.
 */
function followLink(name: string, full: string, search: Search): void {
  let target: string;
  try {
    target = fs.realpathSync(full);
    if (!fs.statSync(target).isFile()) return;
  } catch {
    return; // a dangling link is nothing to check
  }
  if (isUnder(search.root, target)) {
    if (isSearched(name, full)) search.found.push(full);
  } else if (searchedByName(name) !== false) {
    search.set.outside.push({ path: full, target });
  }
}

function isUnder(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel !== '' && !rel.startsWith('..' + path.sep) && rel !== '..' && !path.isAbsolute(rel);
}

/**
 * What a directory search picks up: the extensions of reports (text, Word, web pages, PDF, and .doc/.wps to say
 * they must be saved as .docx), and a file without an extension whose content is a document (a page saved from a
 * site's download link often has none). A file named explicitly is checked whatever it is.
 */
function isSearched(name: string, full: string): boolean {
  const byName = searchedByName(name);
  if (byName !== undefined) return byName;
  try {
    const read = readRegularFile(full, MAX_SNIFFED);
    return read.ok && sniffFile(read.bytes, '').kind !== 'text';
  } catch {
    return false;
  }
}

/** Whether the name alone says a search picks the file up; undefined for a file without an extension. */
function searchedByName(name: string): boolean | undefined {
  const extension = path.extname(name).toLowerCase();
  return extension ? SEARCHED_EXTENSIONS.has(extension) : undefined;
}

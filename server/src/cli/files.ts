// Turns the paths on the command line into the list of files to check.
import * as fs from 'fs';
import * as path from 'path';
import { SEARCHED_EXTENSIONS, sniffFile } from '../readers';

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
}

export function collectFiles(args: string[]): FileSet {
  const set: FileSet = { files: [], fromDirectories: new Set(), missing: [], unlisted: [] };
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
    const found: string[] = [];
    walk(arg, found, set.unlisted);
    // Plain code-unit order, not localeCompare: the same on every machine and locale.
    for (const f of found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (!seen.has(path.resolve(f))) set.fromDirectories.add(f);
      add(f);
    }
  }
  return set;
}

function walk(dir: string, found: string[], unlisted: FileSet['unlisted']): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    unlisted.push({ path: dir, reason: (e as Error).message });
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    // Symbolic links to directories are not followed: no cycles, and no wandering out of the tree asked for.
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.') && !isSavedPageFolder(entry.name)) walk(full, found, unlisted);
    } else if (isFile(entry, full) && isSearched(entry.name, full)) {
      found.push(full);
    }
  }
}

function isFile(entry: fs.Dirent, full: string): boolean {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return fs.statSync(full).isFile();
  } catch {
    return false; // a dangling link is nothing to check
  }
}

/**
 * What a directory search picks up: the extensions of reports (text, Word, web pages, PDF, and .doc/.wps to say
 * they must be saved as .docx), and a file without an extension whose content is a document (a page saved from a
 * site's download link often has none). A file named explicitly is checked whatever it is.
 */
function isSearched(name: string, full: string): boolean {
  const extension = path.extname(name).toLowerCase();
  if (SEARCHED_EXTENSIONS.has(extension)) return true;
  if (extension) return false;
  try {
    if (fs.statSync(full).size > MAX_SNIFFED) return false;
    return sniffFile(fs.readFileSync(full), '').kind !== 'text';
  } catch {
    return false;
  }
}

/**
 * The folder a browser or Word saves beside a page (`report_files/`, `report.files/`): its images, styles and
 * frames belong to the page, and its .htm files are not reports of their own.
 */
function isSavedPageFolder(name: string): boolean {
  return name.endsWith('_files') || name.endsWith('.files');
}

// Report files on disk as the language server reads them without opening them: the search of a folder, and the
// reading of one file (only a regular file, up to a size; its format by its content; text decoded exactly). One
// way for last year's reports (lastYears.ts) and the workspace check (workspaceCheck.ts).
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { renderTextView, type SourceFormat, type TextView } from '../core';
import { isSkippedFolder, ReaderError, SEARCHED_EXTENSIONS, sniffFile } from '../readers';
import { decodeFile } from '../io/encoding';
import { readRegularFile } from '../io/readRegularFile';
import { viewUriOf } from './views';

/** Bounds of a search, so that a workspace of other things costs little: files found, folder depth, bytes per file. */
export const MAX_FILES = 2000;
export const MAX_DEPTH = 6;
export const MAX_BYTES = 50 * 2 ** 20;

/**
 * A file read: the text view of a .docx, HTML or PDF file (its diagnostics belong at the view's URI, where the
 * editor opens them), or a text file's text (at the file's URI); or why it gives nothing to check.
 */
export type ReadReport =
  | { kind: 'view'; uri: string; view: TextView; format: SourceFormat; problem: boolean }
  | { kind: 'text'; uri: string; text: string }
  | { kind: 'none'; reason: string };

export async function readReportFile(file: string, maxBytes = MAX_BYTES): Promise<ReadReport> {
  let bytes: Uint8Array;
  try {
    const read = readRegularFile(file, maxBytes);
    if (!read.ok) return { kind: 'none', reason: read.reason };
    bytes = new Uint8Array(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength);
  } catch (e) {
    return { kind: 'none', reason: e instanceof Error ? e.message : String(e) };
  }
  const uri = pathToFileURL(file).href;
  const sniffed = sniffFile(bytes, path.extname(file));
  if (sniffed.kind === 'legacy-word') return { kind: 'none', reason: 'legacy-word' };
  if (sniffed.kind === 'reader') {
    try {
      const doc = await sniffed.reader.read(bytes);
      return { kind: 'view', uri: viewUriOf(uri), view: renderTextView(doc), format: doc.format, problem: !!doc.problem };
    } catch (e) {
      return { kind: 'none', reason: e instanceof ReaderError ? e.reason : e instanceof Error ? e.message : String(e) };
    }
  }
  const decoded = decodeFile(bytes);
  return decoded.ok ? { kind: 'text', uri, text: decoded.text } : { kind: 'none', reason: decoded.reason };
}

/** Whether a file's name is one a search picks up. */
export const isSearchedName = (name: string) => SEARCHED_EXTENSIONS.has(path.extname(name).toLowerCase());

/** The report files under a folder, down to a depth, up to `max` in all (added to `found`). */
export function walkReportFiles(dir: string, depth: number, found: string[], max = MAX_FILES): void {
  if (depth < 0 || found.length >= max) return;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!isSkippedFolder(entry.name)) walkReportFiles(full, depth - 1, found, max);
    } else if (entry.isFile() && isSearchedName(entry.name)) {
      found.push(full);
    }
    if (found.length >= max) return;
  }
}

/** Whether a file under one of the folders is one a search of them would find (a file event's file). */
export function isSearchedFile(file: string, folders: readonly string[]): boolean {
  if (!isSearchedName(path.basename(file))) return false;
  return folders.some((folder) => {
    const rel = path.relative(folder, file);
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return false;
    const dirs = rel.split(path.sep).slice(0, -1);
    return dirs.length <= MAX_DEPTH && !dirs.some(isSkippedFolder);
  });
}

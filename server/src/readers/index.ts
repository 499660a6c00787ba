// Which reader reads a file: judged by its content (a zip holding word/document.xml, %PDF-, markup), the file's
// extension only breaking ties for text. A file no reader claims is text, read by the core's text reader.
import type { Reader } from './reader';
import { docxReader, isLegacyWord } from './docx';
import { htmlReader, mhtmlReader } from './html';
import { pdfReader } from './pdf';

export { ReaderError } from './reader';
export type { Reader, ReaderErrorReason } from './reader';
export { writeDocxEdits } from './docx';

/** In the order they are asked: binary formats first, then the markup ones. */
export const READERS: Reader[] = [pdfReader, docxReader, mhtmlReader, htmlReader];

/** Extensions a directory search picks up: the readers', Word's and WPS's old binary formats, and text. */
export const TEXT_EXTENSIONS = ['.txt', '.md'];
export const LEGACY_EXTENSIONS = ['.doc', '.wps'];
export const SEARCHED_EXTENSIONS = new Set([...TEXT_EXTENSIONS, ...LEGACY_EXTENSIONS, ...READERS.flatMap((r) => r.extensions)]);

/**
 * Folders a directory search does not enter: hidden ones, node_modules, and the folder a browser or Word saves
 * beside a page (`report_files/`, `report.files/`: its images, styles and frames belong to the page, and its .htm
 * files are not reports of their own).
 */
export function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.') || name.endsWith('_files') || name.endsWith('.files');
}

export type Sniffed = { kind: 'reader'; reader: Reader } | { kind: 'legacy-word' } | { kind: 'text' };

/**
 * The reader for a file's bytes. A .txt or .md file is text unless its bytes are a binary document (a PDF or a .docx
 * renamed); markup is read as a page only in files not named as text, so a Markdown draft with HTML in it stays a
 * draft. A .doc that is really a .docx or a saved web page (sites publish both as .doc) is read as what it is.
 */
export function sniffFile(bytes: Uint8Array, extension: string): Sniffed {
  const asText = TEXT_EXTENSIONS.includes(extension.toLowerCase());
  for (const reader of READERS) {
    if (asText && reader.format === 'html') continue;
    if (reader.sniff(bytes)) return { kind: 'reader', reader };
  }
  if (isLegacyWord(bytes)) return { kind: 'legacy-word' };
  return { kind: 'text' };
}

/** Whether a file without a searched extension is a document all the same, by its first bytes. */
export function isDocumentContent(head: Uint8Array): boolean {
  return READERS.some((r) => r.sniff(head));
}

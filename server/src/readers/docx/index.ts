// The Word (.docx) reader: the zip's central directory is judged first (no inflating for a file that is not a
// Word document), then only word/document.xml, word/numbering.xml and word/styles.xml are inflated (styles only
// when there is numbering), and document.xml is streamed once into a SourceDocument.
import type { SourceDocument } from '../../core/source/document';
import type { Reader } from '../reader';
import { ReaderError } from '../reader';
import { readBody } from './body';
import { ListCounters } from './listCounters';
import { emptyNumbering, readNumbering } from './numbering';
import { isEncryptedPackage, isOleFile } from './ole';
import { emptyStyles, readStyles } from './styles';
import { decodeXml } from './xmlText';
import { DOCUMENT_PART, entryBytes, readZipDirectory, startsLikeZip } from './zip';

export { writeDocxEdits } from './writeEdits';

const NUMBERING_PART = 'word/numbering.xml';
const STYLES_PART = 'word/styles.xml';
/**
 * The largest part inflated, by the size the zip declares (a part is inflated into a buffer of that size and no
 * more: zip.ts): a report's document.xml is well under a megabyte, so a part this large is a zip bomb or not a report.
 */
const MAX_PART_SIZE = 64 * 1024 * 1024;

/** A binary Word or WPS document (.doc, .wps): an OLE2 compound file that is not a password-protected .docx. */
export function isLegacyWord(bytes: Uint8Array): boolean {
  return isOleFile(bytes) && !isEncryptedPackage(bytes);
}

/**
 * A zip whose central directory names word/document.xml, or a password-protected Office document (an OLE file
 * holding EncryptedPackage): claimed so that reading it says `encrypted`, where no other reader would claim it.
 */
function sniff(bytes: Uint8Array): boolean {
  if (isOleFile(bytes)) return isEncryptedPackage(bytes);
  if (!startsLikeZip(bytes)) return false;
  const dir = readZipDirectory(bytes);
  return !!dir && dir.entries.some((e) => e.name === DOCUMENT_PART);
}

/** The three parts, inflated; a zip that does not hold a readable document throws ReaderError. */
function inflateParts(bytes: Uint8Array): Record<string, Uint8Array> {
  if (isOleFile(bytes)) throw new ReaderError(isEncryptedPackage(bytes) ? 'encrypted' : 'legacy-word');
  const dir = startsLikeZip(bytes) ? readZipDirectory(bytes) : undefined;
  if (!dir) throw new ReaderError('corrupt', 'not a zip archive');
  // Only an archive past 4 GB or 65,535 entries needs zip64: no Word document, and not sniffed as one.
  if (dir.zip64) throw new ReaderError('corrupt', 'a zip64 archive');
  // The last record of a name is the one read, as unzip tools do with a name stored twice.
  const entries = new Map(dir.entries.map((e) => [e.name, e]));
  if (!entries.has(DOCUMENT_PART)) throw new ReaderError('no-document');
  // Styles matter only for the numbering they give paragraphs: without numbering.xml no paragraph is numbered.
  const parts = entries.has(NUMBERING_PART) ? [DOCUMENT_PART, NUMBERING_PART, STYLES_PART] : [DOCUMENT_PART];
  const files: Record<string, Uint8Array> = {};
  for (const name of parts) {
    const entry = entries.get(name);
    if (!entry) continue;
    if (entry.flags & 1) throw new ReaderError('encrypted', 'the zip entries are encrypted');
    if (entry.size > MAX_PART_SIZE) throw new ReaderError('corrupt', `${name} is ${entry.size} bytes`);
    files[name] = entryBytes(bytes, entry);
  }
  return files;
}

/** Reads a .docx's bytes into a SourceDocument (synchronously; the Reader interface wraps it in a promise). */
export function readDocx(bytes: Uint8Array): SourceDocument {
  const files = inflateParts(bytes);
  try {
    const styles = files[STYLES_PART] ? readStyles(decodeXml(files[STYLES_PART])) : emptyStyles();
    const numbering = files[NUMBERING_PART] ? readNumbering(decodeXml(files[NUMBERING_PART])) : emptyNumbering();
    return { format: 'docx', blocks: readBody(decodeXml(files[DOCUMENT_PART]), new ListCounters(numbering, styles)) };
  } catch (e) {
    if (e instanceof ReaderError) throw e;
    throw new ReaderError('corrupt', e instanceof Error ? e.message : String(e));
  }
}

export const docxReader: Reader = {
  format: 'docx',
  extensions: ['.docx'],
  sniff,
  read: async (bytes) => readDocx(bytes),
};

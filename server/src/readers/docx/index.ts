// The Word (.docx) reader: the zip's central directory is judged first (no inflating for a file that is not a
// Word document), then only word/document.xml, word/numbering.xml and word/styles.xml are inflated (styles only
// when there is numbering), and document.xml is streamed once into a SourceDocument.
import type * as Fflate from 'fflate';
import type { SourceDocument } from '../../core/source/document';
import type { Reader } from '../reader';
import { ReaderError } from '../reader';
import { readBody } from './body';
import { ListCounters } from './listCounters';
import { emptyNumbering, readNumbering } from './numbering';
import { isEncryptedPackage, isOleFile } from './ole';
import { emptyStyles, readStyles } from './styles';
import { decodeXml } from './xmlText';
import { DOCUMENT_PART, readZipDirectory, startsLikeZip } from './zip';

/** fflate is loaded by the first .docx read: a run without one never evaluates it (require() keeps it once loaded). */
const fflate = (): typeof Fflate => require('fflate');

export { writeDocxEdits } from './writeEdits';

const NUMBERING_PART = 'word/numbering.xml';
const STYLES_PART = 'word/styles.xml';
/**
 * The largest part inflated, by the size the zip declares (fflate inflates into a buffer of that size and no
 * more): a report's document.xml is well under a megabyte, so a part this large is a zip bomb or not a report.
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
  const entry = dir.entries.find((e) => e.name === DOCUMENT_PART);
  if (!entry && !dir.zip64) throw new ReaderError('no-document');
  if (entry && entry.flags & 1) throw new ReaderError('encrypted', 'the zip entries are encrypted');
  // Styles matter only for the numbering they give paragraphs: without numbering.xml no paragraph is numbered.
  const parts = new Set([DOCUMENT_PART, NUMBERING_PART]);
  if (dir.entries.some((e) => e.name === NUMBERING_PART)) parts.add(STYLES_PART);
  try {
    const files = fflate().unzipSync(bytes, {
      filter: (f) => {
        if (!parts.has(f.name)) return false;
        if (f.originalSize > MAX_PART_SIZE) throw new ReaderError('corrupt', `${f.name} is ${f.originalSize} bytes`);
        return true;
      },
    });
    if (!files[DOCUMENT_PART]) throw new ReaderError('no-document');
    return files;
  } catch (e) {
    if (e instanceof ReaderError) throw e;
    throw new ReaderError('corrupt', e instanceof Error ? e.message : String(e));
  }
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

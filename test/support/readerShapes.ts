// Files of one hostile shape made to a scale, for the readers: what the reader tests give the .docx and HTML readers
// (the bench's long run, part 20, reads them at growing scales: test/support/hostileSizes.ts). Each is a shape no report has and a program can
// write in a few kilobytes: tables or elements nested a hundred thousand deep, a zip entry that lies about its size,
// property blocks opened again and again before their end tag.
import { strToU8 } from 'fflate';
import { docxOfParts, documentXml, nestedDocument, nestedPage, wp } from './hostileBytes';

const PARAGRAPH = wp('一、总体情况');

const docx = (document: string | Uint8Array) => docxOfParts({ 'word/document.xml': document });

/** Tables nested `depth` deep, one row of one cell each, a paragraph before them and in the innermost (the long run's). */
export const nestedTables = (depth: number) => docx(nestedDocument(depth, 0));

/** Paragraph properties opened `count` times before their first end tag (each block holds the next). */
export const openedProperties = (count: number) => docx(documentXml(`<w:p>${'<w:pPr>'.repeat(count)}${'</w:pPr>'.repeat(count)}<w:r><w:t>x</w:t></w:r></w:p>`));

/** The size a lying entry declares: the bytes of its document.xml up to and with the root's end tag. */
export const LYING_DECLARED = strToU8(documentXml(PARAGRAPH)).length;

/**
 * A .docx whose document.xml is a whole document followed by `trailing` bytes of spaces (white space an XML
 * document may end with), while the zip declares only the document's bytes (LYING_DECLARED), in its local header
 * and its central directory: read up to the declared size, the entry looks like a good document.
 */
export function lyingSize(trailing: number): Uint8Array {
  const xml = strToU8(documentXml(PARAGRAPH));
  const part = new Uint8Array(xml.length + trailing).fill(0x20);
  part.set(xml);
  const bytes = docx(part);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const name = strToU8('word/document.xml');
  const named = (at: number) => name.every((c, k) => bytes[at + k] === c);
  for (let at = 0; at + 46 < bytes.length; at++) {
    if (view.getUint32(at, true) === 0x04034b50 && named(at + 30)) view.setUint32(at + 22, xml.length, true);
    if (view.getUint32(at, true) === 0x02014b50 && named(at + 46)) view.setUint32(at + 24, xml.length, true);
  }
  return bytes;
}

/** `<div>` elements nested `depth` deep in a page's body (the long run's shape). */
export const nestedDivs = (depth: number) => strToU8(nestedPage(depth, 1));

/** Tables nested `depth` deep in a page's body, a table in the one cell of each (the long run's shape). */
export const nestedHtmlTables = (depth: number) => strToU8(nestedPage(depth, 0));

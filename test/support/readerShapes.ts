// Files of one hostile shape made to a scale, for the readers: what the reader tests and the memory bench
// (bench/memory.mjs, part 16) give the .docx and HTML readers. Each is a shape no report has and a program can
// write in a few kilobytes: tables or elements nested a hundred thousand deep, a zip entry that lies about its size,
// property blocks opened again and again before their end tag.
import { strToU8 } from 'fflate';
import { docxOfParts, documentXml, nestedDocument, nestedPage, wp } from './hostileBytes';

export interface ReaderShape {
  name: string;
  /** What the file is, in a few words. */
  what: string;
  format: 'docx' | 'html';
  /** The file at scale `n` (a depth, a count or a size, as `what` says). */
  make(n: number): Uint8Array;
  /** The two scales the bench measures, the second ten or sixteen times the first. */
  scales: [number, number];
}

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

export const READER_SHAPES: ReaderShape[] = [
  { name: 'docx nested tables', what: 'a .docx of one-cell tables nested n deep', format: 'docx', make: nestedTables, scales: [1e5, 1e6] },
  { name: 'docx opened properties', what: 'a .docx whose paragraph opens n w:pPr before their end tags', format: 'docx', make: openedProperties, scales: [1e5, 1e6] },
  { name: 'docx lying size', what: `a .docx whose document.xml declares ${LYING_DECLARED} bytes and inflates to n more`, format: 'docx', make: lyingSize, scales: [16e6, 256e6] },
  { name: 'html nested divs', what: 'a page of <div>s nested n deep', format: 'html', make: nestedDivs, scales: [1e5, 1e6] },
  { name: 'html nested tables', what: 'a page of tables nested n deep', format: 'html', make: nestedHtmlTables, scales: [1e5, 1e6] },
];

export const readerShape = (name: string): ReaderShape => {
  const shape = READER_SHAPES.find((s) => s.name === name);
  if (!shape) throw new Error(`no reader shape ${name}`);
  return shape;
};

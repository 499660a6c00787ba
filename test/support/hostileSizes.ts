// Hostile files made at growing sizes, for the time and memory per input byte of the bench's long run
// (bench/longRun.mjs, part 20): texts and pages to megabytes, nesting to 10^5 deep, zip bombs to gigabytes declared
// or inflated, PDFs to a thousand pages or a gigabyte of content. Each is the same in every run.
import fc from 'fast-check';
import { strToU8 } from 'fflate';
import {
  declaringSize, deflatedRepeat, documentXml, docxOfParts, encodeText, entityExpansion, lyingBomb, MB, nestedDocument, nestedPage,
  pdfOfPages, pdfTextContent, pseudoRandomBytes, reportPage, wp, zipOf, zlibWrapped,
} from './hostileBytes';
import type { FileCase } from './hostileFiles';
import { mutatedReport } from './hostileReports';
import { openedProperties } from './readerShapes';
import { readReport, REPORT_FILES } from './reports';

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

export interface SizedShape {
  name: string;
  what: string;
  /** What the scale counts (bytes, depth, pages, inflated MB …), and its steps in a quick and in a full run. */
  unit: string;
  quick: number[];
  full: number[];
  make(scale: number): FileCase;
  /** Whether its cost must not grow with the scale at all (a bomb is refused by what it declares, whatever it holds). */
  flat?: boolean;
  /** Why a shape is known not to hold up yet: another piece of work fixes it. */
  known?: string;
}

/**
 * Mutated real reports (fast-check's, seeded) one after another until the text has `bytes` of UTF-8; without the
 * control characters some mutations plant, which would make the file binary and leave the check nothing to do.
 */
function mutatedCollection(bytes: number): string {
  const reports = fc.sample(mutatedReport, { seed: 20, numRuns: 200 }).map((t) => t.replace(/[\0-\x08\x0b\x0e-\x1f\x7f]/g, ''));
  const parts: string[] = [];
  for (let size = 0; size < bytes; size += Buffer.byteLength(parts[parts.length - 1], 'utf8') + 1) parts.push(reports[parts.length % reports.length]);
  return parts.join('\n');
}

/** The real reports one after another until `bytes` of UTF-8. */
function collection(bytes: number): string {
  const texts = REPORT_FILES.map(readReport);
  const parts: string[] = [];
  for (let size = 0; size < bytes; size += Buffer.byteLength(parts[parts.length - 1], 'utf8') + 1) parts.push(texts[parts.length % texts.length]);
  return parts.join('\n');
}

const KB = 1024;
const BYTES = { quick: [64 * KB, 256 * KB], full: [256 * KB, MB, 4 * MB] };
const DEPTHS = { quick: [1000, 10_000], full: [1000, 10_000, 100_000] };

export const SIZED_SHAPES: SizedShape[] = [
  { name: 'text: mutated reports', what: 'mutated real reports one after another, UTF-8', unit: 'bytes', ...BYTES, make: (n) => ({ bytes: strToU8(mutatedCollection(n)), extension: '.txt' }) },
  { name: 'text: GB18030', what: 'the real reports one after another, in GB18030', unit: 'bytes', ...BYTES, make: (n) => ({ bytes: encodeText(collection(n), 'gb18030'), extension: '.txt' }) },
  { name: 'text: random bytes', what: 'random bytes named .txt', unit: 'bytes', ...BYTES, make: (n) => ({ bytes: pseudoRandomBytes(n, 1), extension: '.txt' }) },
  { name: 'html: report pages', what: 'the real reports as one page', unit: 'bytes', ...BYTES, make: (n) => ({ bytes: strToU8(reportPage(collection(n))), extension: '.html' }) },
  { name: 'html: random bytes', what: 'random bytes given to the HTML reader', unit: 'bytes', ...BYTES, make: (n) => ({ bytes: pseudoRandomBytes(n, 2), extension: '.html', reader: '.html' }) },
  { name: 'html: nested <div>', what: 'divisions nested n deep', unit: 'depth', ...DEPTHS, make: (d) => ({ bytes: strToU8(nestedPage(d, 1)), extension: '.html' }) },
  {
    name: 'html: nested tables', what: 'a table in a cell, n deep', unit: 'depth', ...DEPTHS, make: (d) => ({ bytes: strToU8(nestedPage(d, 0)), extension: '.html' }),
  },
  {
    name: 'mhtml: many parts', what: 'a single-file page and n pictures after it, as Word saves one', unit: 'parts', quick: [100, 1000], full: [100, 1000, 10_000],
    make: (n) => {
      const picture = `------=_P\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\nContent-Location: file:///x.png\r\n\r\n${Buffer.from(pseudoRandomBytes(150, 4)).toString('base64')}\r\n`;
      const page = Buffer.from(reportPage(readReport(REPORT_FILES[1])), 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n');
      return { bytes: strToU8(`MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_P"\r\n\r\n------=_P\r\nContent-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n${page}\r\n${picture.repeat(n)}------=_P--\r\n`), extension: '.mhtml' };
    },
  },
  { name: 'docx: headings', what: 'a .docx of n heading paragraphs', unit: 'paragraphs', ...DEPTHS, make: (n) => ({ bytes: docxOfParts({ 'word/document.xml': documentXml(wp('一、总体情况').repeat(n)) }), extension: '.docx' }) },
  {
    name: 'docx: nested tables', what: 'a table in a cell, n deep, in a .docx', unit: 'depth', ...DEPTHS, make: (d) => ({ bytes: docxOfParts({ 'word/document.xml': nestedDocument(d, 0) }), extension: '.docx' }),
  },
  {
    name: 'docx: opened properties', what: 'a .docx whose paragraph opens w:pPr n times before their end tags', unit: 'blocks', quick: [1000, 10_000], full: [1000, 10_000, 1_000_000],
    make: (n) => ({ bytes: openedProperties(n), extension: '.docx' }),
  },
  {
    name: 'docx: billion laughs', what: 'entities n levels deep, ten references each (10^n characters if expanded); refused', unit: 'levels', quick: [3, 9], full: [3, 6, 9], flat: true,
    make: (n) => ({ bytes: docxOfParts({ 'word/document.xml': documentXml(wp(`&lol${n};`), entityExpansion(n, 10)) }), extension: '.docx', refused: true }),
  },
  {
    name: 'docx: declared bomb', what: 'a 1 KB .docx whose document.xml declares n MB; refused by its declared size', unit: 'declared MB', quick: [128, 4095], full: [128, 1024, 4095], flat: true,
    make: (n) => ({ bytes: declaringSize(docxOfParts({ 'word/document.xml': documentXml(wp('一、总体情况')) }), 'word/document.xml', Math.min(2 ** 32 - 1, n * MB)), extension: '.docx', refused: true }),
  },
  {
    name: 'docx: true bomb', what: 'a .docx whose document.xml truly inflates to n MB of spaces (and says so); refused by its declared size', unit: 'inflated MB', quick: [128, 1024], full: [128, 1024, 4000], flat: true,
    make: (n) => {
      const head = strToU8(documentXml('').replace('<w:sectPr/></w:body></w:document>', ''));
      const d = deflatedRepeat(head, 0x20, n * MB - head.length - 40, strToU8('<w:sectPr/></w:body></w:document>'));
      return { bytes: zipOf([{ name: 'word/document.xml', data: d.raw, method: 8, size: d.size, crc: d.crc }]), extension: '.docx', refused: true };
    },
  },
  {
    name: 'docx: lying bomb', what: 'a .docx whose document.xml inflates to n MB but declares 1,000 bytes', unit: 'inflated MB', quick: [16, 64], full: [16, 256, 1024], flat: true,
    make: (n) => ({ bytes: lyingBomb(n * MB, 1000, false), extension: '.docx', refused: true }),
  },
  {
    name: 'pdf: pages', what: 'a PDF of n pages of text lines', unit: 'pages', quick: [10, 100], full: [10, 100, 1000],
    make: (n) => {
      const content = strToU8(pdfTextContent(Array.from({ length: 40 }, (_, i) => `${i + 1}  ${i * 7}  ${i * 3}  total ${i * 10}`)));
      return { bytes: pdfOfPages(Array.from({ length: n }, () => ({ content }))), extension: '.pdf' };
    },
  },
  {
    name: 'pdf: flate bomb', what: 'a one-page PDF whose content stream inflates to n MB of spaces', unit: 'inflated MB', quick: [16, 64], full: [16, 256, 1024],
    make: (n) => {
      const d = deflatedRepeat(strToU8('BT /F1 10 Tf 50 780 Td (1 2 3) Tj ET '), 0x20, n * MB, strToU8(' BT /F1 10 Tf 50 760 Td (4 5 6) Tj ET'), 'adler');
      return { bytes: pdfOfPages([{ content: zlibWrapped(d), dict: '/Filter /FlateDecode' }]), extension: '.pdf' };
    },
  },
  {
    name: 'pdf: nested arrays', what: 'arrays nested n deep in the page dictionary and its content', unit: 'depth', ...DEPTHS,
    make: (d) => ({ bytes: pdfOfPages([{ content: strToU8(`${'['.repeat(d)}${']'.repeat(d)} ${pdfTextContent(['1 2 3'])}`) }], `/Nest ${'['.repeat(d)}${']'.repeat(d)}`), extension: '.pdf' }),
  },
  {
    name: 'pdf: random after header', what: 'a PDF header, then random bytes', unit: 'bytes', ...BYTES,
    make: (n) => ({ bytes: new Uint8Array(Buffer.concat([latin1('%PDF-1.7\n'), pseudoRandomBytes(n, 3)])), extension: '.pdf' }),
  },
];

export const sizedShape = (name: string): SizedShape => SIZED_SHAPES.find((s) => s.name === name)!;


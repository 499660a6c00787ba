// Hostile files for every reader (.txt, .md, .docx, .html, .mhtml, .pdf), by shape: random bytes, real files cut
// short or with bytes changed, reports mutated inside their format, markup and XML planted, zips with random parts,
// entity expansion, zip bombs by declared and by lying size, deep nesting, odd PDFs. Drawn many times, small: by
// the fuzz suite in npm test and by the bench's long run (bench/longRun.mjs), which also makes the shapes of
// hostileSizes.ts at growing sizes.
import fc from 'fast-check';
import { readFileSync } from 'fs';
import * as path from 'path';
import { strToU8 } from 'fflate';
import { fraction, placeAt } from './fraction';
import { filledReports, TEMPLATE_PATH } from './fillTemplate';
import {
  declaringSize, documentXml, docxOfParts, docxParts, encodeText, entityExpansion, lyingBomb, MB, nestedDocument, nestedPage, pdfOfPages,
  pdfTextContent, reportPage, singleFilePage, W, wp, zipOf, type TextEncoding,
} from './hostileBytes';
import { mutate, mutatedReport, mutation, ODD_FIGURES, type Mutation } from './hostileReports';
import { buildReportText } from './reportBuilder';
import { PUBLISHED_DIR, readReport, REPORT_FILES } from './reports';

/** The readers by the extension that names them (the first of each reader's). */
export type ReaderName = '.pdf' | '.docx' | '.mhtml' | '.html';

export interface FileCase {
  bytes: Uint8Array;
  /** The file's extension, as the CLI and the server sniff by it. */
  extension: string;
  /** Given: these bytes go to that reader whatever they sniff as (random bytes reach every reader so). */
  reader?: ReaderName;
  /** A file that must be refused with a ReaderError (a bomb, an entity expansion), not read. */
  refused?: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Real files of each kind, made once

export interface Samples {
  docx: Uint8Array[];
  pdf: Uint8Array[];
  html: Uint8Array[];
  mhtml: Uint8Array[];
  txt: Uint8Array[];
  md: Uint8Array[];
}

let made: Samples | undefined;

const ENCODINGS: TextEncoding[] = ['utf-8', 'utf-8-bom', 'gb18030', 'utf-16le'];
const PDF_FILES = ['hongzequ_2023.pdf', 'hongzequ_2024.pdf', 'huaianshi_2024.pdf'];

/** The real reports as .docx (filled into the template), pages, single-file pages and text files; the published PDFs. */
export function fileSamples(): Samples {
  if (made) return made;
  const texts = REPORT_FILES.map(readReport);
  const pages = texts.map(reportPage);
  made = {
    docx: [...filledReports(), new Uint8Array(readFileSync(TEMPLATE_PATH))],
    pdf: PDF_FILES.map((f) => new Uint8Array(readFileSync(path.join(PUBLISHED_DIR, f)))),
    html: pages.map((p) => strToU8(p)),
    mhtml: pages.slice(0, 2).flatMap((p) => [singleFilePage(p, 'base64'), singleFilePage(p, 'quoted-printable')]),
    txt: texts.flatMap((t, i) => [encodeText(t, ENCODINGS[i % ENCODINGS.length]), encodeText(t.replace(/\n/g, '\r\n'), 'utf-8')]),
    md: [strToU8(buildReportText({ layout: 'markdown' }).text)],
  };
  return made;
}

const EXTENSION_OF: Record<keyof Samples, string> = { docx: '.docx', pdf: '.pdf', html: '.html', mhtml: '.mhtml', txt: '.txt', md: '.md' };

/** Any sample, with its extension. */
const anySample = (s: Samples): fc.Arbitrary<{ bytes: Uint8Array; extension: string }> =>
  fc.constantFrom(...(Object.keys(s) as (keyof Samples)[]).flatMap((k) => s[k].map((bytes) => ({ bytes, extension: EXTENSION_OF[k] }))));

// ---------------------------------------------------------------------------------------------------------------
// Small shapes, drawn many times

export interface FileShape {
  name: string;
  what: string;
  arbitrary(samples: Samples): fc.Arbitrary<FileCase>;
}

const READER_NAMES: ReaderName[] = ['.pdf', '.docx', '.mhtml', '.html'];

/** Starts of files that make a sniffer look twice: magic numbers, a BOM, markup, a MIME header. */
const HEADS = ['%PDF-1.7\n', 'PK\x03\x04', '<html><body>', '<?xml version="1.0"?>', 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n', '\ufeff', '\xff\xfe', '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1'];
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

/** Runs of bytes overwritten at places spread over the file. */
const overwritten = (bytes: Uint8Array, runs: [number, Uint8Array][]): Uint8Array => {
  const out = bytes.slice();
  for (const [at, run] of runs) out.set(run.subarray(0, out.length - placeAt(at, out.length)), placeAt(at, out.length));
  return out;
};

const byteRuns = fc.array(fc.tuple(fraction, fc.uint8Array({ minLength: 1, maxLength: 16 })), { minLength: 1, maxLength: 8 });

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Characters XML 1.0 does not allow in a document (a mutation that plants one makes the part unreadable, not the report odd). */
const xmlSafe = (s: string) => s.replace(/[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');

const decodeUtf8 = (b: Uint8Array) => new TextDecoder().decode(b);

/** A .docx with parts replaced or added (the others kept). */
function withParts(docx: Uint8Array, replaced: Record<string, string>): Uint8Array {
  const parts = docxParts(docx);
  for (const [name, xml] of Object.entries(replaced)) parts[name] = strToU8(xml);
  return docxOfParts(parts);
}

/** The texts of a document.xml's runs, each replaced by the mutations that fall in it, or by an odd figure. */
function mutateRuns(xml: string, edits: { at: number; figure: number; m: Mutation | undefined }[]): string {
  const runs = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)];
  if (!runs.length) return xml;
  const replaced = new Map<number, string>();
  for (const e of edits) {
    const run = runs[placeAt(e.at, runs.length)];
    const text = e.m ? xmlSafe(mutate(run[1], e.m)) : ODD_FIGURES[placeAt(e.figure, ODD_FIGURES.length)];
    replaced.set(run.index!, escapeXml(text));
  }
  let out = '';
  let last = 0;
  for (const run of runs) {
    const text = replaced.get(run.index!);
    if (text === undefined) continue;
    const open = run[0].slice(0, run[0].indexOf('>') + 1);
    out += xml.slice(last, run.index!) + open + text + '</w:t>';
    last = run.index! + run[0].length;
  }
  return out + xml.slice(last);
}


const ENTITY_ATTACKS = (levels: number, fanout: number): { doctype: string; use: string }[] => [
  { doctype: entityExpansion(levels, fanout), use: `&lol${levels};` },
  // The quadratic blow-up: one long entity, referenced many times (no nesting for a limit on depth to catch).
  { doctype: `<!DOCTYPE q [<!ENTITY a "${'年'.repeat(fanout * 1000)}">]>`, use: '&a;'.repeat(levels * 100) },
  // An external entity: nothing outside the file may be read.
  { doctype: '<!DOCTYPE x [<!ENTITY ext SYSTEM "file:///etc/passwd">]>', use: '&ext;' },
  { doctype: '<!DOCTYPE x [<!ENTITY % p SYSTEM "http://127.0.0.1/x.dtd"> %p;]>', use: 'x' },
];

/** Markup a page may hold where it should not: broken tables, comments and scripts left open, odd entities, foreign content. */
const PLANTED_MARKUP = ['<table>', '</table>', '<tr>', '</td>', '<td colspan="99999" rowspan="65534">', '<th>', '<!--', '-->', '<script>', '<style>', '<textarea>', '<plaintext>', '<template>', '<svg><foreignObject>', '<math>', '<![CDATA[', '&#0;', '&#x110000;', '&nbsp', '&amp', '<br>', '<p>', '<frameset>', '<select><option>', '<caption>', '<col span="1000">', '<meta charset="gb2312">', '<meta http-equiv="Content-Type" content="text/html; charset=big5">', '\0', '\ufffd'];

/** XML's own characters, planted in a part's bytes (the part stored, so that they reach the parser). */
const XML_CHARS = '<>/&;"=w:#x1 ';

export const FILE_SHAPES: FileShape[] = [
  {
    name: 'random bytes',
    what: 'random bytes given to every reader, and as a .txt',
    arbitrary: () => fc.tuple(fc.constantFrom<ReaderName | '.txt'>(...READER_NAMES, '.txt'), fc.uint8Array({ maxLength: 4000 }))
      .map(([r, bytes]) => (r === '.txt' ? { bytes, extension: r } : { bytes, extension: r, reader: r })),
  },
  {
    name: 'magic then random',
    what: 'a magic number, BOM, markup or MIME header, then random bytes, sniffed by their extension',
    arbitrary: () => fc.tuple(fc.constantFrom(...HEADS), fc.uint8Array({ maxLength: 3000 }), fc.constantFrom('.txt', '.md', '.docx', '.pdf', '.html', '.mht', '.doc'))
      .map(([head, rest, extension]) => ({ bytes: new Uint8Array(Buffer.concat([latin1(head), rest])), extension })),
  },
  {
    name: 'cut short',
    what: 'a real file of each kind cut at any byte',
    arbitrary: (s) => fc.tuple(anySample(s), fraction).map(([f, at]) => ({ bytes: f.bytes.slice(0, placeAt(at, f.bytes.length + 1)), extension: f.extension })),
  },
  {
    name: 'bytes changed',
    what: 'a real file of each kind with runs of bytes overwritten anywhere',
    arbitrary: (s) => fc.tuple(anySample(s), byteRuns).map(([f, runs]) => ({ bytes: overwritten(f.bytes, runs), extension: f.extension })),
  },
  {
    name: 'report mutated, as text',
    what: 'a mutated real report in a text file of any encoding, some bytes changed',
    arbitrary: () => fc.tuple(mutatedReport, fc.constantFrom(...ENCODINGS), fc.constantFrom('.txt', '.md'), fc.option(byteRuns, { freq: 3 }))
      .map(([text, encoding, extension, runs]) => {
        const bytes = encodeText(text, encoding);
        return { bytes: runs ? overwritten(bytes, runs) : bytes, extension };
      }),
  },
  {
    name: 'report mutated, as a page',
    what: 'a mutated real report as a web page or a single-file page, markup planted in it',
    arbitrary: () => fc.tuple(mutatedReport, fc.array(fc.tuple(fraction, fc.constantFrom(...PLANTED_MARKUP)), { maxLength: 6 }), fc.constantFrom<'html' | 'base64' | 'quoted-printable'>('html', 'base64', 'quoted-printable'))
      .map(([text, planted, form]) => {
        let page = reportPage(text);
        for (const [at, markup] of planted) page = mutate(page, { at, length: 0, text: markup });
        return form === 'html' ? { bytes: strToU8(page), extension: '.html' } : { bytes: singleFilePage(page, form), extension: '.mhtml' };
      }),
  },
  {
    name: 'report mutated, as a .docx',
    what: 'a real report filled into the template, the texts of its runs mutated or given odd figures',
    arbitrary: (s) => fc.tuple(fc.constantFrom(...s.docx.slice(0, 5)), fc.array(fc.record({ at: fraction, figure: fraction, m: fc.option(mutation) }), { minLength: 1, maxLength: 6 }))
      .map(([docx, edits]) => ({ bytes: withParts(docx, { 'word/document.xml': mutateRuns(decodeUtf8(docxParts(docx)['word/document.xml']), edits.map((e) => ({ ...e, m: e.m ?? undefined }))) }), extension: '.docx' })),
  },
  {
    name: 'xml damaged',
    what: 'a filled .docx whose document.xml (stored) has XML\'s own characters planted in it',
    arbitrary: (s) => fc.tuple(fc.constantFrom(...s.docx), fc.array(fc.tuple(fraction, fc.nat(XML_CHARS.length - 1)), { minLength: 1, maxLength: 6 }))
      .map(([docx, planted]) => {
        const xml = docxParts(docx)['word/document.xml'].slice();
        for (const [at, c] of planted) xml[placeAt(at, xml.length)] = XML_CHARS.charCodeAt(c);
        return { bytes: zipOf([{ name: 'word/document.xml', data: xml, method: 0 }]), extension: '.docx' };
      }),
  },
  {
    name: 'zip of random parts',
    what: 'a zip whose document.xml, numbering.xml or styles.xml is random bytes or random text',
    arbitrary: () => fc.tuple(fc.constantFrom('word/document.xml', 'word/numbering.xml', 'word/styles.xml'), fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.string({ unit: 'binary', maxLength: 1000 }).map((t) => strToU8(t))), fc.boolean())
      .map(([name, data, stored]) => {
        const parts: Record<string, Uint8Array | string> = { 'word/document.xml': documentXml(wp('一、总体情况')), [name]: data };
        if (name === 'word/styles.xml') parts['word/numbering.xml'] = `<w:numbering ${W}/>`;
        const bytes = stored ? zipOf(Object.entries(parts).map(([n, d]) => ({ name: n, data: typeof d === 'string' ? strToU8(d) : d, method: 0 }))) : docxOfParts(parts);
        return { bytes, extension: '.docx' };
      }),
  },
  {
    name: 'entity expansion',
    what: 'a DOCTYPE with the billion laughs, a quadratic blow-up or an external entity in any part, refused; a parameter entity declared, read',
    arbitrary: () => fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2, max: 12 }), fc.nat(3), fc.constantFrom('word/document.xml', 'word/numbering.xml', 'word/styles.xml'))
      .map(([levels, fanout, attack, part]) => {
        const { doctype, use } = ENTITY_ATTACKS(levels, fanout)[attack];
        const parts: Record<string, string> = { 'word/document.xml': documentXml(wp(part === 'word/document.xml' ? use : '一、总体情况'), part === 'word/document.xml' ? doctype : '') };
        if (part !== 'word/document.xml') {
          const root = part === 'word/numbering.xml' ? 'numbering' : 'styles';
          parts[part] = `<?xml version="1.0"?>${doctype}<w:${root} ${W}><w:x>${use}</w:x></w:${root}>`;
          parts['word/numbering.xml'] ??= `<w:numbering ${W}/>`;
        }
        // A parameter entity is declared, not fetched: with nothing referring to an entity, the part is read.
        return { bytes: docxOfParts(parts), extension: '.docx', refused: attack < 3 };
      }),
  },
  {
    name: 'zip bomb by declared size',
    what: 'a small .docx whose part says it inflates to 64 MB – 4 GB; refused by the size it declares',
    // Numbering is added, so that its part and the styles are inflated too (the styles only matter to numbering).
    arbitrary: (s) => fc.tuple(fc.constantFrom(...s.docx), fc.integer({ min: 64 * MB + 1, max: 2 ** 32 - 1 }), fc.constantFrom('word/document.xml', 'word/numbering.xml', 'word/styles.xml'))
      .map(([docx, size, name]) => ({ bytes: declaringSize(withParts(docx, { 'word/numbering.xml': `<w:numbering ${W}/>` }), name, size), extension: '.docx', refused: true })),
  },
  {
    name: 'zip bomb by lying size',
    what: 'a .docx whose document.xml inflates to 256 KB – 4 MB but declares less; refused',
    arbitrary: () => fc.tuple(fc.integer({ min: MB / 4, max: 4 * MB }), fraction, fc.boolean())
      .map(([size, f, blocks]) => ({ bytes: lyingBomb(size, Math.floor(f * size), blocks), extension: '.docx', refused: true })),
  },
  {
    name: 'deep nesting',
    what: 'tables, divisions, lists or content controls nested up to 2,000 deep in a page or a .docx',
    arbitrary: () => fc.tuple(fc.integer({ min: 1, max: 2000 }), fc.nat(20), fc.boolean())
      .map(([depth, nest, page]) => (page ? { bytes: strToU8(nestedPage(depth, nest)), extension: '.html' } : { bytes: docxOfParts({ 'word/document.xml': nestedDocument(depth, nest) }), extension: '.docx' })),
  },
  {
    name: 'odd pdf',
    what: 'small PDFs of random text lines, odd operators, nested arrays and many pages',
    arbitrary: () => fc.tuple(
      fc.array(fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('1', '23', '4567', '-5', '1e9', '3.5')), { maxLength: 8 }).map((cells) => cells.join('  ')), { maxLength: 40 }),
      fc.constantFrom('', '/F1 -10 Tf', '/F1 0 Tf', '/F1 1e30 Tf', '3 Tr', '0 0 0 0 0 0 cm', '[1 2] 0 d', 'q q q q', 'Q Q Q', '1e38 0 0 1e38 0 0 cm', '/Nope Do'),
      fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 20 }),
    ).map(([lines, op, depth, pages]) => {
      const content = strToU8(`${op} ${'['.repeat(depth)}${']'.repeat(depth)} ${pdfTextContent(lines)}`);
      return { bytes: pdfOfPages(Array.from({ length: pages }, () => ({ content })), depth % 2 ? `/Nest ${'['.repeat(depth)}${']'.repeat(depth)}` : ''), extension: '.pdf' };
    }),
  },
];

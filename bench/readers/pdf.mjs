// Part 12: a PDF in process, warm: our whole check (pdfReader.read → checkSource) against PDFium's bare text
// extraction (the document loaded, every page's characters with their codes and boxes, nothing else), both in this
// process, and against `pdftotext -layout file -` as a whole process (start, read, write its text to a pipe we drain).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fmt, interleaved, kb, load, QUICK, ratio, realPdfs, requireProgram } from './common.mjs';

/**
 * PDFium's text of every page, nothing more: the library's floor for our reader. The text functions are called
 * straight from the wasm exports, as the reader calls them (server/src/readers/pdf/pageChars.ts).
 */
export function bareCharacters(m, bytes) {
  const fx = m.pdfium.wasmExports;
  const heap = () => m.pdfium.HEAPU8;
  const data = fx.malloc(bytes.length);
  heap().set(bytes, data);
  const box = fx.malloc(32);
  const doc = m.FPDF_LoadMemDocument(data, bytes.length, '');
  let chars = 0;
  try {
    const pages = m.FPDF_GetPageCount(doc);
    for (let i = 0; i < pages; i++) {
      const page = m.FPDF_LoadPage(doc, i);
      const text = m.FPDFText_LoadPage(page);
      const count = m.FPDFText_CountChars(text);
      for (let k = 0; k < count; k++) {
        if (fx.FPDFText_GetUnicode(text, k) > 0x20 && fx.FPDFText_GetLooseCharBox(text, k, box)) chars++;
      }
      m.FPDFText_ClosePage(text);
      m.FPDF_ClosePage(page);
    }
  } finally {
    m.FPDF_CloseDocument(doc);
    fx.free(box);
    fx.free(data);
  }
  return chars;
}

/** Wall time of one `pdftotext -layout file -` process, its output read to the end. */
export function pdftotextMs(file) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('pdftotext', ['-layout', file, '-'], { maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`pdftotext failed on ${file}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

export async function pdfPart({ row, section, record, documents }) {
  section('12. PDF in process, warm: our whole check vs PDFium text extraction alone vs a pdftotext -layout process (ms per file; medians)');
  requireProgram('pdftotext', ['-v'], 'apt-get install poppler-utils');
  const { pdfReader } = load('server/src/readers/pdf/index.js');
  const { checkSource } = load('server/src/core/index.js');
  const m = await load('server/src/readers/pdf/pdfiumModule.js').pdfiumModule();
  const files = [...realPdfs().map((f) => ({ file: f, name: path.basename(f) })), { file: documents.pdf[0], name: 'LibreOffice PDF of a filled template (report 000)' }];
  // Both read the file, as a check of a file does.
  const ours = async ({ file }) => checkSource(await pdfReader.read(new Uint8Array(fs.readFileSync(file))));
  const bare = async ({ file }) => bareCharacters(m, new Uint8Array(fs.readFileSync(file)));
  const tools = [
    { run: ours, runs: QUICK ? 1 : 3 },
    { run: bare, runs: QUICK ? 1 : 3 },
    // A process: its samples are single runs (a block of 3 to match the others' weight in each round).
    { run: ({ file }) => pdftotextMs(file), runs: QUICK ? 1 : 3 },
  ];
  for (let i = 0; i < (QUICK ? 1 : 5); i++) for (const f of files) for (const t of tools) await t.run(f);
  const [us, lib, tool] = await interleaved(tools, files, QUICK ? 3 : 10, 1);
  row('file', 'KB', 'pages', 'findings', 'ours ms', 'PDFium text ms', 'pdftotext process ms', 'ours / PDFium', 'ours / pdftotext');
  const entries = [];
  for (const [k, f] of files.entries()) {
    const pages = (await load('server/src/readers/pdf/pdfium.js').extractPages(new Uint8Array(fs.readFileSync(f.file)))).length;
    const e = { file: f.name, bytes: fs.statSync(f.file).size, pages, findings: (await ours(f)).diagnostics.length, oursMs: us[k], libraryMs: lib[k], pdftotextMs: tool[k] };
    e.ratioToLibrary = e.oursMs / e.libraryMs;
    e.ratioToPdftotext = e.oursMs / e.pdftotextMs;
    entries.push(e);
    row(f.name, kb(e.bytes), pages, e.findings, fmt(e.oursMs, 2), fmt(e.libraryMs, 2), fmt(e.pdftotextMs, 2), ratio(e.ratioToLibrary), ratio(e.ratioToPdftotext));
  }
  const real = entries.slice(0, -1);
  const worstLibrary = Math.max(...real.map((e) => e.ratioToLibrary));
  const worstPdftotext = Math.max(...real.map((e) => e.ratioToPdftotext));
  record('pdf', {
    library: 'PDFium (@embedpdf/pdfium)', files: entries, worstRatioToLibrary: worstLibrary, worstRatioToPdftotext: worstPdftotext,
    targets: { 'ours ≤ 1.3× PDFium text (real PDFs)': worstLibrary <= 1.3, 'ours ≤ 1.0× pdftotext (real PDFs)': worstPdftotext <= 1 },
  });
}

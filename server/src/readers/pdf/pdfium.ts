// The PDF library: PDFium (WebAssembly). Each page's text layer is read (its characters with their boxes, grouped
// into the layout's words: words.ts), and the borders and pictures it draws (pageGraphics.ts). Every PDFium object
// and buffer is released before a read returns.
import type { LayoutPage } from '../../core/layout';
import { ReaderError } from '../reader';
import { pageChars, SCRATCH_BYTES } from './pageChars';
import { GRAPHICS_SCRATCH_BYTES, pageGraphics } from './pageGraphics';
import { forgetPdfium, heapOf, Pdfium, pdfiumModule } from './pdfiumModule';
import { charWords, PdfLocation } from './words';

export type { PdfLocation } from './words';

/** Bounds for a hostile file: pages read. */
export const MAX_PAGES = 500;

/** WebAssembly's RuntimeError, what an abort or a trap throws (this project's lib does not declare WebAssembly). */
const WasmRuntimeError = (globalThis as unknown as { WebAssembly: { RuntimeError: new (message?: string) => Error } }).WebAssembly.RuntimeError;

/** FPDF_GetLastError's codes for a password (FPDF_ERR_PASSWORD) and an unsupported security handler (FPDF_ERR_SECURITY). */
const ERR_PASSWORD = 4;
const ERR_SECURITY = 5;

/** The pages' text as positioned words, y from the page's top. */
export async function extractPages(bytes: Uint8Array): Promise<LayoutPage<PdfLocation>[]> {
  if (!bytes.length) throw new ReaderError('corrupt', 'empty file');
  const m = await pdfiumModule();
  const heap = m.pdfium.wasmExports;
  // PDFium reads the document from the wasm heap for as long as it is open: one copy of the bytes, freed after.
  const data = heap.malloc(bytes.length);
  const scratch = heap.malloc(Math.max(SCRATCH_BYTES, GRAPHICS_SCRATCH_BYTES));
  let doc = 0;
  let stopped = false;
  try {
    heapOf(m).HEAPU8.set(bytes, data);
    doc = m.FPDF_LoadMemDocument(data, bytes.length, '');
    if (!doc) {
      const code = m.FPDF_GetLastError();
      throw new ReaderError(code === ERR_PASSWORD || code === ERR_SECURITY ? 'encrypted' : 'corrupt', `PDFium error ${code}`);
    }
    const pages: LayoutPage<PdfLocation>[] = [];
    const count = Math.min(m.FPDF_GetPageCount(doc), MAX_PAGES);
    for (let i = 0; i < count; i++) pages.push(readPage(m, doc, i, scratch));
    return pages;
  } catch (e) {
    if (!(e instanceof WasmRuntimeError)) throw e;
    // PDFium stops (aborts, or traps) when it cannot go on: a page whose content inflates past its 2 GB of memory
    // (a PDF of 1 MB can hold a gigabyte of content) makes it abort. The file is refused; the next read starts
    // another PDFium, as nothing this one holds can be trusted, nor freed in it.
    stopped = true;
    forgetPdfium();
    throw new ReaderError('corrupt', `the PDF library stopped reading it: ${e.message}`);
  } finally {
    if (!stopped) {
      if (doc) m.FPDF_CloseDocument(doc);
      heap.free(scratch);
      heap.free(data);
    }
  }
}

function readPage(m: Pdfium, doc: number, index: number, scratch: number): LayoutPage<PdfLocation> {
  const page = m.FPDF_LoadPage(doc, index);
  if (!page) throw new ReaderError('corrupt', `page ${index + 1} cannot be read`);
  let text = 0;
  try {
    // The page's visible box (crop box within media box): x from its left, y from its top.
    if (!m.FPDF_GetPageBoundingBox(page, scratch)) throw new ReaderError('corrupt', `page ${index + 1} has no box`);
    const f32 = heapOf(m).HEAPF32, at = scratch >> 2;
    const left = f32[at], top = f32[at + 1], right = f32[at + 2], bottom = f32[at + 3];
    const { rules, pictures } = pageGraphics(m, page, left, top, scratch);
    const box = { height: top - bottom, width: right - left, rules, pictures };
    text = m.FPDFText_LoadPage(page);
    if (!text) return { ...box, words: [] };
    return { ...box, words: charWords(pageChars(m, text, left, top, scratch, m.FPDFText_CountChars(text)), index + 1) };
  } finally {
    if (text) m.FPDFText_ClosePage(text);
    m.FPDF_ClosePage(page);
  }
}

// PDFium as WebAssembly (@embedpdf/pdfium), started once per process and reused by every read: compiling the
// 4.6 MB module costs far more than reading a report. This file holds the reader's only process state (the started
// module) and its only file-system access (finding the .wasm binary); everything else in the reader is pure.
import { readFileSync } from 'fs';
import * as path from 'path';
import type * as PdfiumPackage from '@embedpdf/pdfium';

/** The package's glue is loaded by the first PDF read: a run without PDFs never evaluates it. */
const init: typeof PdfiumPackage.init = (options) => (require('@embedpdf/pdfium') as typeof PdfiumPackage).init(options);

export type Pdfium = Awaited<ReturnType<typeof init>>;

/** The wasm heap's views (Emscripten's, untyped in the package). A view is replaced when the heap grows: read it afresh after any call. */
export interface WasmHeap { HEAPU8: Uint8Array; HEAP32: Int32Array; HEAPF32: Float32Array; HEAPF64: Float64Array }
export const heapOf = (m: Pdfium): WasmHeap => m.pdfium as unknown as WasmHeap;

/**
 * The text functions called for every character, straight from the wasm exports: the package's wrappers go through
 * Emscripten's ccall (an array and type conversions per call), which costs more than the call itself.
 * PDFium's FPDF_BOOL comes back as 0 or 1.
 */
export interface CharExports {
  FPDFText_GetUnicode(text: number, index: number): number;
  FPDFText_IsGenerated(text: number, index: number): number;
  FPDFText_GetTextObject(text: number, index: number): number;
  FPDFText_GetFontSize(text: number, index: number): number;
  FPDFText_GetMatrix(text: number, index: number, matrix: number): number;
  FPDFText_GetLooseCharBox(text: number, index: number, rect: number): number;
  FPDFText_GetCharOrigin(text: number, index: number, x: number, y: number): number;
}
export const charExports = (m: Pdfium): CharExports => m.pdfium.wasmExports as unknown as CharExports;

/** Where the binary may be: beside the bundle (dist/pdfium.wasm, copied there by the build), else in the package. */
function wasmCandidates(): string[] {
  const found = [path.join(__dirname, 'pdfium.wasm')];
  try {
    found.push(require.resolve('@embedpdf/pdfium/pdfium.wasm'));
  } catch {
    // the package is not installed beside us: only the bundle's copy can be used
  }
  return found;
}

/** The binary from the first place that has it, or an Error that says where it was looked for. */
export function readWasm(tried: string[] = wasmCandidates()): Uint8Array {
  for (const file of tried) {
    try {
      return readFileSync(file);
    } catch {
      // not there: try the next place
    }
  }
  throw new Error(`The PDF library's WebAssembly binary (pdfium.wasm) is missing: looked in ${tried.join(', ')}`);
}

async function start(): Promise<Pdfium> {
  const wasmBinary = readWasm();
  const pdfium = await init({ wasmBinary: wasmBinary.buffer.slice(wasmBinary.byteOffset, wasmBinary.byteOffset + wasmBinary.byteLength) as ArrayBuffer });
  pdfium.PDFiumExt_Init();
  return pdfium;
}

/** The process's one started PDFium (a failed start is not kept, so that a later read tries again). */
let started: Promise<Pdfium> | undefined;

export function pdfiumModule(): Promise<Pdfium> {
  if (!started) started = start().catch((e) => { started = undefined; throw e; });
  return started;
}

/**
 * Forgets the started PDFium, after it stopped in the middle of a read (an abort or a trap): what it held is lost,
 * and its memory, which never shrinks, may have grown to its limit. The next read starts another; this one's memory
 * goes with the last reference to it.
 */
export function forgetPdfium(): void {
  started = undefined;
}

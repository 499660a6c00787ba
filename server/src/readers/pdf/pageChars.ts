// A page's characters from PDFium's text page: code, box, baseline and font size, y from the page's top. This is
// the reader's hot loop (a report has tens of thousands of characters), so it calls the wasm exports directly and
// asks for a font's size once per text object, not once per character.
import { CharExports, charExports, heapOf, Pdfium } from './pdfiumModule';
import type { PdfChar } from './words';

/** Bound for a hostile file: characters taken per page. */
export const MAX_CHARS_PER_PAGE = 200_000;

/** Scratch memory in the wasm heap for PDFium's out-parameters: a box of 4 floats, a matrix of 6 floats, an origin of 2 doubles. */
export const SCRATCH_BYTES = 64;
const MATRIX_AT = 16;
const ORIGIN_AT = 48;
/** The em box's share above the baseline (an ideographic em box: 0.88 above, 0.12 below). */
const ASCENT = 0.88;

/** A character that ends any word: a control character, one without a box, rotated text (never a table's). */
const BLANK: PdfChar = { code: 0, x0: 0, x1: 0, top: 0, bottom: 0, baseline: 0, size: 0 };

/** The page's characters in content order, without the spaces and line breaks PDFium makes up (the boxes say as much). */
export function pageChars(m: Pdfium, text: number, left: number, top: number, scratch: number, count: number): PdfChar[] {
  const fx = charExports(m);
  const chars: PdfChar[] = [];
  let object = -1, size = 0;
  for (let k = 0; k < Math.min(count, MAX_CHARS_PER_PAGE); k++) {
    if (fx.FPDFText_IsGenerated(text, k) === 1) continue;
    const code = fx.FPDFText_GetUnicode(text, k);
    if (code < 0x20 || code > 0x10ffff) { chars.push(BLANK); continue; }
    const at = fx.FPDFText_GetTextObject(text, k);
    if (at !== object || !at) { object = at; size = fontSize(m, fx, text, k, scratch); }
    chars.push(size > 0 ? placed(m, fx, text, k, code, size, left, top, scratch) : BLANK);
  }
  return chars;
}

/** The character's font size on the page (its em, in points), or 0 for text turned off the horizontal. */
function fontSize(m: Pdfium, fx: CharExports, text: number, k: number, scratch: number): number {
  if (!fx.FPDFText_GetMatrix(text, k, scratch + MATRIX_AT)) return 0;
  const f32 = heapOf(m).HEAPF32, mx = (scratch + MATRIX_AT) >> 2;
  const b = f32[mx + 1], c = f32[mx + 2], d = f32[mx + 3];
  const scale = Math.hypot(c, d);
  if (!(scale > 0) || Math.abs(b) > 0.01 * scale || Math.abs(c) > 0.01 * scale) return 0;
  const size = fx.FPDFText_GetFontSize(text, k) * scale;
  return size > 0 ? size : 0;
}

function placed(m: Pdfium, fx: CharExports, text: number, k: number, code: number, size: number, left: number, top: number, scratch: number): PdfChar {
  if (!fx.FPDFText_GetLooseCharBox(text, k, scratch) || !fx.FPDFText_GetCharOrigin(text, k, scratch + ORIGIN_AT, scratch + ORIGIN_AT + 8)) return BLANK;
  const heap = heapOf(m), f32 = heap.HEAPF32, box = scratch >> 2;
  const baseline = top - heap.HEAPF64[(scratch + ORIGIN_AT + 8) >> 3];
  // FS_RECTF: left, top, right, bottom, in the page's space (y up). A box wider than two ems is PDFium's for a
  // character of a vertical font (the width it gives is the font's whole box): the character is an em wide.
  const x0 = f32[box] - left, width = f32[box + 2] - f32[box];
  const x1 = width > 2 * size ? x0 + size : x0 + width;
  // Top and bottom from the em box, as the layout expects (fonts' own ascents vary, and some overlap the next row).
  return { code, x0, x1, top: baseline - ASCENT * size, bottom: baseline + (1 - ASCENT) * size, baseline, size };
}

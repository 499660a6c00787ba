// The PDF reader: the text layer's positioned words, read by the layout into paragraphs and tables.
import { layoutDocument, LayoutBlock, LayoutCell } from '../../core/layout';
import type { SourceBlock, SourceCell, SourceDocument } from '../../core/source/document';
import { keepTablePictures } from '../../core/source/tablePictures';
import type { Reader } from '../reader';
import { extractPages, PdfLocation } from './pdfium';
import { round1 } from './words';

const MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** `%PDF-` within the first 1024 bytes (a PDF may start with a few bytes of junk). */
export function sniffPdf(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 1024) - MAGIC.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let k = 0; k < MAGIC.length; k++) if (bytes[i + k] !== MAGIC[k]) continue outer;
    return true;
  }
  return false;
}

function sourceCell(c: LayoutCell<PdfLocation>): SourceCell {
  const cell: SourceCell = { text: c.text };
  if (c.colSpan) cell.colSpan = c.colSpan;
  if (c.rowSpan) cell.rowSpan = c.rowSpan;
  if (c.covered) cell.covered = true;
  const first = c.lines[0]?.words[0];
  if (first) cell.source = first.ref;
  return cell;
}

/** The layout's blocks as the format-neutral document's blocks; a picture only where a table should be. */
export function sourceBlocks(blocks: LayoutBlock<PdfLocation>[]): SourceBlock[] {
  return keepTablePictures(blocks.map((b): SourceBlock => {
    if (b.kind === 'paragraph') return { kind: 'paragraph', text: b.text, source: b.lines[0].words[0].ref };
    if (b.kind === 'picture') return { kind: 'table', rows: [], unreadable: 'image', source: { format: 'pdf', page: b.page, x: round1(b.box.x0), y: round1(b.box.top) } };
    const rows = b.rows.map((r) => {
      const cells = r.cells.map(sourceCell);
      const at = cells.find((c) => c.source)?.source;
      return at ? { cells, source: at } : { cells };
    });
    return { kind: 'table', rows, source: b.first.words[0].ref, ...(b.unreadable ? { unreadable: b.unreadable } : {}) };
  }));
}

export const pdfReader: Reader = {
  format: 'pdf',
  extensions: ['.pdf'],
  sniff: sniffPdf,
  async read(bytes: Uint8Array): Promise<SourceDocument> {
    const pages = await extractPages(bytes);
    if (!pages.some((p) => p.words.length)) return { format: 'pdf', blocks: [], problem: 'no-text-layer' };
    return { format: 'pdf', blocks: sourceBlocks(layoutDocument(pages)) };
  },
};

// The HTML reader: a report page as a government site publishes it (a portal page, Word's or LibreOffice's "save
// as HTML", a page saved by a browser with its _files/ folder) and the MHTML reader for a page saved as one file.
// Both decode the page (encoding.ts), parse it with parse5, walk its body into blocks (walker.ts, tables.ts) and
// keep the blocks of the report (content.ts). Source offsets refer to the decoded page's text.
import type { SourceDocument } from '../../core/source/document';
import type { Reader } from '../reader';
import { childElement, parsePage } from './dom';
import { decodePage, type DecodedPage } from './encoding';
import { decodeMhtml } from './mhtml';
import { selectReport } from './content';
import { sniffHtml, sniffMhtml } from './sniff';
import { Walker } from './walker';

export { decodePage, decodeMhtml, sniffHtml, sniffMhtml };
export type { DecodedPage };

/** Reads a decoded page: its report's paragraphs and tables, with pieces and locations in `page`. */
export async function readPage(page: string): Promise<SourceDocument> {
  const document = await parsePage(page);
  const html = childElement(document, 'html');
  const body = html && childElement(html, 'body');
  if (!body) return { format: 'html', blocks: [] };
  const walker = new Walker(page);
  walker.block(body);
  return { format: 'html', blocks: selectReport(walker.blocks, walker.spans) };
}

export const htmlReader: Reader = {
  format: 'html',
  extensions: ['.html', '.htm', '.shtml', '.xhtml'],
  sniff: sniffHtml,
  read: (bytes) => readPage(decodePage(bytes).text),
};

export const mhtmlReader: Reader = {
  format: 'html',
  extensions: ['.mhtml', '.mht'],
  sniff: sniffMhtml,
  read: async (bytes) => readPage(decodeMhtml(bytes).text),
};

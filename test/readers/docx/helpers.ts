// Small .docx files written in the tests, and compact views of what the reader makes of them.
import { strToU8, unzipSync, zipSync } from 'fflate';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

/** A document.xml around body content. */
export const documentXml = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W} ${MC}><w:body>${body}<w:sectPr/></w:body></w:document>`;
export const numberingXml = (content: string) => `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>${content}</w:numbering>`;
export const stylesXml = (content: string) => `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>${content}</w:styles>`;

/** A .docx holding the given parts (document.xml is required for a Word document, not for this helper). */
export function docxOf(parts: { document?: string; numbering?: string; styles?: string; extra?: Record<string, string> }): Uint8Array {
  const files: Record<string, Uint8Array> = { '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') };
  if (parts.document !== undefined) files['word/document.xml'] = strToU8(parts.document);
  if (parts.numbering !== undefined) files['word/numbering.xml'] = strToU8(parts.numbering);
  if (parts.styles !== undefined) files['word/styles.xml'] = strToU8(parts.styles);
  for (const [name, text] of Object.entries(parts.extra ?? {})) files[name] = strToU8(text);
  return zipSync(files);
}

/** A paragraph of plain runs. */
export const p = (...runs: string[]) => `<w:p>${runs.map((t) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`).join('')}</w:p>`;
export const tc = (inner: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${inner}</w:tc>`;
export const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
export const tbl = (...rows: string[]) => `<w:tbl><w:tblPr/><w:tblGrid/>${rows.join('')}</w:tbl>`;

/** word/document.xml of a .docx, as the string the reader's offsets refer to. */
export function documentText(bytes: Uint8Array): string {
  return new TextDecoder().decode(unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']);
}

export { assertPiecesVerbatim, blocksShort, cellShort, gridOf } from '../../support/documentShape';

// Where a finding stands, in the terms of the file the user holds: a line and column for text and HTML (an editor
// can go there), the table, row and cell or the paragraph for a Word document, the page for a PDF; for a table
// finding, the template's names of its table, row and column follow (表四 行政复议 总计).
import { columnName, rowName, tableName, type Diagnostic, type Lang, type Position, type SourceLocation } from '../core';

/** `path:line:column` or `path: <place>`, 1-based. */
export function placeOf(path: string, start: Position, d: Diagnostic, source: SourceLocation | undefined, lang: Lang): string {
  if (!source || source.format === 'text') return `${path}:${start.line + 1}:${start.character + 1}`;
  if (source.format === 'html') return `${path}:${source.line}:${source.column}`;
  return `${path}: ${placeInFile(d, source, lang)}`;
}

/** Where a finding stands in a .docx, HTML or PDF file, in the file's terms, with a table finding's cell names. */
export function placeInFile(d: Diagnostic, source: Exclude<SourceLocation, { format: 'text' }>, lang: Lang): string {
  if (source.format === 'html') return `${source.line}:${source.column}`;
  const place = source.format === 'pdf' ? `p.${source.page}` : docxPlace(source, lang);
  const names = d.table === undefined ? [] : [tableName(lang, d.table), ...(d.row ? [rowName(lang, d.table, d.row, d.version)] : []), ...(d.column && d.column !== d.row ? [columnName(lang, d.table, d.column, d.version)] : [])];
  return [place, ...names].filter((x) => x).join(' ');
}

function docxPlace(s: Extract<SourceLocation, { format: 'docx' }>, lang: Lang): string {
  if (s.table !== undefined) {
    const rc = s.row !== undefined ? (lang === 'en' ? ` row ${s.row}${s.cell !== undefined ? ` cell ${s.cell}` : ''}` : ` 第${s.row}行${s.cell !== undefined ? `第${s.cell}格` : ''}`) : '';
    return lang === 'en' ? `table ${s.table}${rc}` : `表格${s.table}${rc}`;
  }
  if (s.paragraph !== undefined) return lang === 'en' ? `paragraph ${s.paragraph}` : `第${s.paragraph}段`;
  return '';
}

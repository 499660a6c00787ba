// What marks the report inside a page: its title, its six section headings and its statistical tables, recognised
// with the core's own tests so that the reader and the report model agree on what a heading is.
import type { SourceTable } from '../../core/source/document';
import { isReportTitle } from '../../core/document/split';
import { sectionOf } from '../../core/source/tablePictures';

export { isReportTitle, sectionOf };

export const isSectionHeading = (line: string) => sectionOf(line) !== undefined;

/** Words that only tables 2, 3 and 4 of the template hold (a caption, a column header, a group header). */
const TEMPLATE_WORDS = ['第二十条', '自然人', '本年新收', '行政复议', '行政诉讼'];

/** Whether a table is one of the template's statistical tables (not a page's metadata or layout table). */
export function isTemplateTable(table: SourceTable): boolean {
  for (const row of table.rows) {
    for (const cell of row.cells) if (cell.text && TEMPLATE_WORDS.some((w) => cell.text.includes(w))) return true;
  }
  return false;
}

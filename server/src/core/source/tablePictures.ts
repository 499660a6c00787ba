// Pictures in a report: a site or a PDF may publish a template table as a picture. A picture is taken for a table
// only where a table should be and none is: the first picture of a section 二, 三 or 四 that has no table of text.
// Every other picture (a seal, a logo, a photo, a QR code) is no part of the report's text and is left out.
import { headingCandidate } from '../model/headings';
import { matchSectionTitle } from '../template/sections';
import type { SourceBlock, SourceTable } from './document';

/** The section a heading line opens (1–6), or none: a fuzzy title match counts only with the right number. */
export function sectionOf(line: string): number | undefined {
  const c = headingCandidate(line);
  const m = c && matchSectionTitle(c.title);
  return m && (m.match !== 'fuzzy' || c.numberValue === m.section.canonical) ? m.section.canonical : undefined;
}

/** A picture as a reader lists it: a table with no rows, unreadable as an image. */
export const isPicture = (b: SourceBlock): b is SourceTable => b.kind === 'table' && b.unreadable === 'image' && !b.rows.length;

/** Sections whose template table may be published as a picture. */
const TABLE_SECTIONS = new Set([2, 3, 4]);

/** The blocks with their pictures left out, except each table section's first picture when it has no table. */
export function keepTablePictures(blocks: SourceBlock[]): SourceBlock[] {
  const sectionAt = blocks.map((b) => (b.kind === 'paragraph' ? sectionOf(b.text) : undefined));
  const hasTable = new Set<number>();
  let section = 0;
  blocks.forEach((b, i) => {
    section = sectionAt[i] ?? section;
    if (b.kind === 'table' && !isPicture(b)) hasTable.add(section);
  });
  const out: SourceBlock[] = [];
  const pictured = new Set<number>();
  section = 0;
  blocks.forEach((b, i) => {
    section = sectionAt[i] ?? section;
    if (!isPicture(b)) out.push(b);
    else if (TABLE_SECTIONS.has(section) && !hasTable.has(section) && !pictured.has(section)) {
      pictured.add(section);
      out.push(b);
    }
  });
  return out;
}

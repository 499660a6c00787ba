// Space-aligned tables in text: what `pdftotext -layout` makes of a PDF's tables (cells set apart by runs of spaces,
// a wrapped label's lines under each other, a label set one character per line), read by the same geometry as a
// PDF's text layer. Also the text of plain `pdftotext`, which lists a table column by column: found, and returned
// as a region that cannot be read. Text without space-aligned numbers costs one search.
import type { UnreadableReason } from '../source/document';
import { isNumberText, lineOf } from './lines';
import { CellRunOptions, regions } from './regions';
import { readTable } from './table';
import type { LayoutCell, Line, LayoutWord } from './types';
import { columnOrderRegions, mayHoldColumnOrder } from './columnOrder';

export interface TextRange { start: number; end: number }

/** A text's lines as offsets: line i < count is [starts[i], ends[i]), its break left out. */
export interface TextLines {
  count: number;
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
}

/**
 * A cell: its text as ranges of the text, in reading order (a label wrapped over several lines has one range per
 * line; its text is the ranges joined without a separator). An empty cell has no ranges; a cell merged down from the
 * row above is `covered` (listed, empty, as Word's export lists it); a cell spanning columns is listed once.
 */
export interface AlignedCell {
  ranges: TextRange[];
  colSpan?: number;
  rowSpan?: number;
  covered?: boolean;
}

export interface AlignedRow { cells: AlignedCell[] }

/** A table: lines [firstLine, lastLine] (indices into the lines given), its rows, or why it cannot be read. */
export interface AlignedTable {
  firstLine: number;
  lastLine: number;
  rows: AlignedRow[];
  unreadable?: UnreadableReason;
}

/**
 * pdftotext -layout places text on a grid of characters: every character takes one column, CJK ones too (measured
 * on the real extractions: a row's numbers end at the same character count whatever the width of the label before
 * them). One column stands for the font size, the geometry's unit.
 */
const SIZE = 1;
/**
 * In a table's text, lines of cells may stand six blank lines apart (a page break between), up to six of them between two rows (a label
 * wrapped beside another), and on both sides of a page break (a text's pages are one run of lines).
 */
const TEXT_CELL_RUNS: CellRunOptions = { maxGap: 7, maxLines: 6, crossPages: true };
const PAGE_NUMBER = /^[-—–－]?\s*\d{1,4}\s*[-—–－]?$/;

/** The line's runs of text set apart by two or more spaces, as positioned words (x in columns, y the line). */
function lineWords(text: string, from: number, to: number, index: number, page: number): LayoutWord<TextRange>[] {
  const words: LayoutWord<TextRange>[] = [];
  let col = 0, i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0c || c === 0x0d) { col++; i++; continue; }
    const start = i, x0 = col;
    let end = i, x1 = col;
    while (i < to) {
      const d = text.charCodeAt(i);
      if (d === 0x20 && (i + 1 >= to || text.charCodeAt(i + 1) === 0x20)) break;
      if (d === 0x0c || d === 0x0d) break;
      col++;
      i++;
      if (d !== 0x20) { end = i; x1 = col; }
    }
    // A line is a font size high (the text lines of pdftotext stand one line apart, as tightly as a PDF sets them).
    words.push({ text: text.slice(start, end), page, x0, x1, top: index * SIZE, bottom: index * SIZE + 0.9 * SIZE, size: SIZE, ref: { start, end } });
  }
  return words;
}

/** Whether any line has text after a run of two spaces followed by a digit: the cheap test before any reading. */
function hasAlignedNumbers(text: string): boolean {
  for (let i = text.indexOf('  '); i >= 0; i = text.indexOf('  ', i + 2)) {
    let j = i + 2;
    while (text.charCodeAt(j) === 0x20) j++;
    const c = text.charCodeAt(j);
    if (c >= 0x30 && c <= 0x39) return true;
    i = j - 2;
  }
  return false;
}

const cellOf = (c: LayoutCell<TextRange>): AlignedCell => {
  const cell: AlignedCell = { ranges: c.lines.flatMap((s) => s.words.map((w) => w.ref)) };
  if (c.colSpan) cell.colSpan = c.colSpan;
  if (c.rowSpan) cell.rowSpan = c.rowSpan;
  if (c.covered) cell.covered = true;
  return cell;
};

/**
 * Whether the text may hold a space-aligned table or a column-by-column listing: two searches of the text, no
 * reading. False for Word-export text (tab-led cells), which then costs nothing more.
 */
export function mayHoldAlignedTables(text: string): boolean {
  return hasAlignedNumbers(text) || mayHoldColumnOrder(text);
}

/**
 * The space-aligned tables of a text, and the regions listed column by column, in line order. A run of more than
 * `maxTableLines` table lines (of two cells or more, or of a number) is not laid out (the layout holds some twenty
 * objects a line): it is returned as a table whose rows do not fit (`shape`), with none read.
 */
export function alignedTables(text: string, lines: TextLines, maxTableLines = Infinity): AlignedTable[] {
  const out: AlignedTable[] = columnOrderRegions(text, lines);
  if (!hasAlignedNumbers(text)) return out;
  const layoutLines: Line<TextRange>[] = [];
  const lineIndex = new Map<Line<TextRange>, number>();
  /** The table lines at the end of layoutLines, and where a run too long to be laid out started (-1: none). */
  let run = 0;
  let longFrom = -1;
  let longTo = -1;
  let page = 1;
  // The first form feed at or after the line's start: searched again only once passed, not from every line.
  let feed = text.indexOf('\f');
  for (let i = 0; i < lines.count; i++) {
    const start = lines.starts[i];
    const end = lines.ends[i];
    if (text.charCodeAt(start) === 0x09) continue; // a Word export's cell line: not layout text
    if (feed >= 0 && feed < start) feed = text.indexOf('\f', start);
    if (feed >= 0 && feed < end) page++;
    const words = lineWords(text, start, end, i, page);
    if (!words.length) continue;
    if (words.length === 1 && PAGE_NUMBER.test(words[0].text)) continue;
    // Words stand two spaces apart or more, always a cell's gap: two words are two cells, a table's line.
    const tableLine = words.length >= 2 || isNumberText(words[0].text);
    if (longFrom >= 0) {
      if (tableLine) {
        longTo = i;
        continue;
      }
      out.push({ firstLine: longFrom, lastLine: longTo, rows: [], unreadable: 'shape' });
      longFrom = -1;
    }
    run = tableLine ? run + 1 : 0;
    if (run > maxTableLines) {
      // The run so far is taken out of the lines to lay out, and the rest of it skipped.
      const taken = layoutLines.splice(layoutLines.length - (run - 1));
      longFrom = lineIndex.get(taken[0])!;
      longTo = i;
      for (const l of taken) lineIndex.delete(l);
      run = 0;
      continue;
    }
    const line = lineOf(page, words);
    layoutLines.push(line);
    lineIndex.set(line, i);
  }
  if (longFrom >= 0) out.push({ firstLine: longFrom, lastLine: longTo, rows: [], unreadable: 'shape' });
  // pdftotext sets a table's rows several blank lines apart where the PDF had tall rows or a page break.
  for (const region of regions(layoutLines, SIZE, TEXT_CELL_RUNS)) {
    if (region.kind !== 'table' || region.lines.filter((l) => l.segments.length >= 2).length < 2) continue;
    const t = readTable(region.lines, 'index');
    out.push({
      firstLine: lineIndex.get(region.lines[0])!, lastLine: lineIndex.get(region.lines[region.lines.length - 1])!,
      rows: t.rows.map((r) => ({ cells: r.cells.map(cellOf) })), ...(t.unreadable ? { unreadable: t.unreadable } : {}),
    });
  }
  return out.sort((a, b) => a.firstLine - b.firstLine);
}

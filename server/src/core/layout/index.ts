// The geometry shared by the PDF reader and the text reader: positioned words in, paragraphs and tables out, each
// piece keeping its words (and through them the caller's references to the source).
import { lineOf, pageLines } from './lines';
import { contentLines, PageLines } from './page';
import { bodySize, paragraphs, regions } from './regions';
import { readTable } from './table';
import type { LayoutBlock, LayoutWord, Segment } from './types';

export type { LayoutBlock, LayoutCell, LayoutRow, LayoutWord, Segment } from './types';

export interface LayoutPage<R> {
  height: number;
  words: LayoutWord<R>[];
}

const joinLines = (lines: Segment<unknown>[]) => {
  let text = '';
  for (const s of lines) {
    const a = text.charCodeAt(text.length - 1), b = s.text.charCodeAt(0);
    if (text && isAsciiWord(a) && isAsciiWord(b)) text += ' ';
    text += s.text;
  }
  return text;
};
const isAsciiWord = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Reads pages of positioned words as paragraphs and tables in reading order. */
export function layoutDocument<R>(pages: LayoutPage<R>[]): LayoutBlock<R>[] {
  const withLines: PageLines<R>[] = pages.map((p, i) => ({
    height: p.height,
    lines: pageLines(p.words).map((ws) => lineOf(i + 1, ws)),
  }));
  const lines = contentLines(withLines);
  const body = bodySize(lines);
  const out: LayoutBlock<R>[] = [];
  for (const region of regions(lines, body)) {
    if (region.kind === 'lines') {
      for (const p of paragraphs(region.lines)) out.push({ kind: 'paragraph', lines: p, text: joinLines(p) });
      continue;
    }
    const t = readTable(region.lines);
    out.push({ kind: 'table', rows: t.rows, first: region.lines[0].segments[0], ...(t.unreadable ? { unreadable: t.unreadable } : {}) });
  }
  return out;
}
export { alignedTables, mayHoldAlignedTables } from './aligned';
export type { AlignedCell, AlignedRow, AlignedTable, TextRange } from './aligned';

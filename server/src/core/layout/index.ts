// The geometry shared by the PDF reader and the text reader: positioned words in, paragraphs and tables out, each
// piece keeping its words (and through them the caller's references to the source).
import { pageGrids } from './grid';
import { continued, gridTable, GridTable, holds } from './gridTable';
import { joinLines, lineOf, pageLines } from './lines';
import { contentLines, PageLines } from './page';
import { bodySize, paragraphs, regions } from './regions';
import { readTable } from './table';
import type { Box, LayoutBlock, LayoutWord, Line, Rule } from './types';

export type { Box, LayoutBlock, LayoutCell, LayoutRow, LayoutWord, Rule, Segment } from './types';

export interface LayoutPage<R> {
  height: number;
  /** The page's width (pictures are measured against it). */
  width?: number;
  words: LayoutWord<R>[];
  /** The strokes drawn on the page that may be table borders. */
  rules?: Rule[];
  pictures?: Box[];
}

/** A picture is a table's only if it is this share of the page's width or wider: a seal, a logo, a QR code are narrower. */
const PICTURE_WIDTH = 0.4;
/** …and this tall (points): a rule drawn as a picture is not a table. */
const PICTURE_HEIGHT = 30;

/** A ruled table or a picture, placed in reading order between the lines of text. */
interface Anchor<R> { page: number; top: number; block: LayoutBlock<R>; grid?: GridTable<R> }

/** Reads pages of positioned words as paragraphs and tables in reading order. */
export function layoutDocument<R>(pages: LayoutPage<R>[]): LayoutBlock<R>[] {
  const anchors: Anchor<R>[] = [];
  const withLines: PageLines<R>[] = pages.map((p, i) => {
    const free = ruledTables(p, i + 1, anchors);
    for (const box of tableSizedPictures(p, free)) anchors.push({ page: i + 1, top: box.top, block: { kind: 'picture', page: i + 1, box } });
    return { height: p.height, lines: pageLines(free).map((ws) => lineOf(i + 1, ws)) };
  });
  anchors.sort((a, b) => a.page - b.page || a.top - b.top);
  const lines = contentLines(withLines);
  const body = bodySize(lines);
  const out: { block: LayoutBlock<R>; grid?: GridTable<R> }[] = [];
  let from = 0;
  for (const a of anchors) {
    let to = from;
    while (to < lines.length && (lines[to].page < a.page || (lines[to].page === a.page && lines[to].top < a.top))) to++;
    const flow = flowBlocks(lines.slice(from, to), body);
    for (const block of flow) out.push({ block });
    // A ruled table right after another, on the next page with nothing between: perhaps the same table, broken.
    const prev = out[out.length - 1];
    const joined = !flow.length && prev?.grid && a.grid ? continued(prev.grid, a.grid) : undefined;
    if (joined) out[out.length - 1] = { block: tableBlock(joined), grid: joined };
    else out.push(a);
    from = to;
  }
  return [...out.map((a) => a.block), ...flowBlocks(lines.slice(from), body)];
}

/** Reads the page's ruled tables into `anchors`; returns the words outside them. */
function ruledTables<R>(p: LayoutPage<R>, page: number, anchors: Anchor<R>[]): LayoutWord<R>[] {
  const grids = pageGrids(p.rules ?? []);
  if (!grids.length) return p.words;
  const inGrid = grids.map((): LayoutWord<R>[] => []);
  const free: LayoutWord<R>[] = [];
  for (const w of p.words) {
    const g = grids.findIndex((grid) => holds(grid, w));
    (g >= 0 ? inGrid[g] : free).push(w);
  }
  grids.forEach((grid, g) => {
    const t = gridTable(grid, inGrid[g], page);
    if (t) anchors.push({ page, top: t.top, block: tableBlock(t), grid: t });
  });
  return free;
}

/** Pictures as wide as a table with no text over them. */
function tableSizedPictures<R>(p: LayoutPage<R>, free: LayoutWord<R>[]): Box[] {
  const wide = (p.pictures ?? []).filter((b) => p.width && b.x1 - b.x0 >= PICTURE_WIDTH * p.width && b.bottom - b.top >= PICTURE_HEIGHT);
  return wide.filter((b) => !free.some((w) => {
    const x = (w.x0 + w.x1) / 2, y = (w.top + w.bottom) / 2;
    return x >= b.x0 && x <= b.x1 && y >= b.top && y <= b.bottom;
  }));
}

const tableBlock = <R>(t: GridTable<R>): LayoutBlock<R> => ({ kind: 'table', rows: t.rows, first: t.first, ...(t.unreadable ? { unreadable: t.unreadable } : {}) });

/** Lines of text (no ruled table among them) as paragraphs and the tables their alignment shows. */
function flowBlocks<R>(lines: Line<R>[], body: number): LayoutBlock<R>[] {
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
export type { AlignedCell, AlignedRow, AlignedTable, TextLines, TextRange } from './aligned';

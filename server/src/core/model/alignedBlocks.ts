// Text extracted from a PDF with its layout kept (`pdftotext -layout`, or copied from a viewer): its tables are
// runs of lines whose cells are set apart by spaces. The text reader sees prose lines there; the layout reads them
// as tables by their columns, and those lines become one table block each.
import type { Block, LineSpans } from '../parse/blocks';
import { CellArray, rawCell, RawCell, RawRow, RawTable, RowArray } from '../parse/rawTable';
import { alignedTables, mayHoldAlignedTables, type AlignedCell, type AlignedTable } from '../layout';

/**
 * A run of more table lines than this is no table of the template: the longest, table 3 with its labels wrapped,
 * takes about a hundred lines of pdftotext -layout. Laid out, a text of a million such lines took gigabytes; it is
 * a table that cannot be read, its rows not the template's.
 */
const MAX_TABLE_LINES = 1000;

interface Region {
  t: AlignedTable;
  start: number;
  end: number;
}

/**
 * The blocks, with each space-aligned table's lines replaced by the table. Text without one is returned as it is.
 * The blocks are read twice, as they come: once to find the regions that hold a table the text reader read (tab or
 * pipe rows), which are left alone, then to replace the others.
 */
export function withAlignedTables(text: string, blocks: Iterable<Block>, lines: LineSpans): Iterable<Block> {
  if (!mayHoldAlignedTables(text)) return blocks;
  const tables: Region[] = alignedTables(text, lines, MAX_TABLE_LINES).map((t) => ({ t, start: lines.starts[t.firstLine], end: lines.ends[t.lastLine] }));
  if (!tables.length) return blocks;
  const keep: boolean[] = tables.map(() => false);
  for (const { block, region } of grouped(blocks, tables)) if (region >= 0 && block.kind === 'table') keep[region] = true;
  return replaced(text, blocks, tables, keep);
}

function* replaced(text: string, blocks: Iterable<Block>, tables: Region[], keep: boolean[]): Iterable<Block> {
  for (const { block, region, first } of grouped(blocks, tables)) {
    if (region < 0 || keep[region]) yield block;
    else if (first) yield { kind: 'table', table: tableOf(text, tables[region].t, tables[region]) };
  }
}

/**
 * Each block with the region it falls in (-1 for none), and whether it is the first block of that region. A region
 * takes the blocks from the first that starts in it up to the last that starts before its end; a region that ends
 * before the next block starts takes none.
 */
function* grouped(blocks: Iterable<Block>, tables: Region[]): Iterable<{ block: Block; region: number; first: boolean }> {
  let k = 0;
  let inRegion = false;
  for (const block of blocks) {
    const at = startOf(block);
    if (inRegion) {
      if (at <= tables[k].end) {
        yield { block, region: k, first: false };
        continue;
      }
      inRegion = false;
      k++;
    }
    while (k < tables.length && tables[k].end < at) k++;
    const region = tables[k];
    if (!region || at < region.start) {
      yield { block, region: -1, first: false };
      continue;
    }
    inRegion = true;
    yield { block, region: k, first: true };
  }
}

const startOf = (b: Block) => (b.kind === 'text' ? b.line.start : b.table.range.start);

function tableOf(text: string, t: AlignedTable, range: { start: number; end: number }): RawTable {
  const rows: RawRow[] = [];
  for (const r of t.rows) {
    let at = range.start;
    let end = -Infinity;
    const cells: RawCell[] = r.cells.map((c) => {
      const cell = cellOf(text, c, at);
      at = cell.range.end;
      end = Math.max(end, at);
      return cell;
    });
    if (cells.length) rows.push({ cells: new CellArray(cells), range: { start: cells[0].range.start, end } });
  }
  return { layout: 'aligned', rows: new RowArray(rows), range: { start: range.start, end: range.end }, ...(t.unreadable ? { unreadable: t.unreadable } : {}) };
}

/**
 * A cell: its pieces' text joined (a label wrapped over lines), its range from the first piece to the last. An
 * empty or covered cell is an empty range where the cell before it ends.
 */
function cellOf(text: string, c: AlignedCell, after: number): RawCell {
  if (c.covered || !c.ranges.length) return rawCell('', { start: after, end: after });
  const first = c.ranges[0];
  if (c.ranges.length === 1) return rawCell(text.slice(first.start, first.end), { start: first.start, end: first.end });
  const cell = rawCell(c.ranges.map((r) => text.slice(r.start, r.end)).join(''), { start: first.start, end: c.ranges[c.ranges.length - 1].end });
  cell.firstLine = first.end - first.start;
  return cell;
}

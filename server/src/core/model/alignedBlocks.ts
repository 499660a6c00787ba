// Text extracted from a PDF with its layout kept (`pdftotext -layout`, or copied from a viewer): its tables are
// runs of lines whose cells are set apart by spaces. The text reader sees prose lines there; the layout reads them
// as tables by their columns, and those lines become one table block each.
import type { Block, LineSpans, RawCell, RawRow, RawTable } from '../parse/blocks';
import { rawCell } from '../parse/blocks';
import { alignedTables, mayHoldAlignedTables, type AlignedCell, type AlignedTable } from '../layout';

/** The blocks, with each space-aligned table's lines replaced by the table. Text without one is returned as it is. */
export function withAlignedTables(text: string, blocks: Block[], lines: LineSpans): Block[] {
  if (!mayHoldAlignedTables(text)) return blocks;
  const ranges = Array.from({ length: lines.count }, (_, i) => ({ start: lines.starts[i], end: lines.ends[i] }));
  const tables = alignedTables(text, ranges).map((t) => ({ t, start: ranges[t.firstLine].start, end: ranges[t.lastLine].end }));
  if (!tables.length) return blocks;
  const out: Block[] = [];
  let k = 0;
  for (let i = 0; i < blocks.length; ) {
    const b = blocks[i];
    const at = b.kind === 'text' ? b.line.start : b.table.range.start;
    while (k < tables.length && tables[k].end < at) k++;
    const region = tables[k];
    if (!region || at < region.start) {
      out.push(b);
      i++;
      continue;
    }
    // The blocks inside the region; a region that holds a table the text reader read (tab or pipe rows) is left alone.
    let j = i;
    while (j < blocks.length && startOf(blocks[j]) <= region.end) j++;
    if (blocks.slice(i, j).some((x) => x.kind === 'table')) out.push(...blocks.slice(i, j));
    else out.push({ kind: 'table', table: tableOf(text, region.t, { start: region.start, end: region.end }) });
    i = j;
    k++;
  }
  return out;
}

const startOf = (b: Block) => (b.kind === 'text' ? b.line.start : b.table.range.start);

function tableOf(text: string, t: AlignedTable, range: { start: number; end: number }): RawTable {
  const rows: RawRow[] = [];
  for (const r of t.rows) {
    let at = range.start;
    const cells: RawCell[] = r.cells.map((c) => {
      const cell = cellOf(text, c, at);
      at = cell.range.end;
      return cell;
    });
    if (cells.length) rows.push({ cells, range: { start: cells[0].range.start, end: Math.max(...cells.map((c) => c.range.end)) } });
  }
  return { layout: 'aligned', rows, range, ...(t.unreadable ? { unreadable: t.unreadable } : {}) };
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

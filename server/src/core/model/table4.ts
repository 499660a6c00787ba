import type { Cell, ColumnModel, RowModel, TableModel } from '../types';
import type { RawCells, RawRow, RawRows, RawTable } from '../parse/rawTable';
import { joinedCells } from '../parse/rawTable';
import { normalizeLabel } from '../text/normalize';
import { TABLE4_COLUMNS, TABLE4_GROUPS, TABLE4_HEADER_WORDS, TABLE4_TITLE } from '../template/table4';
import { NO_CELLS, RowCells } from './rowCells';
import { isBlank, isDigitsCell, isLabelCell, lastLabelIndex, readValues } from './values';

const HEADER = new Set([...TABLE4_HEADER_WORDS].map((w) => normalizeLabel(w)));

function isHeaderRow({ cells }: RawRow): boolean {
  for (let i = 0; i < cells.length; i++) if (!isBlank(cells, i) && (isDigitsCell(cells, i) || !HEADER.has(normalizeLabel(cells.text(i))))) return false;
  return true;
}

/** The 15 columns of the single data row, group by group. */
const FLAT: ColumnModel[] = TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => ({ ...c, key: `${g.key}.${c.key}` })));
/** Row labels: the group's path in the header, 行政诉讼 › 复议后起诉. */
const GROUP_LABELS = TABLE4_GROUPS.map((g) => g.path.join(' › '));

/** Maps table 4: header rows in any arrangement, then one data row of 15 numbers (possibly split by a page break). */
export function buildTable4(raw: RawTable, rows: RawRows): TableModel {
  const top = rows.row(0).range;
  const model: TableModel = {
    number: 4, title: TABLE4_TITLE, layout: raw.layout,
    range: { start: top.start, end: rows.row(rows.length - 1).range.end },
    anchor: top, columns: TABLE4_COLUMNS, rows: [], missingRows: [], unknownRows: [],
  };
  let di = 0;
  let dataRow: RawRow | undefined;
  for (; di < rows.length && !dataRow; di++) if (!isHeaderRow(rows.row(di))) dataRow = rows.row(di);
  if (!dataRow) {
    model.missingRows = TABLE4_GROUPS.map((g) => g.key);
    return model;
  }
  // A label can only lead the row (e.g. 数量 in a Markdown draft); text further on is a bad number, not a label.
  let li = -1;
  while (li + 1 < dataRow.cells.length && isLabelCell(dataRow.cells, li + 1)) li++;
  let values: RawCells = dataRow.cells;
  let from = li + 1;
  let end = dataRow.range.end;
  // The rows after the data row, from `di` on, continue it while it has fewer numbers than columns.
  for (let k = di; k < rows.length && filled(values, from) < FLAT.length; k++) {
    const next = rows.row(k);
    if (lastLabelIndex(next.cells) >= 0) break;
    values = joinedCells(values, from, next.cells);
    from = 0;
    end = next.range.end;
  }
  const labelRange = li >= 0 ? dataRow.cells.range(li) : undefined;
  const read = readValues(values, from, FLAT, 'table4', (v) => [0, 5, 10].every((o) => v[o] + v[o + 1] + v[o + 2] + v[o + 3] === v[o + 4]));
  let k = 0; // index into FLAT, which runs group by group like these loops
  for (const [gi, g] of TABLE4_GROUPS.entries()) {
    const inGroup: Cell[] = [];
    for (const c of TABLE4_COLUMNS) {
      const cell = read.cells.get(FLAT[k++].key);
      if (cell) inGroup.push(inRow(cell, g.key, c.key));
    }
    const cells = inGroup.length ? new RowCells(inGroup) : NO_CELLS;
    const row: RowModel = {
      key: g.key, label: GROUP_LABELS[gi], labelRange: labelRange ?? { start: dataRow.range.start, end: dataRow.range.start },
      officialLabel: g.label, range: { start: dataRow.range.start, end }, cells, labelMatch: 'official',
      problem: g.key === 'review' ? read.problem : undefined,
    };
    model.rows.push(row);
  }
  return model;
}

/** A copy of a cell read in the flat row, placed in its group's row and column. */
function inRow(cell: Cell, row: string, column: string): Cell {
  return { text: cell.text, range: cell.range, valueRange: cell.valueRange, state: cell.state, value: cell.value, invalid: cell.invalid, row, column };
}

/** Number of cells from index `from` up to the last one that is not blank. */
function filled(cells: RawCells, from: number): number {
  let b = cells.length;
  while (b > from && isBlank(cells, b - 1)) b--;
  return b - from;
}

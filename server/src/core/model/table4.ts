import type { Cell, ColumnModel, RowModel, TableModel } from '../types';
import type { RawCell, RawRow, RawTable } from '../parse/blocks';
import { normalizeLabel } from '../text/normalize';
import { TABLE4_COLUMNS, TABLE4_GROUPS, TABLE4_HEADER_WORDS, TABLE4_TITLE } from '../template/table4';
import { NO_CELLS, RowCells } from './rowCells';
import { isBlank, isDigitsCell, isLabelCell, lastLabelIndex, readValues } from './values';

const HEADER = new Set([...TABLE4_HEADER_WORDS].map((w) => normalizeLabel(w)));

function isHeaderRow(row: RawRow): boolean {
  return row.cells.every((c) => isBlank(c) || (!isDigitsCell(c) && HEADER.has(normalizeLabel(c.text))));
}

/** The 15 columns of the single data row, group by group. */
const FLAT: ColumnModel[] = TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => ({ ...c, key: `${g.key}.${c.key}` })));
/** Row labels: the group's path in the header, 行政诉讼 › 复议后起诉. */
const GROUP_LABELS = TABLE4_GROUPS.map((g) => g.path.join(' › '));

/** Maps table 4: header rows in any arrangement, then one data row of 15 numbers (possibly split by a page break). */
export function buildTable4(raw: RawTable, rows: RawRow[]): TableModel {
  const model: TableModel = {
    number: 4, title: TABLE4_TITLE, layout: raw.layout,
    range: { start: rows[0].range.start, end: rows[rows.length - 1].range.end },
    anchor: rows[0].range, columns: TABLE4_COLUMNS, rows: [], missingRows: [], unknownRows: [],
  };
  const di = rows.findIndex((r) => !isHeaderRow(r));
  if (di < 0) {
    model.missingRows = TABLE4_GROUPS.map((g) => g.key);
    return model;
  }
  const dataRow = rows[di];
  // A label can only lead the row (e.g. 数量 in a Markdown draft); text further on is a bad number, not a label.
  let li = -1;
  while (li + 1 < dataRow.cells.length && isLabelCell(dataRow.cells[li + 1])) li++;
  let values: RawCell[] = dataRow.cells;
  let from = li + 1;
  let end = dataRow.range.end;
  for (let k = di + 1; k < rows.length && filled(values, from) < FLAT.length && lastLabelIndex(rows[k].cells) < 0; k++) {
    values = values.slice(from).concat(rows[k].cells);
    from = 0;
    end = rows[k].range.end;
  }
  const label = li >= 0 ? dataRow.cells[li] : undefined;
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
      key: g.key, label: GROUP_LABELS[gi], labelRange: label?.range ?? { start: dataRow.range.start, end: dataRow.range.start },
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
function filled(cells: RawCell[], from: number): number {
  let b = cells.length;
  while (b > from && isBlank(cells[b - 1])) b--;
  return b - from;
}

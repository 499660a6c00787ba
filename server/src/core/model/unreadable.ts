// Tables that cannot be read with certainty. A reader may say so (a picture of a table, text read column by
// column); the model says so of a table whose rows, read as text, mostly do not fit the template (a garbled or
// badly recognised table). Such a table keeps no rows: no sum, no missing row and no cell is claimed from it, and
// one warning says which table and why.
import type { RowModel, TableModel, TableNumber } from '../types';
import type { RawTable } from '../parse/blocks';
import type { UnreadableReason } from '../source/document';
import { TABLE2_TITLE } from '../template/table2';
import { TABLE3_TITLE } from '../template/table3';
import { TABLE4_TITLE } from '../template/table4';

const TITLES: Record<TableNumber, string> = { 2: TABLE2_TITLE, 3: TABLE3_TITLE, 4: TABLE4_TITLE };

/** The model of a table that is there but cannot be read. */
export function unreadableTable(number: TableNumber, raw: RawTable, reason: UnreadableReason): TableModel {
  const anchor = raw.rows.length ? raw.rows.row(0).range : raw.range;
  return {
    number, title: TITLES[number], layout: raw.layout, range: raw.range, anchor,
    columns: [], rows: [], missingRows: [], unknownRows: [], unreadable: reason,
  };
}

/** Fewer bad rows than this are findings of their own (cell-count, cell-invalid), not a sign of a misread table. */
const FEW = 3;

/**
 * Whether `unknown` labelled rows that match no template row make a table misread beside `known` that match one.
 * A builder whose known rows cannot outnumber the template's may stop reading once this holds of the template's
 * row count: the table is unreadable whatever its other rows hold.
 */
export const outnumbered = (unknown: number, known: number): boolean => unknown >= FEW && unknown > known;

/**
 * Why a table read from text cannot be trusted, if it cannot: more of its labelled rows match no template row than
 * match one, or a third or more of its rows cannot be read — the wrong number of cells, or a cell that is not a
 * number. The reason is what most of those rows show. A few such rows are the report's own errors and are reported
 * as such.
 */
export function misreadReason(table: TableModel): UnreadableReason | undefined {
  if (outnumbered(table.unknownRows.length, table.rows.length)) return 'shape';
  const count: Record<'columns' | 'ambiguous' | 'characters', number> = { columns: 0, ambiguous: 0, characters: 0 };
  let bad = 0;
  for (const r of table.rows) {
    const why = rowTrouble(r);
    if (!why) continue;
    bad++;
    count[why]++;
  }
  if (bad < FEW || bad * 3 < table.rows.length + table.unknownRows.length) return undefined;
  return count.columns >= count.ambiguous && count.columns >= count.characters ? 'columns' : count.ambiguous >= count.characters ? 'ambiguous' : 'characters';
}

/** What keeps a row from being read: its cell count, digits with space between them, or cells that are not numbers. */
function rowTrouble(row: RowModel): 'columns' | 'ambiguous' | 'characters' | undefined {
  if (row.problem?.kind === 'split') return 'ambiguous';
  if (row.problem && row.problem.kind !== 'surplus-resolved') return 'columns';
  let trouble: 'ambiguous' | 'characters' | undefined;
  for (const c of row.cells.list) {
    if (c.state !== 'invalid') continue;
    if (c.invalid === 'split') return 'ambiguous';
    if (c.invalid === 'text') trouble = 'characters';
  }
  return trouble;
}

/** The table as unreadable, its rows dropped, when it reads as a misread; else the table itself. */
export function unlessMisread(table: TableModel, raw: RawTable): TableModel {
  const reason = misreadReason(table);
  return reason ? { ...unreadableTable(table.number, raw, reason), range: table.range, anchor: table.anchor } : table;
}

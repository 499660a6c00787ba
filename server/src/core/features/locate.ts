import type { Cell, OffsetRange, ReportModel, RowModel, SectionModel, TableModel } from '../types';

export const contains = (r: OffsetRange, offset: number) => offset >= r.start && offset <= r.end;

export interface Located {
  section?: SectionModel;
  table?: TableModel;
  row?: RowModel;
  cell?: Cell;
}

/** What stands at an offset: the section, the table, the row and the number cell, as far as there are any. */
export function locate(report: ReportModel, offset: number): Located {
  const section = [...report.sections].reverse().find((s) => offset >= s.range.start && offset <= s.range.end);
  const table = report.tables.find((t) => contains(t.range, offset));
  let row: RowModel | undefined;
  let cell: Cell | undefined;
  if (table) {
    for (const r of table.rows) {
      for (const c of r.cells.values()) {
        if (contains(c.range, offset) || contains(c.valueRange, offset)) {
          row = r;
          cell = c;
          break;
        }
      }
      if (cell) break;
      if (!row && (contains(r.labelRange, offset) || (table.number !== 4 && contains(r.range, offset)))) row = r;
    }
  }
  return { section, table, row, cell };
}

import type { Lang, OffsetRange, ReportModel } from '../types';
import { columnName, rowName, shortLabel } from '../i18n/names';

export interface InlayHint {
  /** Where the hint shows: after the cell's text. */
  offset: number;
  label: string;
}

/**
 * Column names beside the number cells of one-cell-per-line tables, where a bare number on its own line does not
 * say which column it is. The first hint in the visible range also names the row when the row began above it.
 */
export function inlayHints(report: ReportModel, visible: OffsetRange, lang: Lang): InlayHint[] {
  const hints: InlayHint[] = [];
  for (const table of report.tables) {
    if (table.layout !== 'word' || table.range.end < visible.start || table.range.start > visible.end) continue;
    for (const row of table.rows) {
      let first = true;
      for (const cell of row.cells.values()) {
        if (cell.range.start < visible.start || cell.range.start > visible.end) continue;
        const col = table.number === 4 ? `${rowName(lang, 4, row.key)} · ${columnName(lang, 4, cell.column)}` : columnName(lang, table.number, cell.column, table.version);
        const rowAbove = first && row.labelRange.start < visible.start;
        hints.push({ offset: cell.range.end, label: rowAbove ? `${shortLabel(row.label)} · ${col}` : col });
        first = false;
      }
    }
  }
  return hints;
}

import type { OffsetRange, ReportModel } from '../types';
import { contains, locate } from './locate';

/** Foldable regions: every section (heading to its last line) and every table. */
export function foldingRegions(report: ReportModel): OffsetRange[] {
  return [...report.sections.map((s) => s.range), ...report.tables.map((t) => t.range)].sort((a, b) => a.start - b.start);
}

/** Nested ranges for expanding a selection: cell → row → table → section, innermost first. */
export function selectionChain(report: ReportModel, offset: number): OffsetRange[] {
  const at = locate(report, offset);
  const chain: OffsetRange[] = [];
  const push = (r: OffsetRange | undefined) => {
    if (!r || !contains(r, offset)) return;
    const last = chain[chain.length - 1];
    if (last && (r.start > last.start || r.end < last.end || (r.start === last.start && r.end === last.end))) return;
    chain.push(r);
  };
  push(at.cell?.valueRange.end !== at.cell?.valueRange.start ? at.cell?.valueRange : undefined);
  push(at.cell?.range);
  push(at.row?.range);
  push(at.table?.range);
  push(at.section?.range);
  return chain;
}

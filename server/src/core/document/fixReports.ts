import type { TableModel, TextEdit } from '../types';
import { fixesInAll } from '../types';
import { fixAll, type CheckOptions } from '../check';
import { shiftEdits, type ReportDocument } from './reportDocument';
import { appendAll } from '../arrays';
import { splitReports } from './split';

export interface DocumentFix {
  /** Minimal edits of the document's text, in document offsets, ascending and disjoint. */
  edits: TextEdit[];
  /** Titles of the fixes, in order. */
  applied: string[];
}

/**
 * Fix-all over a document of reports: each report with something fixable is fixed on its own text (reports never
 * share a cell), and the edits are moved to document offsets. `only` limits it to one report, or one of its tables.
 * A report whose fixes would move where it or the next report starts is left as it is (see keepsItsPlace).
 */
export function fixReports(doc: ReportDocument, options: CheckOptions, only?: { part: number; table?: (t: TableModel) => boolean }): DocumentFix {
  const edits: TextEdit[] = [];
  const applied: string[] = [];
  for (let i = 0; i < doc.reportCount; i++) {
    if (only && only.part !== i) continue;
    if (!doc.findings(i).diagnostics.some(fixesInAll)) continue;
    const part = doc.part(i);
    const result = fixAll(part.text, { ...options, table: only?.table });
    if (!result.edits.length || !keepsItsPlace(doc, i, result.text)) continue;
    appendAll(edits, shiftEdits(result.edits, part.start));
    for (const t of result.applied) if (!applied.includes(t)) applied.push(t);
  }
  return { edits, applied };
}

/**
 * Whether a report, fixed, still splits from the reports around it where it did. A fix may take what a split
 * depends on: the semicolon a report glued to the end of the last line (`cat a.txt b.txt`) starts after, in a row
 * label the fix rewrites. Made, it would move the next report's first line into this report, whose next fix-all
 * would then rewrite (or delete) it: text of one report changed by the fixes of another.
 */
function keepsItsPlace(doc: ReportDocument, index: number, fixed: string): boolean {
  const before = index > 0 ? doc.part(index - 1).text : '';
  const after = index + 1 < doc.reportCount ? doc.part(index + 1).text : '';
  const expected = [0];
  if (before) expected.push(before.length);
  if (after) expected.push(before.length + fixed.length);
  const starts = splitReports(before + fixed + after);
  return starts.length === expected.length && starts.every((s, k) => s === expected[k]);
}

import type { TableModel, TextEdit } from '../types';
import { fixesInAll } from '../types';
import { fixAll, type CheckOptions } from '../check';
import { shiftEdits, type ReportDocument } from './reportDocument';
import { appendAll } from '../arrays';

export interface DocumentFix {
  /** Minimal edits of the document's text, in document offsets, ascending and disjoint. */
  edits: TextEdit[];
  /** Titles of the fixes, in order. */
  applied: string[];
}

/**
 * Fix-all over a document of reports: each report with something fixable is fixed on its own text (reports never
 * share a cell), and the edits are moved to document offsets. `only` limits it to one report, or one of its tables.
 */
export function fixReports(doc: ReportDocument, options: CheckOptions, only?: { part: number; table?: (t: TableModel) => boolean }): DocumentFix {
  const edits: TextEdit[] = [];
  const applied: string[] = [];
  for (let i = 0; i < doc.reportCount; i++) {
    if (only && only.part !== i) continue;
    if (!doc.findings(i).diagnostics.some(fixesInAll)) continue;
    const part = doc.part(i);
    const result = fixAll(part.text, { ...options, table: only?.table });
    appendAll(edits, shiftEdits(result.edits, part.start));
    for (const t of result.applied) if (!applied.includes(t)) applied.push(t);
  }
  return { edits, applied };
}

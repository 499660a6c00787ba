// Helpers for the PDF reader's tests: a document's tables, and the numbers of their rows.
import type { SourceDocument, SourceTable } from '../../../server/src/core/source/document';

export const tables = (doc: SourceDocument) => doc.blocks.filter((b): b is SourceTable => b.kind === 'table');
/** The numbers of a table's rows that hold numbers, row by row. */
export const numberRows = (t: SourceTable) =>
  t.rows.map((r) => r.cells.filter((c) => /^\d+(\.\d+)?$/.test(c.text)).map((c) => Number(c.text))).filter((r) => r.length);

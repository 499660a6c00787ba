// Compact views of a reader's document, for assertions that read well, and the check that its pieces are verbatim.
import * as assert from 'assert';
import type { SourceBlock, SourceCell, SourceDocument, SourceTable } from '../../server/src/core/source/document';

/** A cell in short: its text, `^` for a covered cell, `|cN` / `|rN` for spans. */
export function cellShort(c: SourceCell): string {
  return `${c.covered ? '^' : ''}${c.text}${c.colSpan ? `|c${c.colSpan}` : ''}${c.rowSpan ? `|r${c.rowSpan}` : ''}`;
}

export const gridOf = (t: SourceTable) => t.rows.map((r) => r.cells.map(cellShort));

/** The blocks in short: a paragraph's text, a table's grid. */
export function blocksShort(doc: SourceDocument): (string | string[][])[] {
  return doc.blocks.map((b: SourceBlock) => (b.kind === 'paragraph' ? b.text : gridOf(b)));
}

/**
 * Every piece of every paragraph and cell lies inside its text, after the piece before it, and stands verbatim in
 * the source (the part or page the reader's offsets refer to); returns how many characters they cover.
 */
export function assertPiecesVerbatim(doc: SourceDocument, source: string): number {
  let covered = 0;
  const check = (text: string, pieces: { start: number; end: number; source: number }[] | undefined) => {
    let last = 0;
    for (const piece of pieces ?? []) {
      assert.ok(piece.start >= last && piece.end > piece.start && piece.end <= text.length, `piece ${JSON.stringify(piece)} of ${JSON.stringify(text)}`);
      assert.strictEqual(source.slice(piece.source, piece.source + piece.end - piece.start), text.slice(piece.start, piece.end));
      covered += piece.end - piece.start;
      last = piece.end;
    }
  };
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') check(b.text, b.pieces);
    else for (const r of b.rows) for (const c of r.cells) check(c.text, c.pieces);
  }
  return covered;
}

// A text report as the document a reader would make of it: its paragraphs and tables, cell by cell, with text
// locations as sources. Lets tests put the real reports through the path of .docx, HTML and PDF documents.
import { readBlocks } from '../../server/src/core/parse/blocks';
import { cellList, rowList } from '../../server/src/core/parse/rawTable';
import { isHeadingLine } from '../../server/src/core/model/build';
import { LineIndex, type SourceBlock, type SourceDocument } from '../../server/src/core';

export function sourceFromText(text: string): SourceDocument {
  const lines = new LineIndex(text);
  const at = (offset: number) => {
    const p = lines.positionAt(offset);
    return { format: 'text' as const, line: p.line + 1, column: p.character + 1 };
  };
  const blocks: SourceBlock[] = [...readBlocks(text, isHeadingLine).blocks].map((b): SourceBlock => {
    if (b.kind === 'text') return { kind: 'paragraph', text: b.line.text, source: at(b.line.start) };
    return {
      kind: 'table',
      source: at(b.table.range.start),
      rows: rowList(b.table.rows).map((r) => ({ cells: cellList(r.cells).map((c) => ({ text: c.text, source: at(c.range.start) })) })),
    };
  });
  return { format: 'text', blocks };
}

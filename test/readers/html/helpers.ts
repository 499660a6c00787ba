// Pages written in the tests, and compact views of what the HTML reader makes of them.
import * as assert from 'assert';
import type { SourceCell, SourceDocument, SourceLocation, SourceParagraph, SourceRow } from '../../../server/src/core/source/document';
import { readPage } from '../../../server/src/readers/html';

import { assertPiecesVerbatim } from '../../support/documentShape';

export { assertPiecesVerbatim, blocksShort, cellShort, gridOf } from '../../support/documentShape';

/** Reads a page given as text, and checks its pieces against it. */
export async function read(page: string): Promise<SourceDocument> {
  const doc = await readPage(page);
  assertPiecesVerbatim(doc, page);
  return doc;
}

export { LOSS_RULES, TABLE_RULES, tableFinding } from '../../support/filledFindings';

/** A 1-based line and column of the first occurrence of `needle` in `page` (for the expected start tags). */
export function lineColumn(page: string, needle: string, from = 0): { format: 'html'; line: number; column: number } {
  const at = page.indexOf(needle, from);
  assert.ok(at >= 0, `${needle} is in the page`);
  const before = page.slice(0, at);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { format: 'html', line: before.split('\n').length, column: at - lineStart + 1 };
}

/**
 * A page written in a test, one array item per line (line N is item N − 1), and the blocks the test expects of it,
 * placed by where their text and start tags stand on its lines.
 */
export class TestPage {
  readonly text: string;
  private readonly starts: number[] = [];

  constructor(readonly lines: string[], eol = '\n') {
    this.text = lines.join(eol);
    let at = 0;
    for (const l of lines) {
      this.starts.push(at);
      at += l.length + eol.length;
    }
  }

  /** The page offset of the nth `text` on line `line`. */
  offsetOn(line: number, text: string, nth = 0): number {
    let at = -1;
    for (let i = 0; i <= nth; i++) at = this.lines[line - 1].indexOf(text, at + 1);
    assert.ok(at >= 0, `${text} #${nth} on line ${line}`);
    return this.starts[line - 1] + at;
  }

  /** The location of the nth `<tag` start tag on a line. */
  tag(line: number, tag: string, nth = 0): Extract<SourceLocation, { format: 'html' }> {
    return { format: 'html', line, column: this.offsetOn(line, `<${tag}`, nth) - this.starts[line - 1] + 1 };
  }

  /** A paragraph whose whole text is verbatim on its line, starting at the nth `<tag`. */
  para(text: string, line: number, tag: string, nth = 0, textLine = line): SourceParagraph {
    return { kind: 'paragraph', text, source: this.tag(line, tag, nth), pieces: [{ start: 0, end: text.length, source: this.offsetOn(textLine, text) }] };
  }

  /** The nth <td> (or `tag`) of a line, whose text stands verbatim right after its start tag. */
  cell(text: string, line: number, nth: number, spans: { colSpan?: number; rowSpan?: number } = {}, tag = 'td'): SourceCell {
    const source = this.tag(line, tag, nth);
    const textAt = this.text.indexOf('>', this.starts[line - 1] + source.column - 1) + 1;
    return { text, ...spans, source, pieces: text ? [{ start: 0, end: text.length, source: textAt }] : [] };
  }

  row(line: number, nth: number, cells: SourceCell[]): SourceRow {
    return { source: this.tag(line, 'tr', nth), cells };
  }
}

export const COVERED: SourceCell = { text: '', covered: true };

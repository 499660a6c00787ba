// The text view of a document: the canonical one-cell-per-line text, as Word exports a document to plain text (one
// line per paragraph; each table cell a line led by a tab; a blank line after each row), with the blocks the
// report model is built from and a map from every range of the text back to the source.
import type { Block } from '../parse/blocks';
import { CellArray, rawCell, RawCell, RawRow, RawTable, RowArray } from '../parse/rawTable';
import type { OffsetRange } from '../types';
import { appendAll } from '../arrays';
import type { DocumentProblem, SourceBlock, SourceCell, SourceDocument, SourceFormat, SourceLocation, SourceParagraph, SourcePiece } from './document';

/** One paragraph or cell of the view: its range in the view's text and where it came from. */
export interface ViewSpan {
  start: number;
  end: number;
  /** The paragraph or cell of the document shown here. */
  piece: SourceParagraph | SourceCell;
  source?: SourceLocation;
  /** Verbatim runs of the span's text, with offsets relative to the view's text (not the span). */
  pieces?: SourcePiece[];
}

export interface TextView {
  format: SourceFormat;
  text: string;
  blocks: Block[];
  /** Every paragraph and cell, in text order. */
  spans: ViewSpan[];
  problem?: DocumentProblem;
  /** The source's line breaks the text does not show (`ReportModel.hiddenBreaks`), in text order. */
  breaks: OffsetRange[];
}

/** Characters that would break the one-line-per-piece layout: tabs and line breaks. */
const LAYOUT_BREAKERS = /[\t\r\n\u2028\u2029]/g;
/** The line breaks among them: the view shows them as spaces, and a fix must not replace them. */
const LINE_BREAKS = /[\r\n\u2028\u2029]/g;

/** Renders a document into its text view. Tables keep their `unreadable` reason for the model. */
export function renderTextView(doc: SourceDocument): TextView {
  const parts: string[] = [];
  let at = 0;
  const blocks: Block[] = [];
  const spans: ViewSpan[] = [];
  const breaks: OffsetRange[] = [];
  const put = (s: string) => {
    parts.push(s);
    at += s.length;
  };
  /** Writes one line of content (already free of layout breakers); returns its range in the view. */
  const line: LineWriter = (text, piece, prefix, read) => {
    put(prefix);
    const start = at;
    // Most pieces are one line that needed no change: then there is nothing to record.
    if (read && (read.breaks || read.text !== text)) hiddenBreaks(read.text, read.breaks, start, breaks);
    put(text);
    put('\n');
    const pieces = text && piece.pieces?.map((p) => ({ start: p.start + start, end: p.end + start, source: p.source }));
    spans.push({ start, end: start + text.length, piece, source: piece.source, pieces: pieces || undefined });
    return { start, end: start + text.length };
  };
  for (const block of doc.blocks) {
    if (block.kind === 'paragraph') {
      const text = oneLine(block.text);
      if (!text.trim()) continue;
      const range = line(text, block, '', block);
      blocks.push({ kind: 'text', line: { start: range.start, end: range.end, text } });
      continue;
    }
    const table = renderTable(block, line, () => put('\n'));
    if (table) blocks.push({ kind: 'table', table });
  }
  return { format: doc.format, text: parts.join(''), blocks, spans, problem: doc.problem, breaks };
}

/**
 * The line breaks of a paragraph's or cell's text (put at `start` of the view) that the view does not show: where
 * the cell's lines meet, and the breaks a reader left in the text, which the view shows as spaces. In text order.
 */
function hiddenBreaks(text: string, between: readonly number[] | undefined, start: number, out: OffsetRange[]): void {
  const found: OffsetRange[] = (between ?? []).map((b) => ({ start: start + b, end: start + b }));
  for (const m of text.matchAll(LINE_BREAKS)) found.push({ start: start + m.index, end: start + m.index + 1 });
  if (between?.length && found.length > between.length) found.sort((a, b) => a.start - b.start || a.end - b.end);
  appendAll(out, found);
}

/** A piece's text on one line: tabs and line breaks become spaces (the reader should have left none). */
const oneLine = (text: string) => text.replace(LAYOUT_BREAKERS, ' ');

/** Writes a piece's line; `read` is the text as the reader gave it (`text` is it on one line) and where its lines meet. */
type LineWriter = (text: string, piece: SourceParagraph | SourceCell, prefix: string, read?: { text: string; breaks?: number[] }) => OffsetRange;

/** A table's rows, each cell a tab-led line and a blank line after each row. An unreadable table keeps its reason. */
function renderTable(block: Extract<SourceBlock, { kind: 'table' }>, line: LineWriter, blank: () => void): RawTable | undefined {
  const rows: RawRow[] = [];
  for (const row of block.rows) {
    if (!row.cells.length) continue;
    const cells: RawCell[] = row.cells.map((c) => {
      const text = c.covered ? '' : oneLine(c.text);
      return rawCell(text, line(text, c, '\t', c.covered ? undefined : c));
    });
    blank();
    rows.push({ cells: new CellArray(cells), range: { start: cells[0].range.start - 1, end: cells[cells.length - 1].range.end } });
  }
  if (!rows.length && !block.unreadable) return undefined;
  const range = rows.length ? { start: rows[0].range.start, end: rows[rows.length - 1].range.end } : undefined;
  return { layout: 'word', rows: new RowArray(rows), range: range ?? { start: 0, end: 0 }, unreadable: block.unreadable };
}

/** Index of the first span that ends at or after `offset` (binary search; spans are in text order and never touch). */
function firstEndingAtOrAfter(spans: ViewSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The span that holds an offset of the view, or undefined between spans. */
export function spanAt(view: TextView, offset: number): ViewSpan | undefined {
  const s = view.spans[firstEndingAtOrAfter(view.spans, offset)];
  return s && s.start <= offset ? s : undefined;
}

/**
 * Where an offset of the view stands in the source: the paragraph or cell that holds it, else the next one that
 * has a source (a table's finding points at the tab before its first cell).
 */
export function sourceAt(view: TextView, offset: number): SourceLocation | undefined {
  const { spans } = view;
  for (let i = firstEndingAtOrAfter(spans, offset); i < spans.length; i++) if (spans[i].source) return spans[i].source;
  return undefined;
}

/**
 * An edit of the view as edits of the source: the characters it replaces must stand verbatim in the source, in
 * pieces that follow each other in the view (a number split over several runs). The new text goes where the first
 * replaced character stood; the rest of the replaced characters are removed from their pieces. Undefined when the
 * edit cannot be placed in the source exactly.
 */
export function sourceEdits(view: TextView, edit: { start: number; end: number; text: string }): { start: number; end: number; text: string }[] | undefined {
  const span = spanAt(view, edit.start);
  if (!span?.pieces || edit.end > span.end) return undefined;
  if (edit.start === edit.end) {
    const p = span.pieces.find((q) => edit.start >= q.start && edit.start <= q.end);
    return p && [{ start: p.source + edit.start - p.start, end: p.source + edit.start - p.start, text: edit.text }];
  }
  const out: { start: number; end: number; text: string }[] = [];
  let covered = edit.start;
  for (const p of span.pieces) {
    if (p.end <= covered || p.start >= edit.end) continue;
    if (p.start > covered) return undefined; // a replaced character that is not verbatim in the source
    const from = covered;
    const to = Math.min(p.end, edit.end);
    out.push({ start: p.source + from - p.start, end: p.source + to - p.start, text: out.length ? '' : edit.text });
    covered = to;
    if (covered === edit.end) return out;
  }
  return undefined;
}

/**
 * The document with edits of its view applied to the paragraphs and cells they fall in: rendering it gives the
 * view's text with the edits applied. Every edit must stay within one paragraph or cell. Edited pieces lose their
 * verbatim runs (the source no longer has their text).
 */
export function editDocument(doc: SourceDocument, view: TextView, edits: { start: number; end: number; text: string }[]): SourceDocument {
  const changed = new Map<SourceParagraph | SourceCell, string>();
  for (const e of [...edits].sort((a, b) => b.start - a.start)) {
    const span = spanAt(view, e.start);
    if (!span || e.end > span.end) throw new Error(`an edit at ${e.start}–${e.end} does not stay within one paragraph or cell`);
    const text = changed.get(span.piece) ?? view.text.slice(span.start, span.end);
    changed.set(span.piece, text.slice(0, e.start - span.start) + e.text + text.slice(e.end - span.start));
  }
  const edit = <T extends SourceParagraph | SourceCell>(p: T): T => (changed.has(p) ? { ...p, text: changed.get(p)!, pieces: undefined } : p);
  return {
    ...doc,
    blocks: doc.blocks.map((b) => (b.kind === 'paragraph' ? edit(b) : { ...b, rows: b.rows.map((r) => ({ ...r, cells: r.cells.map(edit) })) })),
  };
}

// The walk over a page's body: paragraphs from block elements and <br>-separated lines, inline markup joined,
// skipped and hidden elements left out, each block with the element that holds it (for finding the report later)
// and whether it sits in the page's chrome or is all link text. Tables are read by tables.ts, through this walker.
import type { SourceBlock, SourceLocation, SourceParagraph, SourceTable } from '../../core/source/document';
import { appendAll } from '../../core/arrays';
import { isElement, isText, MAX_ELEMENT_DEPTH, startTagLocation, tooDeep, type Element, type TextNode } from './dom';
import { isSectioning, kindOf } from './elements';
import { LineBuilder, type Line } from './line';
import { readTable } from './tables';
import { verbatimRuns } from './verbatim';

export interface WalkedBlock {
  block: SourceBlock;
  /** The innermost block-level element that holds the block: an index into `Walker.spans`. */
  element: number;
  chrome: boolean;
  linkOnly: boolean;
}

/** A block-level element in document order: its parent's index, and the index after its last descendant's. */
export interface ElementSpan {
  parent: number;
  end: number;
}

/** Whether a text is nothing but HTML's collapsible white space. */
function isWhiteSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d && c !== 0x0c) return false;
  }
  return true;
}

export class Walker {
  readonly blocks: WalkedBlock[] = [];
  readonly spans: ElementSpan[] = [];
  private current = -1;
  private readonly line = new LineBuilder();
  /** Where finished lines go: paragraphs, or the cell being read. */
  sink: (line: Line) => void = (line) => this.paragraph(line);
  private links = 0;
  private chrome = 0;
  private sectioning = 0;
  private preformatted = 0;
  private depth = 0;
  /** A cell is being read as data (its lines go to the cell, its block elements are not spans of the page). */
  private inCell = false;
  /** A table was met in the cell being read: the cell's table lays out the page. */
  private cellHoldsTable = false;
  /** Pictures met inside the line being built: their blocks follow the line's paragraph. */
  private pictures: WalkedBlock[] = [];
  private readonly breakLine = () => this.flush();

  constructor(readonly page: string) {}

  children(el: Element): void {
    for (const c of el.childNodes) {
      if (isText(c)) this.text(c);
      else if (isElement(c)) this.element(c);
    }
  }

  element(el: Element): void {
    // The parser refuses a page nested deeper (dom.ts); a tree its repairs of misnested tags made deeper still is
    // refused here, before the walk's recursion could run out of stack.
    if (this.depth >= MAX_ELEMENT_DEPTH) throw tooDeep();
    const kind = kindOf(el, this.sectioning > 0);
    if (kind === 'skip') return;
    if (kind === 'break') return this.lineBreak(startTagLocation(el));
    if (this.inCell && el.tagName === 'table') {
      this.cellHoldsTable = true;
      return;
    }
    this.depth++;
    if (kind === 'inline') {
      if (el.tagName === 'img') this.picture(el);
      else this.children(el);
    } else if (kind === 'block') this.block(el);
    else if (kind === 'table') readTable(this, el);
    else if (kind === 'link') {
      this.links++;
      this.children(el);
      this.links--;
    } else {
      this.chrome++;
      if (el.tagName === 'table') readTable(this, el);
      else this.block(el);
      this.chrome--;
    }
    this.depth--;
  }

  /** A block-level element: its content starts a line and ends one; its first line starts at its start tag. */
  block(el: Element): void {
    const span = this.open();
    const sectioning = isSectioning(el) ? 1 : 0;
    const pre = el.tagName === 'pre' || el.tagName === 'listing' || el.tagName === 'xmp' ? 1 : 0;
    this.sectioning += sectioning;
    this.preformatted += pre;
    this.line.opening = startTagLocation(el);
    this.children(el);
    this.flush();
    this.line.opening = undefined;
    this.sectioning -= sectioning;
    this.preformatted -= pre;
    this.close(span);
  }

  /** Starts a block-level element's span (ending the line before it); close() ends it. Inside a cell, no span. */
  open(): number {
    this.flush();
    if (this.inCell) return -1;
    this.spans.push({ parent: this.current, end: -1 });
    return (this.current = this.spans.length - 1);
  }

  close(span: number): void {
    this.flush();
    if (span < 0) return;
    this.spans[span].end = this.spans.length;
    this.current = this.spans[span].parent;
  }

  /** Adds a block that holds no lines of this walker (a table) to the current element. */
  push(block: SourceBlock, linkOnly = false): void {
    this.blocks.push({ block, element: this.current, chrome: this.chrome > 0, linkOnly });
  }

  flush(): void {
    const line = this.line.take();
    if (line) this.sink(line);
    if (this.pictures.length) {
      appendAll(this.blocks, this.pictures);
      this.pictures = [];
    }
  }

  /**
   * Reads a table cell's content into lines for `sink` instead of paragraphs. A table met inside is not read: the
   * answer is false, and the cell's table lays out the page.
   */
  readCell(el: Element, sink: (line: Line) => void): boolean {
    const saved = this.sink;
    this.flush();
    this.sink = sink;
    this.inCell = true;
    this.cellHoldsTable = false;
    this.line.opening = undefined;
    this.children(el);
    this.flush();
    this.inCell = false;
    this.sink = saved;
    return !this.cellHoldsTable;
  }

  /**
   * A picture in the text (not in a cell, not a link's): perhaps a table pasted as a picture (an empty table unreadable as
   * an image), which keepTablePictures decides. Icons and spacers (under 100 pixels either way) are not.
   */
  private picture(img: Element): void {
    if (this.inCell || this.links) return;
    for (const { name, value } of img.attrs) if ((name === 'width' || name === 'height') && parseInt(value, 10) < 100) return;
    const table: SourceTable = { kind: 'table', rows: [], unreadable: 'image' };
    const source = startTagLocation(img);
    if (source) table.source = source;
    this.pictures.push({ block: table, element: this.current, chrome: this.chrome > 0, linkOnly: false });
    if (this.line.isEmpty) this.flush();
  }

  private lineBreak(at: SourceLocation | undefined): void {
    this.flush();
    this.line.opening = at;
  }

  private text(node: TextNode): void {
    const value = node.value;
    const pre = this.preformatted > 0;
    // Most text nodes of a page are the white space between its tags: nothing to add at a line's start, and no
    // verbatim runs to find unless the space is one ' ' (which may stand as the space between two words).
    if (!pre && isWhiteSpace(value) && (this.line.isEmpty || value !== ' ')) {
      if (!this.line.isEmpty) this.line.append(value, undefined, undefined, this.links > 0);
      return;
    }
    const loc = node.sourceCodeLocation;
    const runs = loc ? verbatimRuns(this.page, loc.startOffset, loc.endOffset, value) : undefined;
    this.line.append(value, runs, loc ?? undefined, this.links > 0, pre ? this.breakLine : undefined);
  }

  /** A line as a paragraph; a line of nothing but white space (an empty Word paragraph's &nbsp;) is not one. */
  private paragraph(line: Line): void {
    if (!/\S/.test(line.text)) return;
    const block: SourceParagraph = { kind: 'paragraph', text: line.text, pieces: line.pieces };
    if (line.source) block.source = line.source;
    this.push(block, line.linkOnly);
  }
}

// One line of a paragraph or cell being built from text nodes: HTML's white space collapsing (runs of ASCII white
// space are one space, none at the line's ends; a line break between two CJK characters is no space at all, as CSS
// Text 3 has it), the verbatim pieces of the line's text, and where the line starts in the page.
import type { SourceLocation, SourcePiece } from '../../core/source/document';
import { locationOf, type NodeStart } from './dom';
import type { Runs } from './verbatim';

export interface Line {
  text: string;
  pieces: SourcePiece[];
  source?: SourceLocation;
  /** All the line's characters are the text of links (a menu, a related article): never the report's own text. */
  linkOnly: boolean;
}

/** HTML's ASCII white space: what collapses. NBSP and U+3000 are text and stay. */
const isCollapsible = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c;

/**
 * East Asian wide characters (CJK ideographs, kana, full-width forms and punctuation, CJK symbols): a line break in
 * the source between two of them is removed, not made a space. Word's "save as HTML" breaks long Chinese lines
 * anywhere, so 政府信息\r\n公开 must read 政府信息公开.
 */
function isWide(c: number): boolean {
  return (c >= 0x2e80 && c <= 0x9fff && !(c >= 0x3130 && c <= 0x318f)) || (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0xd840 && c <= 0xd8bf) ||
    (c >= 0xdc00 && c <= 0xdfff);
}

export class LineBuilder {
  private text = '';
  private pieces: SourcePiece[] = [];
  private source: SourceLocation | undefined;
  private linkChars = 0;
  private otherChars = 0;
  /** White space seen since the last character: one space, written before the next character if any. */
  private space = false;
  /** The space's page offset when it is a single verbatim ' ', else -1. */
  private spaceSource = -1;
  private spaceHasBreak = false;
  /** Where a line opened by an element starts (its start tag); consumed by the line's first character. */
  opening: SourceLocation | undefined;

  get isEmpty(): boolean {
    return this.text.length === 0;
  }

  /**
   * Appends a text node's value. `runs` are its verbatim runs (see verbatim.ts), `at` where the node starts; in
   * preformatted text a line feed ends the line (`breakLine`) instead of collapsing.
   */
  append(value: string, runs: Runs | undefined, at: NodeStart | undefined, inLink: boolean, breakLine?: () => void): void {
    const n = value.length;
    let run = 0;
    for (let i = 0; i < n;) {
      let j = i;
      if (isCollapsible(value.charCodeAt(i))) {
        while (j < n && isCollapsible(value.charCodeAt(j))) {
          if (breakLine && value.charCodeAt(j) === 0x0a) breakLine();
          j++;
        }
        this.whiteSpace(value, i, j, runs);
      } else {
        while (j < n && !isCollapsible(value.charCodeAt(j))) j++;
        run = this.characters(value, i, j, runs, run, at);
        if (inLink) this.linkChars += j - i;
        else this.otherChars += j - i;
      }
      i = j;
    }
  }

  private whiteSpace(value: string, i: number, j: number, runs: Runs | undefined): void {
    if (!this.text) return;
    const single = j - i === 1 && value.charCodeAt(i) === 0x20;
    if (!this.space) this.spaceSource = single && runs !== undefined ? sourceOf(runs, i) : -1;
    else this.spaceSource = -1;
    this.space = true;
    for (let k = i; k < j && !this.spaceHasBreak; k++) if (value.charCodeAt(k) === 0x0a || value.charCodeAt(k) === 0x0d) this.spaceHasBreak = true;
  }

  /** Appends value[i, j), characters that are not white space; returns the run cursor for the next call. */
  private characters(value: string, i: number, j: number, runs: Runs | undefined, run: number, at: NodeStart | undefined): number {
    if (!this.text) {
      this.source = this.opening ?? (at && locationOf(at));
      this.opening = undefined;
    } else if (this.space) {
      const dropped = this.spaceHasBreak && isWide(this.text.charCodeAt(this.text.length - 1)) && isWide(value.charCodeAt(i));
      if (!dropped) {
        if (this.spaceSource >= 0) this.piece(this.text.length, 1, this.spaceSource);
        this.text += ' ';
      }
    }
    this.space = false;
    this.spaceHasBreak = false;
    const base = this.text.length - i;
    this.text += value.slice(i, j);
    if (runs === undefined) return run;
    if (typeof runs === 'number') {
      this.piece(base + i, j - i, runs + i);
      return run;
    }
    while (run < runs.length && runs[run + 1] <= i) run += 3;
    for (let r = run; r < runs.length && runs[r] < j; r += 3) {
      const s = Math.max(i, runs[r]);
      const e = Math.min(j, runs[r + 1]);
      if (e > s) this.piece(base + s, e - s, runs[r + 2] + s - runs[r]);
    }
    return run;
  }

  /** Adds a verbatim piece, joined to the last one when both the text and the page continue it. */
  private piece(start: number, length: number, source: number): void {
    const last = this.pieces[this.pieces.length - 1];
    if (last && last.end === start && last.source + (last.end - last.start) === source) last.end += length;
    else this.pieces.push({ start, end: start + length, source });
  }

  /** Ends the line: returns it unless it has no characters, and starts an empty one. */
  take(): Line | undefined {
    const line = this.text ? { text: this.text, pieces: this.pieces, source: this.source, linkOnly: this.linkChars > 0 && this.otherChars === 0 } : undefined;
    if (this.text) {
      this.text = '';
      this.pieces = [];
      this.source = undefined;
    }
    this.linkChars = this.otherChars = 0;
    this.space = this.spaceHasBreak = false;
    this.spaceSource = -1;
    return line;
  }
}

/** The page offset of value index `i`, or -1 when it is not in a verbatim run. */
function sourceOf(runs: Runs, i: number): number {
  if (typeof runs === 'number') return runs + i;
  for (let r = 0; r < runs.length; r += 3) if (i >= runs[r] && i < runs[r + 1]) return runs[r + 2] + i - runs[r];
  return -1;
}

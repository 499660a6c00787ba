import { LineStore } from '../text/lineStore';
import { breakLength, hasBreak, splitLines } from '../text/lines';
import type { Position } from '../text/lines';

/** A change as an editor sends it (an LSP content change): a range of positions and its new text, or a whole text. */
export interface PositionChange {
  range?: { start: Position; end: Position };
  text: string;
}

/** What applying changes needs of a document: its lines as they are before the changes. */
export interface LineSource {
  readonly length: number;
  readonly lineCount: number;
  offsetAt(position: Position): number;
  textBetween(start: number, end: number): string;
}

/** One replacement of the source's text: [start, end) becomes `text`. */
export interface OffsetEdit {
  start: number;
  end: number;
  text: string;
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);
const finite = (n: number) => (Number.isFinite(n) ? n : 0);

/**
 * Changes applied to the lines they touch, one after another, each at positions in the text the ones before it
 * made, and given back as one edit of the source. The lines between the first and the last line touched are read
 * once, as a list of lines: a change costs its lines, not the text, so a change set of a hundred thousand
 * changes costs about as much as its lines and changes together.
 *
 * Positions are clamped as LSP clamps them (vscode-languageserver-textdocument): a line before the first is the
 * text's start, one after the last its end, a character past a line's end is that end, before the line break;
 * and a range whose end comes before its start is the range between them.
 */
export class LineWindow {
  /** The source's lines [first, end) are `lines` now. */
  private first = 0;
  private end = 0;
  private readonly lines = new LineStore();

  constructor(private readonly source: LineSource) {}

  get lineCount(): number {
    return this.source.lineCount + this.lines.length - (this.end - this.first);
  }

  apply(range: { start: Position; end: Position }, text: string): void {
    let { start, end } = range;
    if (before(end, start)) [start, end] = [end, start];
    const s = this.clampLine(start);
    const e = this.clampLine(end);
    // The line before too: a lone CR ending it and an LF starting the change are one CRLF now.
    this.cover(Math.max(0, s.line - 1), e.line);
    const i = s.line - this.first;
    const j = e.line - this.first;
    const startLine = this.lines.get(i);
    const endLine = this.lines.get(j);
    const head = startLine.slice(0, this.clampCharacter(startLine, s.character));
    let joined = head + text + endLine.slice(this.clampCharacter(endLine, e.character));
    let from = i;
    if (!head && joined.charCodeAt(0) === 10 && i > 0) {
      const above = this.lines.get(i - 1);
      if (above.charCodeAt(above.length - 1) === 13) {
        joined = above + joined;
        from = i - 1;
      }
    }
    // Text without a line break makes one line of the lines it spans (the break it ends with is the last one's).
    if (from === i && !hasBreak(text)) return this.lines.replace(i, j + 1, [joined]);
    const replaced = splitLines(joined);
    // The text after the last break is the line after the change, unless the change reached the text's last line.
    if (breakLength(endLine)) replaced.pop();
    this.lines.replace(from, j + 1, replaced);
  }

  /** The changes as one edit of the source: the lines they touched, less what did not change at either end. */
  edit(): OffsetEdit | undefined {
    if (!this.lines.length) return undefined;
    const start = this.lineStart(this.first);
    const end = this.end >= this.source.lineCount ? this.source.length : this.lineStart(this.end);
    const old = this.source.textBetween(start, end);
    const text = this.lines.join();
    let a = 0;
    const n = Math.min(old.length, text.length);
    while (a < n && old.charCodeAt(a) === text.charCodeAt(a)) a++;
    let b = 0;
    while (b < n - a && old.charCodeAt(old.length - 1 - b) === text.charCodeAt(text.length - 1 - b)) b++;
    return { start: start + a, end: end - b, text: text.slice(a, text.length - b) };
  }

  /** A position's line within the text (current numbering); the character is clamped once the line is read. */
  private clampLine(p: Position): Position {
    const line = finite(p.line);
    if (line < 0) return { line: 0, character: 0 };
    if (line >= this.lineCount) return { line: this.lineCount - 1, character: Infinity };
    return { line, character: finite(p.character) };
  }

  private clampCharacter(line: string, character: number): number {
    return Math.max(0, Math.min(character, line.length - breakLength(line)));
  }

  /** Makes lines [a, b] (current numbering) part of the window, reading those not in it from the source. */
  private cover(a: number, b: number): void {
    if (!this.lines.length) {
      this.first = a;
      this.end = a;
    }
    if (a < this.first) {
      this.lines.replace(0, 0, this.read(a, this.first));
      this.first = a;
    }
    const last = this.first + this.lines.length - 1;
    if (b > last) {
      const sourceLine = b - (this.lines.length - (this.end - this.first));
      this.lines.replace(this.lines.length, this.lines.length, this.read(this.end, sourceLine + 1));
      this.end = sourceLine + 1;
    }
  }

  /** The source's lines [a, b), each with its break. */
  private read(a: number, b: number): string[] {
    const toEnd = b >= this.source.lineCount;
    const lines = splitLines(this.source.textBetween(this.lineStart(a), toEnd ? this.source.length : this.lineStart(b)));
    if (!toEnd) lines.pop();
    return lines;
  }

  private lineStart(line: number): number {
    return this.source.offsetAt({ line, character: 0 });
  }
}

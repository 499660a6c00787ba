import type { TextEdit } from '../types';

/**
 * Applies edits to a text. Edits are sorted; one that overlaps an edit already taken is skipped (a later pass
 * picks it up if it still applies); identical edits count once. Returns the new text and the edits taken.
 */
export function applyEdits(text: string, edits: TextEdit[]): { text: string; applied: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: TextEdit[] = [];
  for (const e of sorted) {
    const last = applied[applied.length - 1];
    if (last && last.start === e.start && last.end === e.end && last.text === e.text) continue;
    if (last && (e.start < last.end || (e.start === last.start && e.start === e.end))) continue;
    applied.push(e);
  }
  let out = '';
  let pos = 0;
  for (const e of applied) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  out += text.slice(pos);
  return { text: out, applied };
}

type Piece = { start: number; end: number } | { text: string };

/**
 * Composes edits made in successive passes into edits of the original text (a piece table), so that the whole
 * change can be sent as minimal edits (LSP) or spliced into the original bytes (CLI).
 */
export class EditLog {
  private pieces: Piece[];

  constructor(private readonly original: string) {
    this.pieces = [{ start: 0, end: original.length }];
  }

  /** Records one pass's disjoint edits, given in the coordinates of the text that pass was computed on. */
  record(applied: TextEdit[]): void {
    for (const e of [...applied].sort((a, b) => b.start - a.start)) this.replace(e);
  }

  private replace(e: TextEdit): void {
    const out: Piece[] = [];
    let pos = 0;
    let inserted = false;
    const put = () => {
      if (!inserted) {
        if (e.text) out.push({ text: e.text });
        inserted = true;
      }
    };
    for (const p of this.pieces) {
      const len = 'text' in p ? p.text.length : p.end - p.start;
      const a = pos;
      const b = pos + len;
      pos = b;
      if (b <= e.start && !(b === e.start && len === 0)) {
        out.push(p);
        continue;
      }
      if (a >= e.end && a > e.start) {
        put();
        out.push(p);
        continue;
      }
      // The piece overlaps [e.start, e.end): keep what lies outside it.
      const keepHead = Math.max(0, e.start - a);
      const keepTail = Math.max(0, b - e.end);
      if (keepHead) out.push(slice(p, 0, keepHead));
      if (e.start <= b) put();
      if (keepTail) out.push(slice(p, len - keepTail, len));
    }
    put();
    this.pieces = out;
  }

  /** The composed change as disjoint edits of the original text, each trimmed to the characters that differ. */
  edits(): TextEdit[] {
    const result: TextEdit[] = [];
    let origPos = 0;
    let open: { start: number; text: string } | undefined;
    for (const p of this.pieces) {
      if ('text' in p) {
        open ??= { start: origPos, text: '' };
        open.text += p.text;
        continue;
      }
      if (p.start !== origPos) open ??= { start: origPos, text: '' };
      if (open) result.push({ start: open.start, end: p.start, text: open.text });
      open = undefined;
      origPos = p.end;
    }
    if (open || origPos !== this.original.length) result.push({ start: open ? open.start : origPos, end: this.original.length, text: open?.text ?? '' });
    return result.map((e) => trim(this.original, e)).filter((e) => e.start !== e.end || e.text !== '');
  }
}

function slice(p: Piece, from: number, to: number): Piece {
  return 'text' in p ? { text: p.text.slice(from, to) } : { start: p.start + from, end: p.start + to };
}

/** Drops the characters an edit would leave as they are at either end. */
function trim(original: string, e: TextEdit): TextEdit {
  let { start, end, text } = e;
  while (start < end && text && original[start] === text[0]) {
    start++;
    text = text.slice(1);
  }
  while (end > start && text && original[end - 1] === text[text.length - 1]) {
    end--;
    text = text.slice(0, -1);
  }
  return { start, end, text };
}

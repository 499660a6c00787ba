// `--diff`: the fixes as a unified diff, nothing written. The fixes are minimal edits of the text, so each hunk is
// built from the edits themselves: the lines they touch, with three lines of context, before and after.
import { applyEdits, LineIndex, type TextEdit } from '../core';

const CONTEXT = 3;

interface Block {
  /** Old lines [first, last] the edits touch, and the edits. */
  first: number;
  last: number;
  edits: TextEdit[];
}

/** Lines of a text with their breaks (a CRLF line keeps its CR, as patch wants it); a last line may have none. */
function linesOf(text: string): string[] {
  return text.split(/(?<=\n)/).filter((l) => l !== '');
}

/** A diff line: the mark, the line, and git's note when the file's last line has no break. */
const line = (mark: string, l: string) => (l.endsWith('\n') ? `${mark}${l}` : `${mark}${l}\n\\ No newline at end of file\n`);

/** The edits (ascending, disjoint) grouped by the lines they touch, groups near each other joined into one hunk. */
function blocksOf(index: LineIndex, edits: TextEdit[]): Block[] {
  const out: Block[] = [];
  for (const e of edits) {
    const first = index.positionAt(e.start).line;
    const last = index.positionAt(e.end).line;
    const prev = out[out.length - 1];
    if (prev && first - prev.last <= 2 * CONTEXT) {
      prev.last = Math.max(prev.last, last);
      prev.edits.push(e);
    } else {
      out.push({ first, last, edits: [e] });
    }
  }
  return out;
}

/** The unified diff of a file's fixes (`a/` and `b/` before its path, as git writes it); empty when there are none. */
export function unifiedDiff(path: string, text: string, edits: TextEdit[]): string {
  if (!edits.length) return '';
  const index = new LineIndex(text);
  const old = linesOf(text);
  const out = [`--- a/${path}\n`, `+++ b/${path}\n`];
  // A CR alone ends a line for the line index but not for patch: such a text is one hunk, the whole of it.
  if (/\r(?!\n)/.test(text)) {
    const [removed, added] = [linesOf(text), linesOf(applyEdits(text, edits).text)];
    out.push(`@@ -1,${removed.length} +1,${added.length} @@\n`);
    for (const l of removed) out.push(line('-', l));
    for (const l of added) out.push(line('+', l));
    return out.join('');
  }
  let shift = 0;
  for (const b of blocksOf(index, edits)) {
    const blockStart = index.offsetAt({ line: b.first, character: 0 });
    const blockEnd = b.last + 1 < index.lineCount ? index.offsetAt({ line: b.last + 1, character: 0 }) : text.length;
    const local = b.edits.map((e) => ({ ...e, start: e.start - blockStart, end: e.end - blockStart }));
    const replaced = linesOf(applyEdits(text.slice(blockStart, blockEnd), local).text);
    const removed = old.slice(b.first, b.last + 1);
    const before = old.slice(Math.max(0, b.first - CONTEXT), b.first);
    const after = old.slice(b.last + 1, b.last + 1 + CONTEXT);
    const oldStart = b.first - before.length + 1;
    const oldCount = before.length + removed.length + after.length;
    const newCount = before.length + replaced.length + after.length;
    out.push(`@@ -${oldStart},${oldCount} +${oldStart + shift},${newCount} @@\n`);
    for (const l of before) out.push(line(' ', l));
    for (const l of removed) out.push(line('-', l));
    for (const l of replaced) out.push(line('+', l));
    for (const l of after) out.push(line(' ', l));
    shift += replaced.length - removed.length;
  }
  return out.join('');
}

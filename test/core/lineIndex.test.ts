// A line index carried over an edit (LineIndex.edited, which a keystroke in a report of millions of lines uses
// instead of counting its lines again) equals the index made afresh of the edited text: at LF, CRLF and lone CR,
// an edit that splits or joins a CRLF, at the text's ends.
import * as assert from 'assert';
import fc from 'fast-check';
import { LineIndex, ReportDocument } from '../../server/src/core';
import { readReport } from '../support/reports';

const piece = fc.constantFrom('a', '字', ' ', '\n', '\r', '\r\n', '\n\n', '\t');
const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));

/** Every position and offset the two indexes answer for `text`. */
function sameIndex(edited: LineIndex, fresh: LineIndex, text: string): void {
  assert.strictEqual(edited.lineCount, fresh.lineCount);
  for (let o = 0; o <= text.length; o++) assert.deepStrictEqual(edited.positionAt(o), fresh.positionAt(o), `offset ${o}`);
  for (let line = 0; line < fresh.lineCount; line++) {
    assert.strictEqual(edited.offsetAt({ line, character: 0 }), fresh.offsetAt({ line, character: 0 }), `line ${line}`);
    assert.strictEqual(edited.contentEnd(line), fresh.contentEnd(line), `end of line ${line}`);
  }
}

describe('line index: carried over an edit, as made afresh', () => {
  it('random edits of random texts of LF, CRLF and lone CR', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), text, (before, a, b, inserted) => {
        const start = a % (before.length + 1);
        const end = start + (b % (before.length - start + 1));
        const after = before.slice(0, start) + inserted + before.slice(end);
        sameIndex(new LineIndex(before).edited(after, start, end, inserted.length), new LineIndex(after), after);
      }),
      { numRuns: 3000 },
    );
  });

  it('edits that make and unmake a CRLF across the edit\'s bounds', () => {
    const cases: [string, number, number, string][] = [
      ['a\r', 2, 2, '\nb'], ['a\rb', 2, 3, '\n'], ['\nb', 0, 0, 'a\r'], ['a\r\nb', 2, 3, ''], ['a\r\nb', 1, 2, ''], ['a\r\nb', 2, 2, 'x'], ['\r\n\r\n', 1, 3, ''],
    ];
    for (const [before, start, end, inserted] of cases) {
      const after = before.slice(0, start) + inserted + before.slice(end);
      sameIndex(new LineIndex(before).edited(after, start, end, inserted.length), new LineIndex(after), after);
    }
  });

  it('a document whose positions are read between keystrokes: its lines after each edit are those of its text', () => {
    const base = readReport('001_5f52f77d1e58bc3f.txt');
    const doc = new ReportDocument(base);
    let current = base;
    fc.assert(
      fc.property(fc.nat(), fc.nat(20), fc.constantFrom('1', '\n', '\r\n', '', '字\r'), (at, length, inserted) => {
        doc.positionAt(current.length); // its line index made, as the server's positions make it
        const start = at % (current.length + 1);
        const end = Math.min(current.length, start + length);
        doc.edit(start, end, inserted);
        current = current.slice(0, start) + inserted + current.slice(end);
        const fresh = new LineIndex(current);
        assert.strictEqual(doc.lineCount, fresh.lineCount);
        for (const o of [0, start, start + inserted.length, current.length]) assert.deepStrictEqual(doc.positionAt(o), fresh.positionAt(o));
      }),
      { numRuns: 300 },
    );
    assert.strictEqual(doc.getText(), current);
  });
});

import * as assert from 'assert';
import fc from 'fast-check';
import { applyEdits, EditLog } from '../../server/src/core';
import type { TextEdit } from '../../server/src/core';

/** Disjoint edits of a text of length n. */
const editsOf = (n: number) =>
  fc.array(fc.tuple(fc.nat(n), fc.nat(3), fc.string({ maxLength: 3 })), { maxLength: 4 }).map((xs) => {
    const sorted = xs.map(([s, len, text]) => ({ start: Math.min(s, n), end: Math.min(s + len, n), text })).sort((a, b) => a.start - b.start);
    const out: TextEdit[] = [];
    for (const e of sorted) if (!out.length || e.start >= out[out.length - 1].end + 1) out.push(e);
    return out;
  });

describe('composing fix passes into edits of the original text', () => {
  it('applying the composed edits to the original gives the text the passes gave', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 30 }), fc.nat(1 << 30), (original, seed) => {
        let current = original;
        const log = new EditLog(original);
        let rnd = seed;
        for (let pass = 0; pass < 3; pass++) {
          const edits = fc.sample(editsOf(current.length), { numRuns: 1, seed: rnd++ })[0];
          const r = applyEdits(current, edits);
          log.record(r.applied);
          current = r.text;
        }
        const composed = log.edits();
        assert.strictEqual(applyEdits(original, composed).text, current);
        for (let i = 1; i < composed.length; i++) assert.ok(composed[i - 1].end <= composed[i].start, 'disjoint and sorted');
      }),
      { numRuns: 500 },
    );
  });

  it('an edit that puts back what was there leaves no edit at all', () => {
    const log = new EditLog('a 170 b');
    log.record([{ start: 2, end: 5, text: '171' }]);
    log.record([{ start: 2, end: 5, text: '170' }]);
    assert.deepStrictEqual(log.edits(), []);
  });

  it('overlapping edits in one pass: the later one waits', () => {
    const r = applyEdits('abcdef', [{ start: 1, end: 3, text: 'X' }, { start: 2, end: 4, text: 'Y' }, { start: 1, end: 3, text: 'X' }]);
    assert.deepStrictEqual([r.text, r.applied.length], ['aXdef', 1]);
  });
});

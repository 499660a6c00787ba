import * as assert from 'assert';
import fc from 'fast-check';
import { LineStore } from '../../server/src/core/text/lineStore';
import { splitLines } from '../../server/src/core/text/lines';

/** A replacement of lines [from, to) by `count` new lines, drawn as fractions of the list it applies to. */
const replacement = fc.record({ from: fc.double({ min: 0, max: 1, noNaN: true }), span: fc.nat(1200), count: fc.nat(1500) });

describe('line store: chunked lines replaced as an array splices them', () => {
  it('random replacements across chunk bounds (inserting, deleting, emptying it) read back as an array does', () => {
    fc.assert(fc.property(fc.array(replacement, { minLength: 1, maxLength: 30 }), (ops) => {
      const store = new LineStore();
      const array: string[] = [];
      let n = 0;
      for (const op of ops) {
        const from = Math.floor(op.from * array.length);
        const to = Math.min(array.length, from + op.span);
        const lines = Array.from({ length: op.count }, () => `${n++}\n`);
        store.replace(from, to, lines);
        array.splice(from, to - from, ...lines);
        assert.strictEqual(store.length, array.length);
        for (const i of [0, from, from + op.count - 1, array.length - 1, Math.floor(array.length / 2)]) {
          if (i >= 0 && i < array.length) assert.strictEqual(store.get(i), array[i], `line ${i}`);
        }
      }
      assert.strictEqual(store.join(), array.join(''));
    }), { numRuns: 300 });
  });

  it('splits a text at LF, CRLF and lone CR, each line with its break, the rest last', () => {
    assert.deepStrictEqual(splitLines('a\nb\r\nc\rd'), ['a\n', 'b\r\n', 'c\r', 'd']);
    assert.deepStrictEqual(splitLines('a\n'), ['a\n', '']);
    assert.deepStrictEqual(splitLines(''), ['']);
    assert.deepStrictEqual(splitLines('\r\r\n\n'), ['\r', '\r\n', '\n', '']);
  });
});

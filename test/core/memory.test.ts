// A text's shape does not make its check need a heap many times its size: a table of millions of empty cells, a Word
// row of a million cells, a million rows, a million lines, and the prose paragraphs and sentences of a million short
// lines are held as offsets, not as an object or a number each; a space-aligned run of table lines longer than any
// template table is not laid out.
// Each text is checked in a process of its own with a small heap, which an object per cell or line would overflow.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { buildReport } from '../../server/src/core';

const CORE = path.resolve(__dirname, '../../server/src/core');
const SHAPES = path.resolve(__dirname, '../support/textShapes');
/** A heap of this many MB, for texts of 3 MB: an object per cell, row or sentence overflowed it (they took 100 to 400 MB). */
const HEAP_MB = 32;
const TEXT_BYTES = 3e6;

/** Runs `script` (with `core` and `shapes` required) in a child process with a heap of HEAP_MB; its stdout. */
function inSmallHeap(script: string): { status: number | null; stdout: string; stderr: string } {
  const prelude = `const core = require(${JSON.stringify(CORE)}); const shapes = require(${JSON.stringify(SHAPES)});`;
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '-e', prelude + script], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.slice(-500) };
}

describe('memory: the shape of a text does not multiply the heap its check needs', () => {
  for (const shape of ['tabs', 'rows', 'word rows', 'row', 'cells', 'pipes', 'lines', 'aligned']) {
    it(`3 MB of "${shape}" is checked in a ${HEAP_MB} MB heap`, () => {
      const text = `shapes.textShape(${JSON.stringify(shape)}).make(${TEXT_BYTES})`;
      const r = inSmallHeap(`process.stdout.write(String(new core.ReportDocument(${text}, { outline: false }).diagnostics().length));`);
      assert.strictEqual(r.status, 0, r.stderr);
      assert.ok(Number(r.stdout) >= 1, `findings: ${r.stdout}`);
    });
  }

  it(`the line positions of 8 MB of blank lines fit a ${HEAP_MB} MB heap (a number each took 64 MB and more)`, () => {
    const r = inSmallHeap(`const lines = new core.LineIndex('\\n'.repeat(8e6)); process.stdout.write(JSON.stringify([lines.lineCount, lines.positionAt(4e6), lines.offsetAt({ line: 7999999, character: 0 })]));`);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.deepStrictEqual(JSON.parse(r.stdout), [8_000_001, { line: 4_000_000, character: 0 }, 7_999_999]);
  });

  it('a run of space-aligned table lines longer than any template table is a table that cannot be read, not laid out', () => {
    const line = '行政许可          12          3          0          15\n';
    const inSectionThree = (rows: number) => buildReport(`三、收到和处理政府信息公开申请情况\n${line.repeat(rows)}四、政府信息公开行政复议、行政诉讼情况\n`);
    const long = inSectionThree(1500);
    assert.deepStrictEqual(long.tables.map((t) => [t.number, t.unreadable]), [[3, 'shape']]);
    assert.deepStrictEqual(long.tables[0].range, { start: long.text.indexOf(line), end: long.text.lastIndexOf(line) + line.length - 1 });
    assert.strictEqual(long.paragraphs.length, 0);
    // A run a template table could be is laid out and read: these rows announce no table, and make none.
    assert.deepStrictEqual(inSectionThree(900).tables, []);
  });
});

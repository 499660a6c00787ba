// A text's shape does not make its check need a heap many times its size: a table of millions of empty cells, a Word
// row of a million cells, a million rows are held as offsets, not as an object each. Each text is checked in a
// process of its own with a small heap, which a reader holding an object per cell or line would overflow.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';

const CORE = path.resolve(__dirname, '../../server/src/core');
const SHAPES = path.resolve(__dirname, '../support/textShapes');
/** A heap of this many MB, for texts of 3 MB: an object per cell or row overflowed it (they took 100 to 400 MB). */
const HEAP_MB = 32;
const TEXT_BYTES = 3e6;

/** The number of findings of the text of a shape, checked in a child process with a heap of HEAP_MB. */
function checkInSmallHeap(shape: string): { status: number | null; findings: number; stderr: string } {
  const script = `
    const { ReportDocument } = require(${JSON.stringify(CORE)});
    const text = require(${JSON.stringify(SHAPES)}).textShape(${JSON.stringify(shape)}).make(${TEXT_BYTES});
    process.stdout.write(String(new ReportDocument(text, { outline: false }).diagnostics().length));`;
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '-e', script], { encoding: 'utf8' });
  return { status: r.status, findings: Number(r.stdout), stderr: r.stderr.slice(-500) };
}

describe('memory: the shape of a text does not multiply the heap its check needs', () => {
  for (const shape of ['tabs', 'row', 'rows', 'cells', 'pipes']) {
    it(`3 MB of "${shape}" is checked in a ${HEAP_MB} MB heap`, () => {
      const r = checkInSmallHeap(shape);
      assert.strictEqual(r.status, 0, r.stderr);
      assert.ok(r.findings >= 1, `findings: ${r.findings}`);
    });
  }
});

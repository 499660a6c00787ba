// The readers stop at a hostile file's first sign of being one, before it costs memory: tables or elements nested
// a hundred thousand deep (a million w:pPr) are refused by a reader running in a small heap, which building their
// tree overflowed (the .docx files took 250 and 390 MB, the pages 180 and 470 MB). Each file is read in a process of
// its own.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';

const READERS = path.resolve(__dirname, '../../server/src/readers');
const SHAPES = path.resolve(__dirname, '../support/readerShapes');
/** A heap of this many MB: the refused files are 1 to 3 MB of markup (the .docx 4 MB inflated). */
const HEAP_MB = 32;

/** The reason the reader gives for the shape at scale `n`, read in a child process with a heap of HEAP_MB. */
function reasonInSmallHeap(shape: { builder: string; extension: string }, n: number): { status: number | null; stdout: string; stderr: string } {
  const script = `const readers = require(${JSON.stringify(READERS)}); const shapes = require(${JSON.stringify(SHAPES)});
    const bytes = shapes[${JSON.stringify(shape.builder)}](${n});
    readers.sniffFile(bytes, ${JSON.stringify(shape.extension)}).reader.read(bytes).then(() => process.stdout.write('read'), (e) => process.stdout.write(e.reason ?? String(e)));`;
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '-e', script], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.slice(-500) };
}

describe(`readers: hostile nesting is refused within a ${HEAP_MB} MB heap`, () => {
  const shapes = [
    { name: 'docx nested tables', builder: 'nestedTables', extension: '.docx', n: 1e5 },
    { name: 'docx opened properties', builder: 'openedProperties', extension: '.docx', n: 1e6 },
    { name: 'html nested divs', builder: 'nestedDivs', extension: '.html', n: 1e5 },
    { name: 'html nested tables', builder: 'nestedHtmlTables', extension: '.html', n: 1e5 },
  ];
  for (const shape of shapes) {
    it(`${shape.name}, ${shape.n} deep: too-deep`, () => {
      const r = reasonInSmallHeap(shape, shape.n);
      assert.strictEqual(r.status, 0, r.stderr);
      assert.strictEqual(r.stdout, 'too-deep');
    });
  }
});

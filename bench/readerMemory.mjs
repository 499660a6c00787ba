// Part 16's second half: hostile files through the readers (test/support/readerShapes.ts: a .docx of tables nested
// a hundred thousand deep, a .docx whose part lies about its size, pages nested as deep, …) at two scales, each read
// by its reader (sniffed as the CLI sniffs it) in a fresh process started with --expose-gc, after a small file of
// the same format has loaded the reader's libraries. Reported per shape and scale: what the reader answered, the
// peak resident memory the read added per byte of the file, the time per byte; per shape, how the time per byte
// grew from the smaller scale to the larger (×1 is linear; a read whose cost grows with the square of the depth
// grows by about the ratio of the scales). A .docx is deflated several hundred to one: its bytes per file byte count
// the inflating of its part (bounded by the reader's 64 MB part limit).
//
// BENCH_QUICK=1 divides the scales by ten; BENCH_MEMORY_SHAPES picks shapes by name, as for the text shapes.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { memory, peakSince, resetPeak } from './peakMemory.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, process.env.BENCH_OUT ?? 'out');
const require = createRequire(import.meta.url);
const TIMEOUT_S = Number(process.env.BENCH_MEMORY_TIMEOUT ?? 300);
const SCALE_DIVISOR = process.env.BENCH_QUICK ? 10 : 1;

/** What a reader made of a file: how many blocks it read, or why it refused it. */
async function outcome(reader, bytes) {
  try {
    return `read: ${(await reader.read(bytes)).blocks.length} blocks`;
  } catch (e) {
    return e.reason ? `refused: ${e.reason}` : `threw: ${e.message}`;
  }
}

/**
 * In the child: read a small file of the shape's format, then the file made by the parent (made here, its markup
 * would leave the allocator holding pages the read then reuses unseen), reset the high-water mark, read, print as JSON.
 */
async function measureHere(name, file) {
  const { sniffFile } = require(path.join(OUT, 'server/src/readers/index.js'));
  const shape = require(path.join(OUT, 'test/support/readerShapes.js')).readerShape(name);
  const readerOf = (bytes) => sniffFile(bytes, `.${shape.format}`).reader;
  const small = shape.make(1);
  await outcome(readerOf(small), small);
  const bytes = new Uint8Array(fs.readFileSync(file));
  global.gc();
  const resettable = resetPeak();
  const before = memory();
  const t0 = process.hrtime.bigint();
  const answer = await outcome(readerOf(bytes), bytes);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(JSON.stringify({ bytes: bytes.length, ms, outcome: answer, added: peakSince(resettable) - before.rss }));
}

/** One shape at one scale: the file made here, read in a fresh process. */
function measure(shape, n) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-bench-reader-'));
  const file = path.join(dir, 'input');
  fs.writeFileSync(file, shape.make(n));
  const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child', shape.name, file], { encoding: 'utf8', maxBuffer: 1 << 20, timeout: TIMEOUT_S * 1000 });
  fs.rmSync(dir, { recursive: true, force: true });
  return measured(shape.name, n, child);
}

function measured(shape, n, child) {
  if (child.error?.code === 'ETIMEDOUT') return { shape, n, failed: `stopped after ${TIMEOUT_S} s` };
  if (child.status !== 0) return { shape, n, failed: `exit ${child.status ?? child.signal}: ${child.stderr.trim().split('\n').filter(Boolean).slice(-1)[0] ?? ''}` };
  const r = JSON.parse(child.stdout);
  return { shape, n, bytes: r.bytes, ms: r.ms, outcome: r.outcome, addedMB: r.added / 1e6, bytesPerByte: r.added / r.bytes, usPerKB: (r.ms * 1000) / (r.bytes / 1000) };
}

const fmt = (x, d = 1) => (x >= 100 ? x.toFixed(0) : x.toFixed(d));

/** The reader shapes at both scales, a row each, then a row per shape on how the time per byte grew. */
export function readerMemoryPart(ctx) {
  const { READER_SHAPES } = require(path.join(OUT, 'test/support/readerShapes.js'));
  const picked = process.env.BENCH_MEMORY_SHAPES?.split(',');
  const shapes = READER_SHAPES.filter((s) => !picked || picked.includes(s.name));
  if (!shapes.length) return undefined;
  ctx.section('16. Hostile files through the readers: what the reader answers, peak RSS the read adds per file byte, time per byte (fresh process each)');
  ctx.row('shape', 'what', 'n', 'file KB', 'answer', 'RSS added MB', 'RSS bytes per file byte', 'ms', 'µs per file KB');
  const measured = [];
  for (const s of shapes) {
    for (const scale of s.scales) {
      const n = scale / SCALE_DIVISOR;
      process.stderr.write(`  ${s.name}, n = ${n}\n`);
      const m = measure(s, n);
      measured.push(m);
      if (m.failed) ctx.row(s.name, s.what, n, '', `failed (${m.failed})`, '', '', '', '');
      else ctx.row(s.name, s.what, n, fmt(m.bytes / 1000), m.outcome, fmt(m.addedMB), fmt(m.bytesPerByte), fmt(m.ms), fmt(m.usPerKB, 2));
    }
  }
  ctx.section('16. Hostile files through the readers: how the time per byte grew with the scale (×1 is linear)');
  ctx.row('shape', 'scales', 'time per byte, larger / smaller');
  const growth = shapes.map((s) => {
    const [small, large] = measured.filter((m) => m.shape === s.name);
    const ratio = small.failed || large.failed ? undefined : large.usPerKB / small.usPerKB;
    ctx.row(s.name, `${small.n} → ${large.n}`, ratio === undefined ? 'failed' : `×${ratio.toFixed(2)}`);
    return { shape: s.name, timeGrowth: ratio };
  });
  return { measured, growth };
}

if (process.argv[2] === '--child') await measureHere(process.argv[3], process.argv[4]);

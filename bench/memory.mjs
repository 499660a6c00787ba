// Memory by the shape of the input (part 16 of bench/run.mjs, or alone: `node bench/memory.mjs`): texts of one
// shape each (test/support/textShapes.ts: tab-only lines, a table 3 of a million rows, blank lines, the real reports
// one after another, …) at two sizes, each checked as `govreport check` does (a ReportDocument's diagnostics, no
// outline) in a fresh process started with --expose-gc. Reported per shape and size: the peak resident memory the
// check added, per byte of UTF-8 input (the text itself, made before, is not counted), and MB/s; per shape whether
// it stays within the target of 20 bytes of RSS per input byte at both sizes, and how the time per byte grew.
//
// Hostile files through the readers (nesting, bombs, lying zips) are measured the same way by part 20, the long run.
//
// Any text shape over the target at either size fails the part: `memoryFailures` names them, and run.mjs and this file
// alone exit with 1 after printing every row.
//
// The peak is the kernel's high-water mark (VmHWM), reset once the text is made: a sampling timer would not run
// while the check holds the thread. BENCH_QUICK=1 uses 1 and 4 MB, and fails on nothing (at 1 MB the fixed cost
// is most of it); BENCH_MEMORY_SHAPES=tabs,rows picks shapes; a check still running after BENCH_MEMORY_TIMEOUT
// seconds (300) is stopped.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { memory, peakSince, resetPeak } from './peakMemory.mjs';
import { printRows } from './table.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The compiled tree: `out` (npm run build), or BENCH_OUT. */
const OUT = path.join(ROOT, process.env.BENCH_OUT ?? 'out');
const require = createRequire(import.meta.url);
const MB = 1e6;
/** Bytes of RSS per byte of input the check may add, whatever the input's shape. */
export const TARGET_BYTES_PER_BYTE = 20;
const FULL_SIZES_MB = [4, 16];
const SIZES_MB = process.env.BENCH_QUICK ? [1, 4] : FULL_SIZES_MB;
/** A check that takes longer than this (seconds; BENCH_MEMORY_TIMEOUT) is stopped and reported as such. */
const TIMEOUT_S = Number(process.env.BENCH_MEMORY_TIMEOUT ?? 300);

/** In the child: make the text, reset the high-water mark, check, and print what it took as JSON. */
function measureHere(shape, bytes) {
  const { ReportDocument } = require(path.join(OUT, 'server/src/core'));
  const text = require(path.join(OUT, 'test/support/textShapes.js')).textShape(shape).make(bytes);
  global.gc();
  const resettable = resetPeak();
  const before = memory();
  const t0 = process.hrtime.bigint();
  const findings = new ReportDocument(text, { outline: false }).diagnostics().length;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const peak = peakSince(resettable);
  process.stdout.write(JSON.stringify({ bytes: Buffer.byteLength(text, 'utf8'), ms, findings, added: peak - before.rss }));
}

/** One shape at one size, in a fresh process. */
function measure(shape, sizeMB) {
  const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child', shape, String(sizeMB * MB)], { encoding: 'utf8', maxBuffer: 1 << 20, timeout: TIMEOUT_S * 1000 });
  if (child.error?.code === 'ETIMEDOUT') return { shape, sizeMB, failed: `stopped after ${TIMEOUT_S} s` };
  if (child.status !== 0) return { shape, sizeMB, failed: `exit ${child.status ?? child.signal}: ${child.stderr.trim().split('\n').filter(Boolean).slice(-1)[0] ?? ''}` };
  const r = JSON.parse(child.stdout);
  return { shape, sizeMB, bytes: r.bytes, ms: r.ms, findings: r.findings, bytesPerByte: r.added / r.bytes, mbps: r.bytes / MB / (r.ms / 1000) };
}

const fmt = (x, d = 1) => (x >= 100 ? x.toFixed(0) : x.toFixed(d));

/**
 * The part: every shape at both sizes, a row each, then a row per shape on the target. `ctx`: run.mjs's row and
 * section, and its results (the figures go under results.memory).
 */
export function memoryPart(ctx) {
  const { TEXT_SHAPES } = require(path.join(OUT, 'test/support/textShapes.js'));
  const picked = process.env.BENCH_MEMORY_SHAPES?.split(',');
  const shapes = TEXT_SHAPES.filter((s) => !picked || picked.includes(s.name));
  ctx.section(`16. Memory by the shape of the input: peak RSS the check adds per input byte, fresh process each (target ≤ ${TARGET_BYTES_PER_BYTE})`);
  ctx.row('shape', 'what', 'MB', 'RSS bytes per input byte', 'MB/s', 'findings');
  const measured = [];
  for (const s of shapes) {
    for (const sizeMB of SIZES_MB) {
      process.stderr.write(`  ${s.name}, ${sizeMB} MB\n`);
      const m = measure(s.name, sizeMB);
      measured.push(m);
      if (m.failed) ctx.row(s.name, s.what, sizeMB, `failed (${m.failed})`, '', '');
      else ctx.row(s.name, s.what, fmt(m.bytes / MB, 2), fmt(m.bytesPerByte), fmt(m.mbps), m.findings);
    }
  }
  ctx.section(`16. Memory by the shape of the input: the target per shape (≤ ${TARGET_BYTES_PER_BYTE} bytes of RSS per input byte at ${SIZES_MB.join(' and ')} MB)`);
  ctx.row('shape', 'met', 'worst bytes per byte', `time per byte, ${SIZES_MB[1]} MB / ${SIZES_MB[0]} MB`);
  const verdicts = shapes.map((s) => {
    const [small, large] = measured.filter((m) => m.shape === s.name);
    const failed = small.failed || large.failed;
    const worst = failed ? Infinity : Math.max(small.bytesPerByte, large.bytesPerByte);
    const growth = failed ? undefined : large.ms / large.bytes / (small.ms / small.bytes);
    const met = worst <= TARGET_BYTES_PER_BYTE;
    ctx.row(s.name, met ? 'yes' : 'NO', failed ? 'failed' : fmt(worst), growth === undefined ? '' : `×${growth.toFixed(2)}`);
    return { shape: s.name, met, worstBytesPerByte: worst, timeGrowth: growth };
  });
  ctx.results.memory = { sizesMB: SIZES_MB, target: TARGET_BYTES_PER_BYTE, measured, verdicts };
}

/** What part 16 failed on (a shape over the target, or whose check failed), as a message; undefined when it passed. */
export function memoryFailures(results) {
  // At 1 MB (BENCH_QUICK) a process's fixed cost, tens of MB, is most of what a check adds: the target is judged
  // at the full run's sizes, and a quick run only shows the figures.
  if (results.memory && results.memory.sizesMB[0] < FULL_SIZES_MB[0]) return undefined;
  const over = results.memory?.verdicts.filter((v) => !v.met) ?? [];
  if (!over.length) return undefined;
  const worst = (v) => (Number.isFinite(v.worstBytesPerByte) ? `${fmt(v.worstBytesPerByte)} bytes per byte` : 'its check failed');
  return `part 16 FAILED: over the target of ${TARGET_BYTES_PER_BYTE} bytes of RSS per input byte: ${over.map((v) => `${v.shape} (${worst(v)})`).join(', ')}`;
}

/** Alone: the part's rows as a table. */
function main() {
  const rows = [];
  const results = {};
  memoryPart({ row: (...cells) => rows.push(cells), section: (title) => rows.push([`## ${title}`]), results });
  printRows(rows);
  const failed = memoryFailures(results);
  if (failed) {
    console.error(`\n${failed}`);
    process.exit(1);
  }
}

if (process.argv[2] === '--child') measureHere(process.argv[3], Number(process.argv[4]));
else if (import.meta.url === pathToFileURL(process.argv[1]).href) main();

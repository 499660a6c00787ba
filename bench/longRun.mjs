// The long run under hostile input (part 20 of bench/run.mjs, or alone: `node bench/longRun.mjs`): nothing lost,
// nothing forged, nothing hung. The fuzz suite in npm test (test/core/fuzz.test.ts) draws the same cases from the
// same definitions, a few hundred of each; here there are many more:
//
// - reports: 10^5 texts (mutated real reports, built reports with odd figures in their cells, random text) through
//   the check and fix-all, the fixed text checked again and fixed again (nothing may change);
// - edit sequences: 10^4 sequences of a writer's edits and a careless client's changes through the server's
//   incremental document, its text against vscode-languageserver-textdocument's and its findings against a fresh
//   parse's;
// - files: every shape of test/support/hostileFiles.ts (random bytes, real files cut short or with bytes changed,
//   reports mutated as text, page and .docx, XML damaged, zips of random parts, entity expansion, zip bombs by
//   declared and by lying size, deep nesting, odd PDFs) through the CLI's reading, check and fix of every reader.
//
// The cases run in worker threads, one per core, one case at a time: a case is its kind and a seed (fast-check's
// sample of that seed), and its worker has BENCH_LONG_CASE_LIMIT seconds (30) to answer. A case that throws, breaks a
// property or does not answer in time is a failure (the worker is ended and another started); the first few are
// printed with their seed and the command that runs one again and writes its input to a file. Workers have a heap
// limit (BENCH_LONG_HEAP_MB, 2048), so that a case that eats memory fails instead of the machine.
//
// Time and memory per input byte, by shape: the sized shapes of test/support/hostileSizes.ts (texts and pages to
// megabytes, nesting to 10^5 deep, bombs to gigabytes declared or inflated, PDFs to 1,000 pages), each at growing
// scales. Each scale's file is made here and measured in a fresh child process of its own, one at a time
// (bench/longRunMeasure.mjs, which loads only the product and the properties): it runs a small file of the same
// reader unmeasured (libraries loaded, PDFium's module made, code compiled; small, so that the heap it leaves hides
// little of the case's), runs the collector, resets the kernel's high-water mark of its resident memory
// (/proc/self/clear_refs) and runs the case. The memory a case takes is the high-water mark above the resident memory
// before it (the heap, the WebAssembly memory and the inflaters' buffers alike, at their peak: a sampling timer
// would not run while a reader holds the thread); its time is the case's wall time. Below a megabyte or so the
// figure is the collector's slack rather than the case's (the heap already holds free pages a small case fills),
// and a fresh process runs its first megabytes in V8's lower tiers: time per byte falls as the size grows, so one
// that grows is the sign of a cost that grows faster than the input.
// A shape is linear when neither its time nor its memory per unit of its scale (per byte, per level of nesting, per
// page, per inflated megabyte) grows more than ×4 from its smallest scale to its largest (scales span ×16 to ×100:
// a cost of the square of the size shows ×16 or more); a bomb's cost must not grow with its scale at all. Per
// input byte of a .docx is per byte of the zip, whose XML may be a hundred times as large: the figures per byte are
// printed, but growth is read per unit of the scale. A scale still running after BENCH_LONG_SIZED_LIMIT seconds
// (180) is stopped and is a failure.
//
// Many cases are cheap and the tally says where a case's time goes, but a heap measured around one case of a few
// kilobytes says more about the collector's timing than about the case: the many-case tallies give time only.
//
// BENCH_QUICK=1 is a smoke run (about a thousandth of the cases, small scales: well under a minute).
// BENCH_LONG_SEED picks another set of cases (20); BENCH_LONG_SCALE multiplies the case counts;
// BENCH_LONG_WORKERS sets the threads (the cores). Fails (exit 1 alone; run.mjs says so and exits 1 at its end) on
// any failure, or on a shape that is not linear and not known to be worked on.
//
// `node bench/longRun.mjs --case '<kind>' <seed>` runs one case again and writes its input to a file;
// `node bench/longRun.mjs --sized '<shape>' <scale>` measures one sized shape at one scale.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { printRows } from './table.mjs';

const require = createRequire(import.meta.url);
const SELF = fileURLToPath(import.meta.url);
const MEASURE = path.join(path.dirname(SELF), 'longRunMeasure.mjs');
const QUICK = !!process.env.BENCH_QUICK;
const SEED = Number(process.env.BENCH_LONG_SEED ?? 20);
const SCALE = Number(process.env.BENCH_LONG_SCALE ?? 1);
const WORKERS = Number(process.env.BENCH_LONG_WORKERS ?? os.availableParallelism());
const CASE_LIMIT_S = Number(process.env.BENCH_LONG_CASE_LIMIT ?? 30);
const SIZED_LIMIT_S = Number(process.env.BENCH_LONG_SIZED_LIMIT ?? 180);
const HEAP_MB = Number(process.env.BENCH_LONG_HEAP_MB ?? 2048);
/** How much a shape's time or memory per unit of its scale may grow from its smallest scale to its largest and still be linear. */
export const LINEAR_GROWTH = 4;
const SHOWN_FAILURES = 10;

/** Cases of each kind in a full run (BENCH_QUICK: about a hundredth to a thousandth). */
function caseCounts(kindNames) {
  const counts = new Map([['reports: mutated', 70_000], ['reports: planted', 20_000], ['reports: random', 10_000], ['edit sequences', 10_000]]);
  const quick = new Map([['reports: mutated', 70], ['reports: planted', 20], ['reports: random', 10], ['edit sequences', 20]]);
  return kindNames.map((kind) => [kind, Math.max(1, Math.round(((QUICK ? quick : counts).get(kind) ?? (QUICK ? 6 : 400)) * SCALE))]);
}

/** The seed of a kind's case k: the kinds' seeds far apart, so that no two cases of a run share one. */
const seedOf = (kindIndex, k) => (SEED * 1_000_003 + kindIndex * 10_000_019 + k) | 0;

// ---------------------------------------------------------------------------------------------------------------
// The many cases, in worker threads

/** A worker: runs the cases it is sent, one at a time, and answers each. */
async function workerMain() {
  const { runCase } = await import('./longRunCase.mjs');
  parentPort.on('message', async ({ kind, seed }) => parentPort.postMessage({ kind, seed, ...(await runCase(kind, seed)) }));
  parentPort.postMessage({ ready: true });
}

/** A tally of one kind of case. */
function tally(kind) {
  return { kind, cases: 0, failures: 0, outcomes: {}, totalMs: 0, worstMs: 0, worstMsBytes: 0, worstMsSeed: 0, worstUsPerByte: 0, worstUsPerByteBytes: 0, worstUsPerByteSeed: 0 };
}

/** Per byte only of inputs of a kilobyte or more: below that a case's fixed cost is all there is. */
const PER_BYTE_FROM = 1024;

function record(t, r) {
  t.cases++;
  t.totalMs += r.ms;
  if (!r.ok) return;
  t.outcomes[r.outcome] = (t.outcomes[r.outcome] ?? 0) + 1;
  if (r.ms > t.worstMs) Object.assign(t, { worstMs: r.ms, worstMsBytes: r.bytes, worstMsSeed: r.seed });
  const perByte = (r.ms * 1000) / r.bytes;
  if (r.bytes >= PER_BYTE_FROM && perByte > t.worstUsPerByte) Object.assign(t, { worstUsPerByte: perByte, worstUsPerByteBytes: r.bytes, worstUsPerByteSeed: r.seed });
}

/** Runs every case on the pool; resolves to the tallies by kind and the failures. */
async function manyCases(queue, kindNames) {
  const tallies = new Map(kindNames.map((k) => [k, tally(k)]));
  const failures = [];
  let next = 0;
  let done = 0;
  const started = Date.now();
  let lastNote = started;
  const note = () => {
    if (Date.now() - lastNote < 15_000 && done < queue.length) return;
    lastNote = Date.now();
    process.stderr.write(`  ${done}/${queue.length} cases, ${failures.length} failures, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  };
  const fail = (c, error, ms) => {
    failures.push({ kind: c.kind, seed: c.seed, error });
    const t = tallies.get(c.kind);
    t.failures++;
    record(t, { ok: false, ms });
  };
  await new Promise((resolve) => {
    let live = 0;
    const startWorker = () => {
      live++;
      const worker = new Worker(SELF, { workerData: { longRun: true }, resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } });
      let current;
      let timer;
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        clearTimeout(timer);
        live--;
        if (next < queue.length) startWorker();
        else if (!live) resolve();
      };
      const send = () => {
        if (next >= queue.length) {
          current = undefined;
          worker.terminate();
          return;
        }
        current = { ...queue[next++], sent: Date.now() };
        timer = setTimeout(() => {
          fail(current, `no answer within ${CASE_LIMIT_S} s (hung, or too slow by far)`, CASE_LIMIT_S * 1000);
          done++;
          current = undefined;
          worker.terminate();
        }, CASE_LIMIT_S * 1000);
        worker.postMessage({ kind: current.kind, seed: current.seed });
      };
      worker.on('message', (m) => {
        if (m.ready) return send();
        clearTimeout(timer);
        if (!current) return;
        done++;
        if (m.ok) record(tallies.get(m.kind), m);
        else fail(current, m.error, m.ms);
        note();
        send();
      });
      worker.on('error', (e) => {
        if (current) {
          fail(current, `the worker died: ${e?.code ?? ''} ${e?.message ?? e}`, Date.now() - current.sent);
          done++;
          current = undefined;
        }
      });
      worker.on('exit', end);
    };
    for (let i = 0; i < Math.min(WORKERS, queue.length); i++) startWorker();
  });
  return { tallies: [...tallies.values()], failures, seconds: (Date.now() - started) / 1000 };
}

// ---------------------------------------------------------------------------------------------------------------
// The sized shapes, each scale in a child process of its own

/** One scale of a shape: its file made here, measured in a child of its own (bench/longRunMeasure.mjs). */
function measureScale(shape, scale) {
  const at = { shape: shape.name, unit: shape.unit, scale };
  const f = shape.make(scale);
  const file = path.join(os.tmpdir(), `govreport-long-${process.pid}${f.extension}`);
  fs.writeFileSync(file, f.bytes);
  try {
    const args = ['--expose-gc', MEASURE, file, f.extension, f.reader ?? '-', f.refused ? '1' : '0'];
    const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20, timeout: SIZED_LIMIT_S * 1000 });
    if (child.error?.code === 'ETIMEDOUT') return { ...at, failed: `stopped after ${SIZED_LIMIT_S} s` };
    if (child.status !== 0) return { ...at, failed: `exit ${child.status ?? child.signal}: ${child.stderr.trim().split('\n').filter((l) => l && !/^\s+at /.test(l)).slice(0, 6).join(' | ').slice(0, 1500)}` };
    const r = JSON.parse(child.stdout);
    return { ...at, bytes: r.bytes, ms: r.ms, addedMB: r.added / 2 ** 20, usPerByte: (r.ms * 1000) / r.bytes, bytesPerByte: r.added / r.bytes, outcome: r.outcome };
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/** Below these a figure is the clock's, the collector's and the allocator's noise: no growth is read from it. */
const FLOOR = { ms: 5, addedMB: 1 };

/**
 * A shape's worst figures per input byte, and how its cost grew from its smallest scale to its largest: per unit of
 * the scale (per byte, per level of nesting, per page, per inflated megabyte), or, for a shape whose cost must not
 * grow at all (a bomb), as it is. Per input byte is no measure of growth where the input is compressed: a .docx
 * of 10^5 paragraphs is 30 times the zip of 10^3, not 100 times.
 */
function verdict(shape, measured) {
  const failed = measured.find((m) => m.failed)?.failed;
  if (failed) return { shape: shape.name, unit: shape.unit, flat: !!shape.flat, failed, known: shape.known };
  const worst = (key) => Math.max(...measured.map((m) => m[key]));
  const cost = (m, key) => Math.max(m[key], FLOOR[key]) / (shape.flat ? 1 : m.scale);
  const growth = (key) => cost(measured[measured.length - 1], key) / cost(measured[0], key);
  const timeGrowth = growth('ms');
  const memoryGrowth = growth('addedMB');
  return {
    shape: shape.name, unit: shape.unit, flat: !!shape.flat, worstUsPerByte: worst('usPerByte'), worstBytesPerByte: worst('bytesPerByte'), worstMs: worst('ms'), worstMB: worst('addedMB'),
    timeGrowth, memoryGrowth, linear: timeGrowth <= LINEAR_GROWTH && memoryGrowth <= LINEAR_GROWTH, known: shape.known,
  };
}

function sizedRuns() {
  const { SIZED_SHAPES } = sizedShapes();
  const measured = [];
  const verdicts = [];
  const started = Date.now();
  for (const shape of SIZED_SHAPES) {
    const scales = QUICK ? shape.quick : shape.full;
    const ms = [];
    for (const scale of scales) {
      process.stderr.write(`  ${shape.name}, ${scale} ${shape.unit}\n`);
      const m = measureScale(shape, scale);
      ms.push(m);
      measured.push(m);
    }
    verdicts.push(verdict(shape, ms));
  }
  return { measured, verdicts, seconds: (Date.now() - started) / 1000 };
}

/** The sized shapes (test/support/hostileSizes.ts, compiled), loaded when asked: the workers never need them. */
const sizedShapes = () => require(path.join(path.dirname(SELF), '..', process.env.BENCH_OUT ?? 'out', 'test/support/hostileSizes.js'));

// ---------------------------------------------------------------------------------------------------------------
// The part

const fmt = (x, d = 1) => (x === undefined ? '' : x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(d) : x.toPrecision(2));
const outcomes = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join('; ');

/**
 * The part: the many cases, then the sized shapes. `ctx`: run.mjs's row and section, and its results (the figures
 * go under results.longRun).
 */
export async function longRunPart(ctx) {
  const started = Date.now();
  const kindNames = (await import('./longRunCase.mjs')).kindNames();
  const counts = caseCounts(kindNames);
  const queue = counts.flatMap(([kind, n]) => Array.from({ length: n }, (_, k) => ({ kind, seed: seedOf(kindNames.indexOf(kind), k) })));
  const total = queue.length;
  ctx.section(`20. Long run under hostile input: ${total.toLocaleString('en-US')} cases on ${WORKERS} threads (seed ${SEED}), each with ${CASE_LIMIT_S} s to answer`);
  const many = await manyCases(queue, kindNames);
  ctx.row('kind', 'cases', 'failures', 'worst ms (its bytes)', 'worst µs per byte, inputs ≥ 1 KB (its bytes)', 'mean ms', 'what became of them');
  for (const t of many.tallies) {
    ctx.row(t.kind, t.cases, t.failures, `${fmt(t.worstMs)} (${t.worstMsBytes})`, t.worstUsPerByte ? `${fmt(t.worstUsPerByte, 2)} (${t.worstUsPerByteBytes})` : '', fmt(t.totalMs / t.cases, 2), outcomes(t.outcomes));
  }
  ctx.section(`20. Long run: time and memory per input byte by shape, each scale alone in a fresh process (linear: neither grows more than ×${LINEAR_GROWTH} over the scales)`);
  const sized = sizedRuns();
  ctx.row('shape', 'scale', 'input bytes', 'ms', 'µs per byte', 'peak MB added', 'bytes of memory per byte', 'what became of it');
  for (const m of sized.measured) {
    if (m.failed) ctx.row(m.shape, `${m.scale} ${m.unit}`, '', '', '', '', '', `FAILED: ${m.failed}`);
    else ctx.row(m.shape, `${m.scale} ${m.unit}`, m.bytes, fmt(m.ms), fmt(m.usPerByte, 2), fmt(m.addedMB), fmt(m.bytesPerByte), m.outcome);
  }
  ctx.section('20. Long run: worst per byte by shape');
  ctx.row('shape', 'worst µs per byte', 'worst bytes of memory per byte', 'worst ms', 'worst MB', 'time, largest / smallest scale', 'memory, largest / smallest', 'linear');
  for (const v of sized.verdicts) {
    const per = v.flat ? '' : ` per ${v.unit.replace(/s$/, '')}`;
    const linear = v.failed ? 'failed' : v.linear ? (v.flat ? 'yes (flat)' : 'yes') : v.known ? `NO (known: ${v.known})` : 'NO';
    ctx.row(v.shape, fmt(v.worstUsPerByte, 2), fmt(v.worstBytesPerByte), fmt(v.worstMs), fmt(v.worstMB), v.failed ? '' : `×${fmt(v.timeGrowth, 2)}${per}`, v.failed ? '' : `×${fmt(v.memoryGrowth, 2)}${per}`, linear);
  }
  const sizedFailures = sized.measured.filter((m) => m.failed).map((m) => ({ kind: `sized: ${m.shape}`, scale: m.scale, error: m.failed }));
  const failures = [...many.failures, ...sizedFailures];
  const cases = many.tallies.reduce((n, t) => n + t.cases, 0) + sized.measured.length;
  ctx.section(`20. Long run: ${cases.toLocaleString('en-US')} cases tried, ${failures.length} failures; ${fmt(many.seconds)} s for the many cases, ${fmt(sized.seconds)} s for the sized shapes`);
  ctx.row('failure', 'again with', 'what');
  for (const f of failures.slice(0, SHOWN_FAILURES)) {
    const again = f.scale === undefined ? `node bench/longRun.mjs --case '${f.kind}' ${f.seed}` : `node bench/longRun.mjs --sized '${f.kind.slice(7)}' ${f.scale}`;
    ctx.row(f.kind, again, f.error.split('\n').slice(0, 3).join(' ').replace(/\|/g, '\\|').slice(0, 600));
  }
  if (!failures.length) ctx.row('none', '', '');
  ctx.results.longRun = {
    seed: SEED, quick: QUICK, workers: WORKERS, caseLimitSeconds: CASE_LIMIT_S, cases, failures: failures.length, firstFailures: failures.slice(0, SHOWN_FAILURES),
    kinds: many.tallies, sized: sized.measured, verdicts: sized.verdicts, linearGrowth: LINEAR_GROWTH,
    seconds: { manyCases: many.seconds, sizedShapes: sized.seconds, whole: (Date.now() - started) / 1000 },
  };
}

/** What part 20 failed on, as a message; undefined when it passed (shapes known to be worked on do not fail it). */
export function longRunFailures(results) {
  const r = results.longRun;
  if (!r) return undefined;
  const unlinear = r.verdicts.filter((v) => !v.failed && !v.linear && !v.known);
  if (!r.failures && !unlinear.length) return undefined;
  const parts = [];
  if (r.failures) parts.push(`${r.failures} failures (${[...new Set(r.firstFailures.map((f) => f.kind))].join(', ')})`);
  if (unlinear.length) parts.push(`not linear: ${unlinear.map((v) => v.shape).join(', ')}`);
  return `part 20 FAILED: ${parts.join('; ')}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Alone

async function main() {
  const rows = [];
  const results = {};
  await longRunPart({ row: (...cells) => rows.push(cells), section: (title) => rows.push([`## ${title}`]), results });
  printRows(rows);
  const failed = longRunFailures(results);
  if (failed) {
    console.error(`\n${failed}`);
    process.exit(1);
  }
}

/** One case again: its input written to a file, and what happened. */
async function again(kind, seed) {
  const { runCase, writeCase } = await import('./longRunCase.mjs');
  console.log(`input: ${writeCase(kind, seed, os.tmpdir())}`);
  const r = await runCase(kind, seed);
  console.log(r.ok ? `held: ${r.outcome}, ${r.ms.toFixed(1)} ms, ${r.bytes} bytes` : `FAILED after ${r.ms.toFixed(1)} ms:\n${r.error}`);
  process.exitCode = r.ok ? 0 : 1;
}

/** One sized shape at one scale, as the part measures it. */
async function sizedAgain(name, scale) {
  const shape = sizedShapes().sizedShape(name);
  if (!shape) throw new Error(`no sized shape named ${name}`);
  const m = measureScale(shape, scale);
  console.log(JSON.stringify(m));
  process.exitCode = m.failed ? 1 : 0;
}

if (!isMainThread && workerData?.longRun) await workerMain();
else if (process.argv[2] === '--sized') await sizedAgain(process.argv[3], Number(process.argv[4]));
else if (process.argv[2] === '--case') await again(process.argv[3], Number(process.argv[4]));
else if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();

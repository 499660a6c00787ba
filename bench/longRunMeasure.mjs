// One file of the long run's sized shapes (bench/longRun.mjs), measured in a child process of its own, started with
// --expose-gc: `node --expose-gc bench/longRunMeasure.mjs <file> <extension> <reader or -> <refused: 1 or 0>`. Only
// the product and what must hold of a file are loaded (test/support/hostileProperties.ts; the input was made by the
// parent), so that little the measurement does not need is in the heap before it.
//
// A small file of the same reader is run first, unmeasured (the reader's libraries loaded, PDFium's module made,
// the code compiled: costs paid once per process, not per byte; small, so that the heap it leaves hides little of
// what the case takes); then the collector runs, the kernel's high-water mark of the resident memory is reset to
// the current RSS (/proc/self/clear_refs), and the case runs. What it took is the high-water mark above the RSS
// before it: every allocation of the run, the heap's, the WebAssembly memory's and the inflaters' buffers alike, at
// its peak (a sampling timer would not run while a reader holds the thread). Prints the figures as JSON.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { memory, peakSince, resetPeak } from './peakMemory.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, process.env.BENCH_OUT ?? 'out');
const require = createRequire(import.meta.url);
const { fileHoldsUp } = require(path.join(OUT, 'test/support/hostileProperties.js'));
const { smallFileOf } = require(path.join(OUT, 'test/support/hostileBytes.js'));

const [file, extension, reader, refused] = process.argv.slice(2);
const f = { bytes: new Uint8Array(fs.readFileSync(file)), extension, ...(reader !== '-' ? { reader } : {}), ...(refused === '1' ? { refused: true } : {}) };
await fileHoldsUp(smallFileOf(f.reader ?? f.extension));
global.gc();
const resettable = resetPeak();
const before = memory();
const t0 = process.hrtime.bigint();
const outcome = await fileHoldsUp(f);
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
const peak = peakSince(resettable);
process.stdout.write(JSON.stringify({ bytes: f.bytes.length, ms, added: Math.max(0, peak - before.rss), outcome }));

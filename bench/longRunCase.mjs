// One of the long run's many cases (bench/longRun.mjs), each a kind and a seed, drawn and run in a worker thread, or
// drawn again to look at. The cases and what must hold of them are the tests' own (test/support/hostileReports.ts,
// hostileFiles.ts, hostileProperties.ts, editSequences.ts), compiled to out/: the fuzz suite in npm test draws the
// same cases, fewer.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, process.env.BENCH_OUT ?? 'out');
const require = createRequire(import.meta.url);
// The compiled supports' own fast-check (one copy: an arbitrary is sampled by the library that made it).
const fc = require('fast-check');
const support = (name) => require(path.join(OUT, 'test/support', `${name}.js`));
const { reportCase } = support('hostileReports');
const { editSequence, serverFollowsEdits } = support('editSequences');
const { FILE_SHAPES, fileSamples } = support('hostileFiles');
const { fileHoldsUp, textHoldsUp } = support('hostileProperties');

const utf8 = (s) => Buffer.byteLength(s, 'utf8');

/**
 * The kinds of case, by name: how one is drawn, and what is run on it (resolving to its input's size in bytes and
 * what became of it, for the tally). A case is its kind and a seed: `fc.sample` with that seed draws it again.
 */
function kinds() {
  const out = new Map();
  for (const kind of ['mutated', 'planted', 'random']) {
    out.set(`reports: ${kind}`, {
      arbitrary: () => reportCase(kind),
      run: (c) => ({ bytes: utf8(c.text), outcome: textHoldsUp(c).edits.length ? 'fixed' : 'nothing to fix' }),
    });
  }
  out.set('edit sequences', {
    arbitrary: () => editSequence,
    run: (s) => {
      serverFollowsEdits(s);
      return { bytes: utf8(s.base), outcome: `${s.batches.length} didChange` };
    },
  });
  for (const shape of FILE_SHAPES) {
    out.set(`files: ${shape.name}`, {
      arbitrary: () => shape.arbitrary(fileSamples()),
      run: async (f) => ({ bytes: f.bytes.length, outcome: await fileHoldsUp(f) }),
    });
  }
  return out;
}

const KINDS = kinds();
const arbitraries = new Map();

export const kindNames = () => [...KINDS.keys()];

/** The case of a kind and seed. */
export function drawCase(kind, seed) {
  const k = KINDS.get(kind);
  if (!k) throw new Error(`no kind of case named ${kind}`);
  if (!arbitraries.has(kind)) arbitraries.set(kind, k.arbitrary());
  return fc.sample(arbitraries.get(kind), { seed, numRuns: 1 })[0];
}

/** Draws and runs one case: its time (the run alone, not the drawing), size and outcome, or the error it threw. */
export async function runCase(kind, seed) {
  const value = drawCase(kind, seed);
  const t0 = process.hrtime.bigint();
  try {
    const { bytes, outcome } = await KINDS.get(kind).run(value);
    return { ok: true, ms: Number(process.hrtime.bigint() - t0) / 1e6, bytes, outcome };
  } catch (e) {
    return { ok: false, ms: Number(process.hrtime.bigint() - t0) / 1e6, error: String(e?.stack ?? e).slice(0, 4000) };
  }
}

/** A case's input, written out to look at: text as it is, files as their bytes, sequences as JSON. */
export function writeCase(kind, seed, dir) {
  const value = drawCase(kind, seed);
  const base = path.join(dir, `govreport-case-${kind.replace(/\W+/g, '-')}-${seed}`);
  if (value.bytes) {
    fs.writeFileSync(`${base}${value.extension}`, value.bytes);
    return `${base}${value.extension}${value.reader ? ` (given to the ${value.reader} reader)` : ''}`;
  }
  if (typeof value.text === 'string') {
    fs.writeFileSync(`${base}.txt`, value.text);
    return `${base}.txt (lang ${value.lang}${value.asOneReport ? ', also as one report' : ''})`;
  }
  fs.writeFileSync(`${base}.json`, JSON.stringify(value, null, 1));
  return `${base}.json`;
}

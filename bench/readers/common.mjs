// What the reader benches (parts 10–14) share: where the compiled code and the CLI are, the reference tools, and
// timing of asynchronous work in interleaved rounds.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The compiled tree the in-process parts load: `out` (npm run build), or BENCH_OUT (a helper's own build). */
export const OUT = path.join(ROOT, process.env.BENCH_OUT ?? 'out');
/** The bundled CLI the process parts run: dist/cli.js, or BENCH_CLI. */
export const CLI = path.resolve(ROOT, process.env.BENCH_CLI ?? 'dist/cli.js');
export const CLI_RSS = path.join(ROOT, 'bench/cli-rss.cjs');
export const PUBLISHED = path.resolve(ROOT, '../shared/published');
export const QUICK = !!process.env.BENCH_QUICK;

const require = createRequire(import.meta.url);
export const load = (rel) => require(path.join(OUT, rel));

/**
 * A reference tool that is a devDependency of the repository (mammoth): from the repository's node_modules, else
 * from BENCH_DEPS (default /tmp/bench-deps, where `npm i mammoth` can put it without touching the repository).
 */
export function requireDev(name) {
  try {
    return createRequire(path.join(ROOT, 'package.json'))(name);
  } catch {
    const dir = process.env.BENCH_DEPS ?? '/tmp/bench-deps';
    try {
      return createRequire(path.join(dir, 'package.json'))(name);
    } catch {
      throw new Error(`bench: ${name} is not installed (npm i -D ${name}, or npm i ${name} in ${dir})`);
    }
  }
}

/** Whether a program runs (`pdftotext -v`); the part fails clearly when it does not. */
export function requireProgram(name, args, hint) {
  const r = spawnSync(name, args, { stdio: 'ignore' });
  if (r.error) throw new Error(`bench: ${name} is needed (${hint})`);
}

export const realPdfs = () => fs.readdirSync(PUBLISHED).filter((f) => f.endsWith('.pdf')).sort().map((f) => path.join(PUBLISHED, f));

export function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  return { n: s.length, p50: at(0.5), p99: at(0.99), min: s[0], max: s[s.length - 1] };
}

export async function timeAsync(fn) {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/**
 * Median ms per call of each tool on each input, measured in rounds: in each round every tool runs a block of
 * `runs` calls on every input, one tool after the other, so that tools compared side by side meet the machine's
 * slow and fast phases alike (as part 1 does). `tools`: { name, run(input) → promise|value, runs }.
 * Returns ms[tool][input].
 */
export async function interleaved(tools, inputs, rounds, warm = 3) {
  for (const tool of tools) for (const input of inputs) for (let i = 0; i < warm; i++) await tool.run(input);
  const samples = tools.map(() => inputs.map(() => []));
  for (let round = 0; round < rounds; round++) {
    for (const [t, tool] of tools.entries()) {
      for (const [k, input] of inputs.entries()) {
        const n = tool.runs ?? 1;
        samples[t][k].push((await timeAsync(async () => {
          for (let i = 0; i < n; i++) await tool.run(input);
        })) / n);
      }
    }
  }
  return samples.map((perInput) => perInput.map((s) => stats(s).p50));
}

export const fmt = (x, d = 1) => (x >= 100 ? x.toFixed(0) : x.toFixed(d));
export const ratio = (x) => `${x >= 10 ? x.toFixed(1) : x.toFixed(2)}×`;
export const kb = (n) => fmt(n / 1000);

/** A temporary folder holding a link to each file (names kept unique by a running number); the caller removes it. */
export function linkFolder(files, prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `govreport-bench-${prefix}-`));
  for (const [k, f] of files.entries()) fs.symlinkSync(f, path.join(dir, `${String(k).padStart(5, '0')}-${path.basename(f)}`));
  return dir;
}

/**
 * `node cli-rss.cjs CLI check ...args`: the CLI's wall time and peak RSS as cli-rss.cjs measures them in the CLI's
 * process, and how many files it says it checked (its summary line, the last of its output).
 */
export function runCli(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CLI_RSS, CLI, 'check', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wallSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const last = r.stderr.trim().split('\n').pop();
  if (r.status === null || r.status > 1 || !last?.startsWith('{')) throw new Error(`bench: cli check ${args.join(' ')} failed (exit ${r.status}): ${r.stderr.slice(-2000)}`);
  const m = JSON.parse(last);
  const summary = r.stdout.trim().split('\n').pop();
  return { seconds: m.seconds, wallSeconds, maxRssKB: m.maxRssKB, checked: Number(/(\d+)/.exec(summary)[1]), summary };
}

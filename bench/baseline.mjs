// The text path against the build before the readers (the document model of issue 14), side by side in one
// process: the same inputs through both cores in interleaved rounds, so that the machine's slow and fast phases
// fall on both alike. Used by bench/run.mjs (part 15); `node bench/baseline.mjs` runs it alone.
//
// BENCH_BASELINE names the commit to compare with (default: the last commit before the readers landed). Its
// sources are taken from git into bench/generated/baseline-<commit>/ and compiled there once, with this
// checkout's node_modules.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BASELINE = process.env.BENCH_BASELINE ?? '8b74fa4';

/**
 * Writes a commit's files under `dir` (no worktree: nothing to clean up in .git): `paths`, and those of `optional`
 * the commit has. Returns the optional ones it had.
 */
export function extractCommit(commit, dir, paths, optional = []) {
  const had = optional.filter((p) => execFileSync('git', ['-C', ROOT, 'ls-tree', commit, p], { encoding: 'utf8' }).trim());
  const tar = execFileSync('git', ['-C', ROOT, 'archive', commit, ...paths, ...had], { maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  return had;
}

/** The baseline's compiled output folder, made on first use. */
export function baselineBuild(commit = BASELINE) {
  const dir = path.join(ROOT, 'bench/generated', `baseline-${commit}`);
  const out = path.join(dir, 'out');
  if (fs.existsSync(path.join(out, 'server/src/core/index.js'))) return out;
  const src = path.join(dir, 'src');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(src, { recursive: true });
  // Later commits' rule case files (in server/) import the test helpers that build their reports, and their config
  // the schema file: those come too, where the commit has them.
  const support = extractCommit(commit, src, ['server', 'tsconfig.json'], ['test/support', 'schemas']).includes('test/support') ? ['test/support'] : [];
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(src, 'node_modules'));
  const config = JSON.parse(fs.readFileSync(path.join(src, 'tsconfig.json'), 'utf8'));
  config.include = ['server/src', ...support];
  config.compilerOptions.types = ['node'];
  fs.writeFileSync(path.join(src, 'tsconfig.json'), JSON.stringify(config));
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', src, '--outDir', out], { stdio: 'inherit' });
  return out;
}

/** Both cores and both servers' document objects: `{ name, core, OpenReport }` for the baseline and for this build. */
export function builds(currentOut) {
  const load = (name, out) => ({
    name,
    core: require(path.join(out, 'server/src/core/index.js')),
    OpenReport: require(path.join(out, 'server/src/lsp/openReport.js')).OpenReport,
  });
  return [load(`baseline ${BASELINE}`, baselineBuild()), load('this build', currentOut)];
}

const time = (fn) => {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};

/**
 * Full check throughput (what `govreport check` does with a text) of both builds on each input: interleaved
 * rounds, in each a block of every build on every input; per build and input, the median over rounds of a block's
 * mean. Returns ms per check for each build and the ratio this / baseline.
 */
export function compareThroughput(inputs, { rounds = 25, runs = 20, bigRuns = 1, isBig = () => false } = {}) {
  const all = builds(process.env.BENCH_OUT ? path.join(ROOT, process.env.BENCH_OUT) : path.join(ROOT, 'out'));
  const check = (b) => (text) => new b.core.ReportDocument(text, { outline: false }).diagnostics();
  const runners = all.map((b) => ({ b, run: check(b), samples: inputs.map(() => []) }));
  for (let i = 0; i < 50; i++) for (const r of runners) for (const input of inputs) if (!isBig(input)) r.run(input.text);
  for (let round = 0; round < rounds; round++) {
    for (const r of runners) {
      for (const [k, input] of inputs.entries()) {
        const n = isBig(input) ? bigRuns : runs;
        r.samples[k].push(time(() => { for (let i = 0; i < n; i++) r.run(input.text); }) / n);
      }
    }
  }
  return inputs.map((input, k) => {
    const [base, ours] = runners.map((r) => median(r.samples[k]));
    return { input: input.name, baselineMs: base, ms: ours, ratio: ours / base };
  });
}

/**
 * Keystroke latency of both builds' server document on one text: the same edit applied and undone, the two
 * builds alternating edit by edit. p50 and p99 per build.
 */
export function compareKeystrokes(text, at, insert, n = 1000) {
  const all = builds(process.env.BENCH_OUT ? path.join(ROOT, process.env.BENCH_OUT) : path.join(ROOT, 'out'));
  const opens = all.map((b) => {
    const open = new b.OpenReport('file:///bench', 'govreport', 1, text);
    open.useOptions({ lang: 'zh', rules: {} });
    open.lspDiagnostics();
    return { b, open, samples: [] };
  });
  for (let i = 0; i < n + 20; i++) {
    for (const o of opens) {
      const change = (len, t) => ({ range: { start: o.open.positionAt(at), end: o.open.positionAt(at + len) }, text: t });
      const ms = time(() => {
        o.open.change(change(0, insert));
        o.open.lspDiagnostics();
      });
      if (i >= 20) o.samples.push(ms);
      o.open.change(change(insert.length, ''));
      o.open.lspDiagnostics();
    }
  }
  const [base, ours] = opens.map((o) => ({ p50: quantile(o.samples, 0.5), p99: quantile(o.samples, 0.99) }));
  return { baseline: base, current: ours, p50Ratio: ours.p50 / base.p50, p99Ratio: ours.p99 / base.p99 };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(ROOT, '../shared/reports');
  const inputs = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
  for (const r of compareThroughput(inputs, { rounds: 15 })) console.log(`${r.input}  baseline ${r.baselineMs.toFixed(3)} ms  this ${r.ms.toFixed(3)} ms  ×${r.ratio.toFixed(3)}`);
}

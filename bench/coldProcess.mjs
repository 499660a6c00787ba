// A command line run is a cold process (part 17 of bench/run.mjs, or alone: `node bench/coldProcess.mjs`): the whole
// `govreport check <file>` process, from its start to its exit, against markdownlint's whole process on the same
// file (its command line, markdownlint-cli, with the markdownlint the in-process parts use; beside it the library
// alone in a process, bench/markdownlint-process.mjs), for the 10 MB collection and for one real report; and the same for the
// build before the cold-start work (BENCH_COLD_BASELINE, bundled once into bench/generated/), side by side. Node's
// own start (`node -e 0`) and the CLI's start without a file (`--version`) show what no check can save.
//
// Runs are interleaved in rounds (every command once per round), so that the machine's slow and fast phases fall
// on all of them alike; a figure is the median over rounds, with the fastest beside it.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printRows } from './table.mjs';
import { extractCommit } from './baseline.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const QUICK = !!process.env.BENCH_QUICK;
/** The last commit before the cold-start work. */
export const COLD_BASELINE = process.env.BENCH_COLD_BASELINE ?? '783ce8c';
const MB = 1e6;

/** The baseline's CLI bundle, made on first use from the commit's sources with this checkout's node_modules. */
export function baselineCli(commit = COLD_BASELINE) {
  const dir = path.join(ROOT, 'bench/generated', `cli-${commit}`);
  const cli = path.join(dir, 'dist/cli.js');
  if (fs.existsSync(cli)) return cli;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  extractCommit(commit, dir, ['server', 'package.json', 'esbuild.mjs'], ['schemas']);
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  const { buildSync } = require('esbuild');
  // The commit's own bundling options, for the CLI only.
  const banner = "var importMetaUrl = require('url').pathToFileURL(__filename).href;";
  buildSync({ bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, logLevel: 'warning', define: { 'import.meta.url': 'importMetaUrl' }, banner: { js: banner }, entryPoints: [path.join(dir, 'server/src/cli/main.ts')], outfile: cli });
  return cli;
}

/**
 * Wall seconds of one whole process, its output thrown away: both streams, since markdownlint-cli prints its
 * violations on standard error. A run that fails is run again with standard error kept, to say why.
 */
function wall(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: 'ignore' });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.error || (r.status !== 0 && r.status !== 1)) {
    const again = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
    throw new Error(`${args.join(' ')}: exit ${r.status} ${r.error ?? ''} ${String(again.stderr).slice(-2000)}`);
  }
  return seconds;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** The collection as part 1 makes it: the real reports in turn, each title numbered, until 10 MB of UTF-8. */
function collectionFile(dir, reports) {
  const parts = [];
  let size = 0;
  while (size < 10 * MB) {
    const k = parts.length;
    const text = reports[k % reports.length].replace(/(年度报告|年报)/, `$1（样本${k}）`);
    size += Buffer.byteLength(text, 'utf8') + (k ? 1 : 0);
    parts.push(text);
  }
  const file = path.join(dir, 'collection.txt');
  fs.writeFileSync(file, parts.join('\n'));
  return { file, count: parts.length };
}

export function coldProcessPart({ row, section, results }) {
  section(`17. A command line run as a whole process: govreport check against markdownlint's whole process (seconds; median of rounds, fastest in brackets; before = ${COLD_BASELINE})`);
  const reportsDir = path.resolve(ROOT, '../shared/reports');
  const reports = fs.readdirSync(reportsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(reportsDir, f), 'utf8'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-cold-'));
  try {
    const big = collectionFile(dir, reports);
    const one = path.join(dir, 'report-001.txt');
    fs.writeFileSync(one, reports[1]);
    const before = baselineCli();
    const now = path.join(ROOT, 'dist/cli.js');
    const markdownlint = require.resolve('markdownlint-cli/markdownlint.js');
    const library = path.join(ROOT, 'bench/markdownlint-process.mjs');
    const inputs = [
      { name: `collection (${(fs.statSync(big.file).size / MB).toFixed(1)} MB, ${big.count} reports)`, file: big.file, rounds: QUICK ? 2 : 7 },
      { name: `one report (001, ${(fs.statSync(one).size / 1000).toFixed(1)} KB)`, file: one, rounds: QUICK ? 3 : 21 },
    ];
    results.coldProcess = { baseline: COLD_BASELINE, inputs: [] };
    row('input', 'markdownlint-cli s', 'markdownlint library s', 'before s', 'this build s', 'before × markdownlint-cli', 'this build × markdownlint-cli', 'this / before');
    for (const input of inputs) {
      const commands = { markdownlint: [markdownlint, input.file], library: [library, input.file], before: [before, 'check', input.file], now: [now, 'check', input.file] };
      const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
      for (let round = 0; round < input.rounds; round++) for (const [k, args] of Object.entries(commands)) samples[k].push(wall(args));
      const m = Object.fromEntries(Object.entries(samples).map(([k, s]) => [k, median(s)]));
      const fastest = Object.fromEntries(Object.entries(samples).map(([k, s]) => [k, Math.min(...s)]));
      const show = (k) => `${m[k].toFixed(3)} (${fastest[k].toFixed(3)})`;
      results.coldProcess.inputs.push({ input: input.name, rounds: input.rounds, median: m, fastest, ratioBefore: m.markdownlint / m.before, ratioNow: m.markdownlint / m.now });
      row(input.name, show('markdownlint'), show('library'), show('before'), show('now'), `${(m.markdownlint / m.before).toFixed(1)}×`, `${(m.markdownlint / m.now).toFixed(1)}×`, `×${(m.now / m.before).toFixed(2)}`);
    }
    // What no check saves: Node's own start, and the CLI's start with nothing to check.
    row('start', 'seconds (median)', 'fastest');
    const starts = { 'node -e 0': ['-e', '0'], 'before --version': [before, '--version'], 'this build --version': [now, '--version'] };
    const s = Object.fromEntries(Object.keys(starts).map((k) => [k, []]));
    for (let round = 0; round < (QUICK ? 3 : 21); round++) for (const [k, args] of Object.entries(starts)) s[k].push(wall(args));
    results.coldProcess.starts = {};
    for (const [k, xs] of Object.entries(s)) {
      results.coldProcess.starts[k] = median(xs);
      row(k, median(xs).toFixed(3), Math.min(...xs).toFixed(3));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = [];
  coldProcessPart({ row: (...cells) => rows.push(cells), section: (title) => rows.push([`## ${title}`]), results: {} });
  printRows(rows);
}

// `npm run bench`: how fast the checker is, measured on this machine, with markdownlint and a bare character scan
// run on the same bytes in the same run. Prints a table and writes bench/results.json. Not part of `npm test`.
//
// BENCH_QUICK=1 runs every part with fewer repetitions (a smoke run, not figures to quote); BENCH_ONLY=3 one part.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint as markdownlint } from 'markdownlint/sync';
import { readerParts, readerTargets } from './readers/parts.mjs';
import { BASELINE, compareKeystrokes, compareThroughput } from './baseline.mjs';
import { printRows } from './table.mjs';
import { stopServer } from './serverProcess.mjs';
import { memoryFailures, memoryPart } from './memory.mjs';
import { workspacePart } from './workspace.mjs';
import { coldProcessPart } from './coldProcess.mjs';
import { reviewFolderPart } from './reviewFolder.mjs';
import { longRunFailures, longRunPart } from './longRun.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const core = require(path.join(ROOT, 'out/server/src/core/index.js'));
const { OpenReport } = require(path.join(ROOT, 'out/server/src/lsp/openReport.js'));
const { readBlocks } = require(path.join(ROOT, 'out/server/src/core/parse/blocks.js'));
const { isHeadingLine } = require(path.join(ROOT, 'out/server/src/core/model/build.js'));
const rpc = require('vscode-languageserver-protocol/node');

const QUICK = !!process.env.BENCH_QUICK;
/** The V8 flags the VS Code client starts the server with; BENCH_SERVER_FLAGS replaces them, for trying others out. */
const SERVER_FLAGS = process.env.BENCH_SERVER_FLAGS?.split(' ').filter(Boolean) ?? [...require(path.join(ROOT, 'out/server/src/lsp/flags.js')).SERVER_FLAGS];
/** BENCH_ONLY=3,4 runs only those parts (for working on one figure); the targets table needs them all. */
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map(Number)) : undefined;
const runs = (part) => !ONLY || ONLY.has(part);
const REPORTS_DIR = path.resolve(ROOT, '../shared/reports');
const reportFiles = fs.readdirSync(REPORTS_DIR).filter((f) => f.endsWith('.txt')).sort();
const reports = reportFiles.map((f) => ({ name: f, text: fs.readFileSync(path.join(REPORTS_DIR, f), 'utf8') }));
const MB = 1e6;
const bytes = (s) => Buffer.byteLength(s, 'utf8');
const results = { machine: machine(), generatedAt: new Date().toISOString(), quick: QUICK };

// ---------------------------------------------------------------------------------------------------------------
// Helpers

function machine() {
  const cpus = os.cpus();
  return { cpu: cpus[0]?.model ?? 'unknown', cores: os.availableParallelism(), memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1), node: process.version, os: `${os.type()} ${os.release()}` };
}

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  return { n: s.length, p50: at(0.5), p99: at(0.99), max: s[s.length - 1] };
}

function time(fn) {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Median milliseconds of `runs` calls after `warm` unmeasured ones. */
function median(fn, runs, warm = 2) {
  for (let i = 0; i < warm; i++) fn();
  return stats(Array.from({ length: runs }, () => time(fn))).p50;
}

/** Copy k of the real reports, taken in turn, its title numbered so that no two copies are the same text. */
const numberedReport = (k) => reports[k % reports.length].text.replace(/(年度报告|年报)/, `$1（样本${k}）`);

/** `count` numbered copies one after another. */
const collection = (count) => Array.from({ length: count }, (_, k) => numberedReport(k)).join('\n');

/** Numbered copies one after another until the text has `targetBytes` of UTF-8. */
function collectionOfSize(targetBytes) {
  const parts = [];
  let size = 0;
  while (size < targetBytes) {
    const text = numberedReport(parts.length);
    size += bytes(text) + (parts.length ? 1 : 0);
    parts.push(text);
  }
  return { text: parts.join('\n'), count: parts.length };
}

/** What `govreport check` does with a text: split, parse, check (no outline: that is the editor's). */
const fullCheck = (text) => new core.ReportDocument(text, { outline: false }).diagnostics();
const lintMarkdown = (text) => markdownlint({ strings: { report: text } });
function scan(text) {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h + text.charCodeAt(i)) | 0;
  return h;
}

const fmt = (x, d = 1) => (x >= 100 ? x.toFixed(0) : x.toFixed(d));
const rows = [];
const row = (...cells) => rows.push(cells);
function section(title) {
  rows.push([`## ${title}`]);
  process.stderr.write(`… ${title}\n`);
}

// ---------------------------------------------------------------------------------------------------------------
// 1. Full parse + check throughput, with markdownlint and a bare scan of the same bytes

const big = collectionOfSize(10 * MB);
const bigName = `collection (${fmt(bytes(big.text) / MB)} MB)`;
const report15 = reports.find((r) => r.name.startsWith('001'));

function throughput() {
  section('1. Full parse + check (MB/s of UTF-8 input; median)');
  const inputs = [...reports.map((r) => ({ name: r.name, text: r.text })), { name: `collection of ${big.count} reports`, text: big.text }];
  row('input', 'KB', 'govreport MB/s', 'markdownlint MB/s', 'bare scan MB/s', '× markdownlint', 'of bare scan');
  const isBig = (input) => bytes(input.text) > MB;
  // Steady state, as in a server or a CLI run over many files: the JIT has seen every kind of report first.
  for (let i = 0; i < (QUICK ? 5 : 100); i++) for (const r of reports) fullCheck(r.text);
  for (const input of inputs) for (let i = 0; i < 20; i++) scan(input.text);
  // Rounds: in each, a block of our runs on every input, then a block of bare scans on every input. This machine
  // has slow and fast phases that last seconds; spread over rounds, every input and both tools meet the same
  // phases, instead of the first input meeting the collector that the warm-up left running, and the ratio to the
  // bare scan compares runs made moments apart. A figure is the median over rounds of a block's mean.
  const rounds = QUICK ? 3 : 25;
  // Runs per block, for a report and for the collection.
  const tools = [
    { run: fullCheck, runs: QUICK ? 5 : 20, bigRuns: 1, samples: inputs.map(() => []) },
    { run: scan, runs: 200, bigRuns: 10, samples: inputs.map(() => []) },
  ];
  for (let round = 0; round < rounds; round++) {
    for (const tool of tools) {
      for (const [k, input] of inputs.entries()) {
        const n = isBig(input) ? tool.bigRuns : tool.runs;
        tool.samples[k].push(time(() => {
          for (let i = 0; i < n; i++) tool.run(input.text);
        }) / n);
      }
    }
  }
  const [ours, bare] = tools.map((tool) => tool.samples.map((samples) => stats(samples).p50));
  // markdownlint last, on its own: its garbage would have the collector marking the heap during our runs.
  const md = inputs.map((input) => median(() => lintMarkdown(input.text), QUICK ? 1 : isBig(input) ? 2 : 30, 1));
  for (const [k, input] of inputs.entries()) {
    const size = bytes(input.text);
    const r = { input: input.name, bytes: size, ms: ours[k], mbps: size / MB / (ours[k] / 1000), markdownlintMbps: size / MB / (md[k] / 1000), scanMbps: size / MB / (bare[k] / 1000) };
    results.throughput.push(r);
    row(input.name, fmt(size / 1000), fmt(r.mbps), fmt(r.markdownlintMbps), fmt(r.scanMbps), `${fmt(r.mbps / r.markdownlintMbps)}×`, `1/${fmt(r.scanMbps / r.mbps)}`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Keystroke latency inside the server: the server's own document object, change → LSP diagnostics

function keystrokes() {
  section('2. Keystroke latency in the server process (change applied → diagnostics ready; ms)');
  row('document', 'edit', 'p50 ms', 'p99 ms', 'max ms', 'n');
  for (const [docName, text] of [['001 (15 KB report)', report15.text], [bigName, big.text]]) {
    const open = new OpenReport('file:///bench', 'govreport', 1, text);
    open.useOptions({ lang: 'zh', rules: {} });
    open.lspDiagnostics();
    // Edits land in the middle of the document: for the collection, in its middle report.
    const part = open.doc.partAt(Math.floor(open.doc.length / 2));
    const inPart = (needle) => part.start + part.text.indexOf(needle);
    const cell = part.text.includes('\t87\n') ? inPart('\t87\n') + 2 : inPart('\t0\n') + 2;
    const prose = inPart('政务公开') + 2;
    const n = QUICK ? 50 : 1000;
    const change = (offset, removeLength, insert) => ({ range: { start: open.positionAt(offset), end: open.positionAt(offset + removeLength) }, text: insert });
    // Each edit is timed from the change to the LSP diagnostics of the whole document, then undone untimed.
    const measure = (label, doEdit, undo) => {
      const samples = [];
      for (let i = 0; i < n + 20; i++) {
        const t = time(() => {
          doEdit();
          open.lspDiagnostics();
        });
        if (i >= 20) samples.push(t);
        undo();
        open.lspDiagnostics();
      }
      const s = stats(samples);
      results.keystroke.push({ document: docName, edit: label, ...s });
      row(docName, label, s.p50.toFixed(3), s.p99.toFixed(3), s.max.toFixed(3), s.n);
    };
    measure('digit typed in a table cell', () => open.change(change(cell, 0, '1')), () => open.change(change(cell, 1, '')));
    measure('character typed in prose', () => open.change(change(prose, 0, '的')), () => open.change(change(prose, 1, '')));
    const headingText = part.text.match(/^三、[^\n]*\n/m)[0];
    const heading = inPart(headingText);
    measure('section heading line deleted', () => open.change(change(heading, headingText.length, '')), () => open.change(change(heading, 0, headingText)));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 3 and 5. LSP round trip over stdio (debounce 0), and the server's peak memory with the 10 MB document

async function roundTrips() {
  section('3. LSP round trip over stdio: didChange → publishDiagnostics of that version (ms; debounce 0)');
  // The server publishes at most govreport.maxProblems (500) diagnostics; `findings` is how many the document has.
  row('document', 'p50 ms', 'p99 ms', 'max ms', 'n', 'diagnostics published', 'findings', 'JSON MB', 'server peak RSS MB');
  for (const [docName, text, n] of [['001 (15 KB report)', report15.text, QUICK ? 50 : 500], [bigName, big.text, QUICK ? 50 : 1000]]) {
    const r = await roundTrip(text, n);
    results.roundTrip.push({ document: docName, ...r.stats, diagnostics: r.diagnostics, findings: r.findings, jsonMB: r.jsonMB, serverPeakRssMB: r.peakRssMB });
    row(docName, r.stats.p50.toFixed(2), r.stats.p99.toFixed(2), r.stats.max.toFixed(2), r.stats.n, r.diagnostics, r.findings, fmt(r.jsonMB, 2), fmt(r.peakRssMB));
  }
}
async function roundTrip(text, n) {
  // Started as the VS Code client starts it.
  const server = spawn(process.execPath, [...SERVER_FLAGS, path.join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = rpc.createProtocolConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
  const waiting = new Map();
  conn.onNotification('textDocument/publishDiagnostics', (p) => waiting.get(p.version)?.(p));
  let findings = 0;
  conn.onNotification('govreport/status', (p) => {
    if (p.version === 1) findings = p.errors + p.warnings;
  });
  conn.onRequest('workspace/configuration', () => [{}]);
  conn.listen();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true } } }, initializationOptions: { debounceMs: 0, displayLanguage: 'zh-cn' } });
  await conn.sendNotification('initialized', {});
  const uri = 'file:///bench/doc.txt';
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve));
  let wait = published(1);
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'govreport', version: 1, text } });
  const first = await wait;
  // A digit typed into, then deleted from, a table cell of the middle report: the document stays the same size.
  const lines = text.split('\n');
  const middle = Math.floor(lines.length / 2);
  let line = middle;
  while (!/^\t\d+$/.test(lines[line]) && !/\t\d+$/.test(lines[line])) line++;
  const character = lines[line].length;
  const samples = [];
  for (let v = 2; v < n + 2; v++) {
    const insert = v % 2 === 0;
    const range = insert ? { start: { line, character }, end: { line, character } } : { start: { line, character }, end: { line, character: character + 1 } };
    wait = published(v);
    const t0 = process.hrtime.bigint();
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range, text: insert ? '7' : '' }] });
    await wait;
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
    waiting.delete(v);
  }
  const peakRssMB = await stopServer(conn, server);
  const jsonMB = bytes(JSON.stringify(first)) / MB;
  return { stats: stats(samples.slice(Math.min(20, samples.length / 10))), peakRssMB, diagnostics: first.diagnostics.length, findings, jsonMB };
}

// ---------------------------------------------------------------------------------------------------------------
// 4. The command line on 10,000 report files

function commandLine() {
  section('4. Command line: 10,000 report files in one directory');
  row('run', 'files', 'seconds', 'reports/s', 'peak RSS MB');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-bench-'));
  const count = QUICK ? 1000 : 10_000;
  for (let k = 0; k < count; k++) fs.writeFileSync(path.join(dir, `${String(k).padStart(5, '0')}.txt`), numberedReport(k));
  try {
    for (const jobs of [1, 2]) {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'bench/cli-rss.cjs'), path.join(ROOT, 'dist/cli.js'), 'check', '--jobs', String(jobs), dir], { encoding: 'utf8', maxBuffer: 1 << 28 });
      const m = JSON.parse(r.stderr.trim().split('\n').pop());
      const checked = Number(/(\d+)/.exec(r.stdout.trim().split('\n').pop())[1]);
      const entry = { jobs, files: count, checked, seconds: m.seconds, reportsPerSecond: checked / m.seconds, peakRssMB: m.maxRssKB / 1024 };
      results.cli.push(entry);
      row(`--jobs ${jobs}`, checked, m.seconds.toFixed(2), fmt(entry.reportsPerSecond), fmt(entry.peakRssMB));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 6. Scaling: the full check of 1×, 10×, 100× and 1000× a report

function scaling() {
  section('6. Scaling: full check of n reports one after another');
  row('reports', 'MB', 'ms', 'ms per report', 'per report vs 1×');
  // Warm the JIT first, so that 1× is not measured cold.
  for (let i = 0; i < 3; i++) fullCheck(collection(50));
  let perOne;
  for (const n of QUICK ? [1, 10, 100] : [1, 10, 100, 1000]) {
    const text = collection(n);
    const ms = median(() => fullCheck(text), n >= 1000 ? 3 : n >= 100 ? 5 : 50, 1);
    perOne ??= ms;
    results.scaling.push({ reports: n, bytes: bytes(text), ms, msPerReport: ms / n });
    row(`${n}×`, fmt(bytes(text) / MB, 2), fmt(ms, 2), (ms / n).toFixed(3), `${fmt(ms / n / perOne, 2)}×`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 8. The property test of incremental parsing, with more sequences than npm test runs

function propertyRun() {
  const sequences = QUICK ? 500 : 10_000;
  section(`8. Incremental parsing equals a fresh parse: ${sequences} random edit sequences`);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/mocha/bin/mocha.js'), '--no-config', '--timeout', '0', 'out/test/core/incremental.test.js', '--grep', 'random edit sequences'], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, GOVREPORT_PROPERTY_RUNS: String(sequences) },
  });
  results.property = { sequences, passed: r.status === 0, seconds: (Date.now() - t0) / 1000 };
  row('sequences', 'result', 'seconds');
  row(sequences, r.status === 0 ? 'all equal' : `FAILED (see below)`, fmt(results.property.seconds));
  if (r.status !== 0) process.stderr.write(r.stdout + r.stderr);
}

// ---------------------------------------------------------------------------------------------------------------
// 9. Where the time goes: the collection's reports through the check's stages, one stage more at a time

function stages() {
  section('9. Where the time goes: the collection, one stage of the check more at a time (ms per collection; median)');
  row('stage', 'ms', 'µs per report', 'of the whole check', 'this stage adds ms');
  // The reports as the document cuts them.
  const doc = new core.ReportDocument(big.text, { outline: false });
  const texts = Array.from({ length: doc.reportCount }, (_, i) => doc.part(i).text);
  const overTexts = (fn) => () => {
    for (const t of texts) fn(t);
  };
  const steps = [
    ['bare scan of every report', overTexts(scan)],
    ['lines and cells (readBlocks)', overTexts((t) => [...readBlocks(t, isHeadingLine).blocks])],
    ['+ tables and sections (buildReport)', overTexts((t) => core.buildReport(t))],
    ['+ rules (checkReport)', overTexts((t) => core.checkReport(core.buildReport(t)))],
    ['+ the document: split, findings kept, offsets moved (part 1)', () => fullCheck(big.text)],
  ];
  for (let i = 0; i < 2; i++) for (const [, fn] of steps) fn();
  // Interleaved rounds, as in part 1: every stage meets the machine's slow and fast phases alike.
  const samples = steps.map(() => []);
  for (let round = 0; round < (QUICK ? 3 : 15); round++) for (const [k, [, fn]] of steps.entries()) samples[k].push(time(fn));
  const ms = samples.map((s) => stats(s).p50);
  const whole = ms[ms.length - 1];
  for (const [k, [name]] of steps.entries()) {
    // The bare scan is the yardstick, not a stage; readBlocks is the first stage, each later one adds to the one before.
    const adds = k === 0 ? undefined : k === 1 ? ms[1] : ms[k] - ms[k - 1];
    results.stages.push({ stage: name, ms: ms[k], usPerReport: (ms[k] / texts.length) * 1000, shareOfWhole: ms[k] / whole, addsMs: adds });
    row(name, fmt(ms[k]), fmt((ms[k] / texts.length) * 1000), `${(100 * ms[k] / whole).toFixed(0)}%`, adds === undefined ? '' : fmt(adds));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 15. The text path against the build before the readers, side by side in one process (bench/baseline.mjs)

function againstBaseline() {
  section(`15. The text path against the build before the readers (${BASELINE}), side by side, interleaved rounds`);
  row('input', 'baseline ms', 'this build ms', 'this / baseline');
  const inputs = [...reports.map((r) => ({ name: r.name, text: r.text })), { name: `collection of ${big.count} reports`, text: big.text }];
  const isBig = (input) => bytes(input.text) > MB;
  const throughput = compareThroughput(inputs, { rounds: QUICK ? 3 : 25, runs: QUICK ? 5 : 20, bigRuns: 1, isBig });
  for (const r of throughput) row(r.input, r.baselineMs.toFixed(3), r.ms.toFixed(3), `×${r.ratio.toFixed(3)}`);
  row('document', 'edit', 'baseline p50 / p99 ms', 'this build p50 / p99 ms', 'p50 ratio', 'p99 ratio');
  const part = big.text.indexOf('\t87\n', Math.floor(big.text.length / 2));
  const keys = [
    ['001 (15 KB report)', report15.text, report15.text.indexOf('\t87\n') + 2],
    [bigName, big.text, part + 2],
  ].map(([name, text, at]) => {
    const k = compareKeystrokes(text, at, '1', QUICK ? 50 : 1000);
    row(name, 'digit typed in a table cell', `${k.baseline.p50.toFixed(3)} / ${k.baseline.p99.toFixed(3)}`, `${k.current.p50.toFixed(3)} / ${k.current.p99.toFixed(3)}`, `×${k.p50Ratio.toFixed(2)}`, `×${k.p99Ratio.toFixed(2)}`);
    return { document: name, ...k };
  });
  results.baseline = { commit: BASELINE, throughput, keystrokes: keys };
}

results.throughput = [];
results.keystroke = [];
results.roundTrip = [];
results.cli = [];
results.scaling = [];
results.stages = [];
// 10–14: the readers (bench/readers/): .docx, HTML and PDF against reference tools, the CLI on folders of them.
results.readers = {};
const PARTS = { 1: throughput, 2: keystrokes, 3: roundTrips, 4: commandLine, 6: scaling, 8: propertyRun, 9: stages, ...readerParts({ row, section, results }), 15: againstBaseline, 16: () => memoryPart({ row, section, results }), 17: () => coldProcessPart({ row, section, results }), 18: () => reviewFolderPart({ row, section, results }), 19: () => workspacePart({ row, section, results }), 20: () => longRunPart({ row, section, results }) };

if (process.env.BENCH_PART) {
  // A child: one part, its results and table rows as JSON on stdout.
  await PARTS[process.env.BENCH_PART]();
  process.stdout.write(JSON.stringify({ results, rows }));
  process.exit(0);
}
// Each part runs in a process of its own, so that no part measures the heap another one left behind.
for (const part of Object.keys(PARTS).map(Number)) {
  if (!runs(part)) continue;
  // The keystroke part measures the server's own document object: it runs with the server's flags.
  const flags = part === 2 ? SERVER_FLAGS : [];
  const child = spawnSync(process.execPath, [...flags, fileURLToPath(import.meta.url)], { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, BENCH_PART: String(part) }, stdio: ['ignore', 'pipe', 'inherit'] });
  if (child.status !== 0) throw new Error(`bench part ${part} failed (exit ${child.status})`);
  const out = JSON.parse(child.stdout);
  for (const [key, value] of Object.entries(out.results)) {
    if (key === 'readers') Object.assign(results.readers, value); // each reader part fills its own key
    else if (Array.isArray(value) ? value.length : !['machine', 'generatedAt', 'quick'].includes(key)) results[key] = value;
  }
  rows.push(...out.rows);
}

// ---------------------------------------------------------------------------------------------------------------
// Targets (issue 4)

function targetsTable() {
  section('Targets');
  const tp = results.throughput;
  const bigTp = tp[tp.length - 1];
  const minTp = Math.min(...tp.map((t) => t.mbps));
  const ks = (doc, edit) => results.keystroke.find((k) => k.document.startsWith(doc) && k.edit.startsWith(edit));
  const cli2 = results.cli.find((c) => c.jobs === 2);
  const targets = [
    ['full parse + check ≥ 100 MB/s (slowest input)', minTp, (x) => x >= 100, (x) => `${fmt(x)} MB/s`],
    ['≥ 30× markdownlint (10 MB collection)', bigTp.mbps / bigTp.markdownlintMbps, (x) => x >= 30, (x) => `${fmt(x)}×`],
    ['≥ 1/10 of a bare scan (10 MB collection)', bigTp.mbps / bigTp.scanMbps, (x) => x >= 0.1, (x) => `1/${fmt(1 / x)}`],
    ['keystroke p99 ≤ 1 ms, 10 MB, digit in a cell', ks('collection', 'digit').p99, (x) => x <= 1, (x) => `${x.toFixed(3)} ms`],
    ['keystroke p99 ≤ 1 ms, 10 MB, typing in prose', ks('collection', 'character').p99, (x) => x <= 1, (x) => `${x.toFixed(3)} ms`],
    ['LSP round trip p99 ≤ 10 ms, report', results.roundTrip[0].p99, (x) => x <= 10, (x) => `${x.toFixed(2)} ms`],
    ['LSP round trip p99 ≤ 25 ms, 10 MB', results.roundTrip[1].p99, (x) => x <= 25, (x) => `${x.toFixed(2)} ms`],
    ['command line ≥ 2,000 reports/s on 2 cores', cli2.reportsPerSecond, (x) => x >= 2000, (x) => `${fmt(x)}/s`],
    ['server peak RSS ≤ 150 MB, 10 MB document', results.roundTrip[1].serverPeakRssMB, (x) => x <= 150, (x) => `${fmt(x)} MB`],
  ];
  // Issue 17: the whole process against markdownlint's, and the review page of 10,000 reports.
  const cold = results.coldProcess?.inputs[0];
  if (cold) targets.push(['whole process ≥ 30× markdownlint\'s (10 MB collection)', cold.ratioNow, (x) => x >= 30, (x) => `${fmt(x)}×`]);
  const page = results.reviewFolder?.runs.find((r) => r.format === 'html');
  if (page) targets.push(['review page ≤ 5 MB for 10,000 reports', page.outputMB * (10_000 / results.reviewFolder.count), (x) => x <= 5, (x) => `${x.toFixed(2)} MB`]);
  results.targets = targets.map(([name, value, ok, show]) => ({ name, value, met: ok(value), shown: show(value) }));
  row('target', 'measured', 'met');
  for (const t of results.targets) row(t.name, t.shown, t.met ? 'yes' : 'NO');
}
if (!ONLY) targetsTable();
if (Object.keys(results.readers).length) {
  section('Reader targets (parts 10–13)');
  row('target', 'measured', 'met');
  for (const r of readerTargets(results.readers)) row(...r);
}

// ---------------------------------------------------------------------------------------------------------------
// Output

const m = results.machine;
console.log(`govreport benchmark — ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.os}${QUICK ? ' (QUICK: few repetitions)' : ''}\n`);
printRows(rows);
if (!ONLY) {
  fs.writeFileSync(path.join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log('\nwritten: bench/results.json');
}
for (const failed of [memoryFailures(results), longRunFailures(results)]) {
  if (!failed) continue;
  console.error(`\n${failed}`);
  process.exitCode = 1;
}

// Part 13: a folder of PDFs on this machine's cores: `cli.js check DIR` (its default, a worker thread per core)
// against pdftotext -layout run per file with as many processes kept busy, in alternating runs; then where our
// time goes: process start, the bundle, PDFium's start, one file cold, per-file cost warm, the threads' gain.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CLI, fmt, linkFolder, QUICK, ratio, realPdfs, requireProgram, ROOT, runCli, stats } from './common.mjs';

const POOL = path.join(ROOT, 'bench/readers/pdftotext-pool.cjs');
/** Generated PDFs in the folder (with the three real ones): at ~0.1–0.3 s a file, 200 keep three alternating runs of both tools to a few minutes. */
const FOLDER_PDFS = 200;

/** Wall seconds of a process run to its end (its output piped and dropped). */
function processSeconds(command, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status === null || r.status > 1) throw new Error(`bench: ${command} ${args.join(' ')} failed (exit ${r.status}): ${r.stderr}`);
  return seconds;
}
const medianSeconds = (runs, fn) => stats(Array.from({ length: runs }, fn)).p50;

export async function pdfFolderPart({ row, section, record, documents }) {
  requireProgram('pdftotext', ['-v'], 'apt-get install poppler-utils');
  const cores = os.availableParallelism();
  // Part 14 runs all the generated PDFs; here alternating runs of both tools, so fewer of them.
  const generated = documents.pdf.slice(0, FOLDER_PDFS);
  const files = [...generated, ...realPdfs()];
  section(`13. A folder of ${files.length} PDFs (${generated.length} LibreOffice + 3 real) on ${cores} cores: cli.js check DIR vs pdftotext -layout, ${cores} at a time (seconds; median of alternating runs)`);
  const dir = linkFolder(files, 'pdf-folder');
  try {
    const ours = [];
    const reference = [];
    for (let round = 0; round < (QUICK ? 1 : 3); round++) {
      const r = runCli([dir]);
      if (r.checked !== files.length) throw new Error(`bench: cli checked ${r.checked} of ${files.length} files: ${r.summary}`);
      ours.push(r.wallSeconds);
      reference.push(processSeconds(process.execPath, [POOL, String(cores), dir]));
    }
    const oursS = stats(ours).p50;
    const refS = stats(reference).p50;
    row('run', 'files', 'seconds', 'files/s', 'ours / pdftotext (time)');
    row(`govreport check DIR (default jobs: ${cores})`, files.length, fmt(oursS, 2), fmt(files.length / oursS), ratio(oursS / refS));
    row(`pdftotext -layout, ${cores} processes at a time`, files.length, fmt(refS, 2), fmt(files.length / refS), '');
    const breakdown = whereTheTimeGoes(row, section, dir, files, documents.pdf[0], oursS);
    record('pdfFolder', { files: files.length, cores, oursSeconds: oursS, pdftotextSeconds: refS, ratio: oursS / refS, target: 'ours at least as fast', met: oursS <= refS, breakdown });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The fixed and per-file costs of our run, each measured in processes of its own (medians of a few runs). */
function whereTheTimeGoes(row, section, dir, files, onePdf, oursSeconds) {
  section('13b. Where the time of part 13 goes (ms; medians of process runs)');
  const runs = QUICK ? 3 : 7;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-bench-start-'));
  const oneText = path.join(tmp, 'one.txt');
  fs.writeFileSync(oneText, '政府信息公开工作年度报告\n');
  const pdfiumStart = `require(${JSON.stringify(path.join(ROOT, process.env.BENCH_OUT ?? 'out', 'server/src/readers/pdf/pdfiumModule.js'))}).pdfiumModule()`;
  try {
    const node = medianSeconds(runs, () => processSeconds(process.execPath, ['-e', '0']));
    const cliStart = medianSeconds(runs, () => processSeconds(process.execPath, [CLI, 'check', oneText]));
    const withPdfium = medianSeconds(runs, () => processSeconds(process.execPath, ['-e', pdfiumStart]));
    const onePdfRun = medianSeconds(runs, () => processSeconds(process.execPath, [CLI, 'check', onePdf]));
    const pdftotextOne = medianSeconds(runs, () => processSeconds('pdftotext', ['-layout', onePdf, '-']));
    const jobs1 = processSeconds(process.execPath, [CLI, 'check', '--jobs', '1', dir]);
    // Warm per-file cost on one thread: the --jobs 1 run less what a run of one file costs, over the other files.
    const perFile = (jobs1 - onePdfRun) / (files.length - 1);
    const b = {
      nodeStartMs: node * 1000, cliStartMs: cliStart * 1000, pdfiumStartMs: (withPdfium - node) * 1000, onePdfCliMs: onePdfRun * 1000,
      firstPdfMs: (onePdfRun - cliStart) * 1000, pdftotextOneMs: pdftotextOne * 1000, jobs1Seconds: jobs1, perFileWarmMs: perFile * 1000,
      threadSpeedup: jobs1 / oursSeconds,
    };
    row('cost', 'ms', 'how measured');
    row('node start (node -e 0)', fmt(b.nodeStartMs), 'process wall time');
    row('CLI start and exit (check of a one-line .txt)', fmt(b.cliStartMs), 'process wall time');
    row('PDFium start, cold (wasm compiled and initialised)', fmt(b.pdfiumStartMs), 'node starting PDFium less node start');
    row('first PDF in a fresh CLI (PDFium start + read + check)', fmt(b.firstPdfMs), 'check of one PDF less the CLI start');
    row('one pdftotext -layout process, same PDF', fmt(b.pdftotextOneMs), 'process wall time');
    row('each further PDF, warm, one thread', fmt(b.perFileWarmMs), `(--jobs 1 run of ${fmt(jobs1, 2)} s − one-file run) / ${files.length - 1}`);
    row(`worker threads' gain (--jobs 1 / default)`, ratio(b.threadSpeedup), '');
    return b;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

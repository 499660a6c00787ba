// The reviewer's desk at scale (part 18 of bench/run.mjs, or alone: `node bench/reviewFolder.mjs`): a folder of
// 10,000 mixed reports, half text and half .docx, made in a temporary folder from the real reports
// (/work/shared/reports), then checked by the CLI on 2 threads into SARIF and into the HTML review page. Reported:
// reports/s, the peak resident memory of the run (one process: the worker threads are in it), and the size of each
// output, the page's against its 5 MB budget.
//
// Text copy k: real report k mod 5 with its title numbered 「（样本k）」 and, in every fourth copy, one number of a
// table changed (a finding, as a folder's reports have some). .docx copy k: the official template filled with that
// report's numbers (the tests' filler, test/support/fillTemplate.ts), then its title numbered and, in every fourth
// copy, one number changed through the product's .docx writer, which costs a fraction of a fill.
//
// BENCH_QUICK=1 makes 1,000 reports; BENCH_REVIEW_COUNT=n makes n.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printRows } from './table.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, process.env.BENCH_OUT ?? 'out');
const COUNT = Number(process.env.BENCH_REVIEW_COUNT ?? (process.env.BENCH_QUICK ? 1000 : 10_000));
/** The page's budget for 10,000 reports (issue 17). */
export const PAGE_BUDGET_MB = 5;
const MB = 1e6;

/** Table numbers of a text: a number standing alone between tabs or at a line's end after a tab. */
const TEXT_CELL = /(?<=\t)(\d+)(?=\t|\r?$)/gm;
/** A number the filler wrote into a .docx cell: one run of its own. */
const DOCX_CELL = /<w:t xml:space="preserve">(\d+)<\/w:t>/g;

/** One of the text's numbers one more: which one moves with k, so that copies differ in where. */
function changeOne(text, pattern, k, digitsAt) {
  const cells = [...text.matchAll(pattern)];
  if (!cells.length) return text;
  const m = cells[(k * 7919) % cells.length];
  const at = m.index + digitsAt(m);
  return text.slice(0, at) + String(Number(m[1]) + 1) + text.slice(at + m[1].length);
}

function numberedTitle(text, k) {
  return text.replace(/(年度报告|年报)/, `$1（样本${k}）`);
}

/** The folder's files: even k text, odd k .docx. */
export function writeFolder(dir, count = COUNT) {
  const { fillTemplate, specFromReport } = require(path.join(OUT, 'test/support/fillTemplate.js'));
  const { writeDocxEdits } = require(path.join(OUT, 'server/src/readers/docx/index.js'));
  const { unzipSync } = require('fflate');
  const reportsDir = path.resolve(ROOT, '../shared/reports');
  const texts = fs.readdirSync(reportsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(reportsDir, f), 'utf8'));
  // Each report filled once; a copy is that .docx with its title and a number edited in document.xml.
  const bases = texts.map((text) => {
    const spec = specFromReport(text);
    const bytes = fillTemplate(spec);
    const xml = new TextDecoder().decode(unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']);
    const escaped = spec.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const titleEnd = xml.indexOf(escaped) + escaped.length;
    const cells = [...xml.matchAll(DOCX_CELL)].map((m) => ({ at: m.index + m[0].indexOf('>') + 1, digits: m[1] }));
    return { bytes, titleEnd, cells };
  });
  const made = { txt: 0, docx: 0 };
  for (let k = 0; k < count; k++) {
    const name = path.join(dir, String(k).padStart(5, '0'));
    if (k % 2 === 0) {
      let text = numberedTitle(texts[k % texts.length], k);
      if (k % 4 === 0) text = changeOne(text, TEXT_CELL, k, () => 0);
      fs.writeFileSync(`${name}.txt`, text);
      made.txt++;
      continue;
    }
    const base = bases[k % bases.length];
    const edits = [{ start: base.titleEnd, end: base.titleEnd, text: `（样本${k}）` }];
    if (k % 4 === 1 && base.cells.length) {
      const c = base.cells[(k * 7919) % base.cells.length];
      edits.push({ start: c.at, end: c.at + c.digits.length, text: String(Number(c.digits) + 1) });
    }
    fs.writeFileSync(`${name}.docx`, writeDocxEdits(base.bytes, edits));
    made.docx++;
  }
  return made;
}

/** The CLI run under bench/cli-rss.cjs: its wall time and its peak RSS (threads included). */
function runCli(args) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bench/cli-rss.cjs'), path.join(ROOT, 'dist/cli.js'), 'check', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`govreport ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return JSON.parse(r.stderr.trim().split('\n').pop());
}

export function reviewFolderPart({ row, section, results }) {
  section(`18. The reviewer's desk: ${COUNT.toLocaleString('en')} mixed reports (text and .docx) to SARIF and to the HTML page, --jobs 2`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-review-'));
  const folder = path.join(dir, 'reports');
  fs.mkdirSync(folder);
  try {
    const t0 = process.hrtime.bigint();
    const made = writeFolder(folder);
    const madeSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const inputMB = fs.readdirSync(folder).reduce((n, f) => n + fs.statSync(path.join(folder, f)).size, 0) / MB;
    results.reviewFolder = { count: COUNT, text: made.txt, docx: made.docx, inputMB, madeSeconds, runs: [] };
    row('output', 'reports', 'seconds', 'reports/s', 'peak RSS MB', 'output MB', `page ≤ ${PAGE_BUDGET_MB} MB for 10,000`);
    for (const format of ['sarif', 'html']) {
      const output = path.join(dir, `review.${format}`);
      const m = runCli(['--jobs', '2', '--no-progress', '--format', format, '-o', output, folder]);
      const size = fs.statSync(output).size / MB;
      const entry = { format, seconds: m.seconds, reportsPerSecond: COUNT / m.seconds, peakRssMB: m.maxRssKB / 1024, outputMB: size };
      results.reviewFolder.runs.push(entry);
      const budget = format === 'html' ? (size * (10_000 / COUNT) <= PAGE_BUDGET_MB ? 'yes' : 'NO') : '';
      row(format === 'html' ? 'HTML page' : 'SARIF', COUNT, m.seconds.toFixed(2), entry.reportsPerSecond.toFixed(0), entry.peakRssMB.toFixed(0), size.toFixed(2), budget);
    }
    row(`(folder: ${made.txt} text, ${made.docx} .docx, ${inputMB.toFixed(0)} MB, made in ${madeSeconds.toFixed(0)} s)`, '', '', '', '', '', '');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = [];
  reviewFolderPart({ row: (...cells) => rows.push(cells), section: (title) => rows.push([`## ${title}`]), results: {} });
  printRows(rows);
}

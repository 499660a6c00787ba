// Documents for the reader benches: the official template filled with the numbers of the five real reports
// (/work/shared/reports), taken in turn, each copy's title numbered so that no two files are the same, and
// LibreOffice's PDF and HTML of them. Cached under bench/generated/<count>-<hash of the inputs>/: a second run with
// the same inputs costs nothing. `node bench/generate-documents.mjs [count]` makes them ahead of a bench run.
//
// The filling code is the tests' (test/support/fillTemplate.ts, compiled under BENCH_OUT, default `out`).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = process.env.BENCH_OUT ?? 'out';
const SHARED = path.resolve(ROOT, '../shared');
const REPORTS_DIR = path.join(SHARED, 'reports');
const TEMPLATE = path.join(SHARED, 'templates/official-template-2021.docx');
/**
 * The cache key hashes the real inputs and this script. The filling code (test/support/fillTemplate.ts and the
 * product's .docx writer under it) changes often without changing what it writes: instead of its source, its
 * output is compared, copy 0 being made again on every run and checked against the one in the cache.
 */
const SOURCES = ['bench/generate-documents.mjs'];
/** Files per soffice call: its start-up costs seconds, a call per file would cost minutes. */
const PER_CALL = 250;
/** soffice calls at once, each with its own profile (two sharing one fail silently). */
const CONCURRENT_CALLS = Math.max(1, Math.min(2, os.availableParallelism()));
/** HTML is made for the first few files only: part 11 reads one page per real report, and soffice costs ~0.5 s a file. */
export const HTML_COUNT = 5;

const reportFiles = () => fs.readdirSync(REPORTS_DIR).filter((f) => f.endsWith('.txt')).sort();
const fileName = (k, ext) => `${String(k).padStart(5, '0')}.${ext}`;

/** The cache key: the count and a hash of every input's bytes. */
export function cacheKey(count) {
  const hash = createHash('sha256');
  for (const f of reportFiles()) hash.update(f).update(fs.readFileSync(path.join(REPORTS_DIR, f)));
  hash.update(fs.readFileSync(TEMPLATE));
  for (const f of SOURCES) hash.update(f).update(fs.readFileSync(path.join(ROOT, f)));
  return `${count}-${hash.digest('hex').slice(0, 12)}`;
}

/** The spec of each real report, in the order of their files. */
function reportSpecs() {
  const { specFromReport } = require(path.join(ROOT, OUT, 'test/support/fillTemplate.js'));
  return reportFiles().map((f) => specFromReport(fs.readFileSync(path.join(REPORTS_DIR, f), 'utf8')));
}

/** Copy k: report k mod 5's numbers and 「（样本k）」 after its title. */
function fillCopy(specs, k) {
  const { fillTemplate } = require(path.join(ROOT, OUT, 'test/support/fillTemplate.js'));
  const spec = specs[k % specs.length];
  return fillTemplate({ ...spec, title: `${spec.title}（样本${k}）` });
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** The `count` filled .docx files. */
function writeDocxFiles(dir, specs, count) {
  fs.mkdirSync(dir, { recursive: true });
  for (let k = 0; k < count; k++) fs.writeFileSync(path.join(dir, fileName(k, 'docx')), fillCopy(specs, k));
}

function soffice(files, filter, outDir, work) {
  const profile = fs.mkdtempSync(path.join(work, 'profile-'));
  return new Promise((resolve, reject) => {
    const child = spawn('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', filter, '--outdir', outDir, ...files], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, HOME: profile } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', (e) => reject(new Error(`soffice could not be started (apt-get install libreoffice-writer-nogui fonts-noto-cjk): ${e.message}`)));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`soffice exited with ${code}: ${stderr}`))));
  });
}

const outputOf = (docx, ext, outDir) => path.join(outDir, path.basename(docx).replace(/\.docx$/, `.${ext}`));

/**
 * Converts the .docx files that have no `ext` output yet, in calls of PER_CALL files, CONCURRENT_CALLS at a time.
 * soffice now and then exits without converting the last few files of a call, saying nothing: the files still
 * missing are converted again, up to three times, before giving up.
 */
async function convert(docxFiles, ext, outDir, work) {
  fs.mkdirSync(outDir, { recursive: true });
  for (let attempt = 0; ; attempt++) {
    const missing = docxFiles.filter((f) => !fs.existsSync(outputOf(f, ext, outDir)));
    if (!missing.length) return;
    if (attempt === 3) throw new Error(`soffice did not convert ${missing.length} files to ${ext}, ${missing[0]} among them`);
    const batches = [];
    for (let i = 0; i < missing.length; i += PER_CALL) batches.push(missing.slice(i, i + PER_CALL));
    let next = 0;
    const lane = async () => {
      while (next < batches.length) await soffice(batches[next++], ext, outDir, work);
    };
    await Promise.all(Array.from({ length: CONCURRENT_CALLS }, lane));
  }
}

const listing = (dir, count, ext) => Array.from({ length: count }, (_, k) => path.join(dir, ext, fileName(k, ext)));

/**
 * The generated documents (made now unless cached): their folder and the paths of the .docx, PDF and HTML files.
 * `log` hears what is being made, for a run that has to wait minutes.
 */
export async function generatedDocuments(count, log = () => {}) {
  const dir = path.join(ROOT, 'bench/generated', cacheKey(count));
  const done = path.join(dir, 'complete.json');
  const htmlCount = Math.min(HTML_COUNT, count);
  const result = { dir, docx: listing(dir, count, 'docx'), pdf: listing(dir, count, 'pdf'), html: listing(dir, htmlCount, 'html') };
  const specs = reportSpecs();
  const first = sha256(fillCopy(specs, 0));
  if (fs.existsSync(done) && JSON.parse(fs.readFileSync(done, 'utf8')).firstDocx === first) return result;
  // An interrupted run's conversions are kept (the .docx files are written again, the same bytes; the rest is
  // resumed), unless they were made from other .docx files: then they are made again.
  const started = path.join(dir, 'started.json');
  const madeFrom = [done, started].filter((f) => fs.existsSync(f)).map((f) => JSON.parse(fs.readFileSync(f, 'utf8')).firstDocx);
  if (madeFrom.some((h) => h !== first)) for (const ext of ['pdf', 'html']) fs.rmSync(path.join(dir, ext), { recursive: true, force: true });
  fs.rmSync(done, { force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(started, JSON.stringify({ firstDocx: first }) + '\n');
  const t0 = Date.now();
  log(`generating ${count} filled templates and their LibreOffice PDF (HTML of the first ${htmlCount}) in ${path.relative(ROOT, dir)} (once; minutes)`);
  writeDocxFiles(path.join(dir, 'docx'), specs, count);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-bench-soffice-'));
  try {
    await convert(result.docx, 'pdf', path.join(dir, 'pdf'), work);
    await convert(result.docx.slice(0, htmlCount), 'html', path.join(dir, 'html'), work);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  fs.writeFileSync(done, JSON.stringify({ count, htmlCount, firstDocx: first, seconds: (Date.now() - t0) / 1000 }) + '\n');
  log(`generated in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return result;
}

/** How many documents a bench run uses: BENCH_DOCUMENTS, else 1000 (BENCH_QUICK: 50). */
export const documentCount = () => Number(process.env.BENCH_DOCUMENTS ?? (process.env.BENCH_QUICK ? 50 : 1000));

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const count = process.argv[2] ? Number(process.argv[2]) : documentCount();
  const docs = await generatedDocuments(count, (m) => process.stderr.write(`${m}\n`));
  console.log(docs.dir);
}

// `govreport check [options] <file|dir>...`: arguments → files → core → formatter → exit status.
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs, requestedLang, UsageError, type CheckOptions, type OutputFormat } from './args';
import { RunConfigs } from './configs';
import { problemText, type Lang } from '../core';
import type { ConfigFile } from '../io/configFile';
import { sarifPieces } from './sarif';
import { formatCsv } from './csv';
import { formatHtml } from './review/page';
import type { FileResult } from './checkFile';
import { checkFiles, type Job } from './pool';
import { collectFiles } from './files';
import { formatJson, formatText, totals } from './format';
import { messagesFor, type Messages } from './messages';
import { recoverWrites } from '../io/recoverWrites';
import { addYearFindings, filesInPairs } from './years';
import { Progress } from './progress';
import { printable } from './printable';

/** Exit statuses: a usage error, an unreadable file or fixes not written (2) outrank findings of error severity (1). */
const OK = 0;
const FINDINGS = 1;
const TROUBLE = 2;

/** `script` is the file the CLI runs from: worker threads start it again. */
export async function runCli(argv: string[], script: string): Promise<number> {
  let m = messagesFor(requestedLang(argv));
  try {
    const command = parseArgs(argv, m);
    if (command.kind === 'help') return write(process.stdout, m.usage + '\n', OK);
    if (command.kind === 'version') return write(process.stdout, packageVersion() + '\n', OK);

    const { options } = command;
    const configs = new RunConfigs(options);
    const first = options.paths[0];
    const lang = configs.lang(first, first !== undefined && isDirectory(first));
    m = messagesFor(lang);
    // A wrong config file stops the run before anything is read: a check with half its settings would mislead.
    const named = [...options.paths, ...options.previous].map((p) => ({ path: p, isDir: isDirectory(p) }));
    const wrongBefore = configs.wrong(named);
    if (wrongBefore.length) return configFailed(wrongBefore, m, lang);
    const found = collectFiles(options.paths, (f) => configs.includes(f));
    // A mistyped path is a usage error: better to stop than to report a clean run that checked less than asked.
    if (found.missing.length) throw new UsageError(found.missing.map(m.notFound));

    const previous = collectFiles(options.previous);
    if (previous.missing.length) throw new UsageError(previous.missing.map(m.notFound));
    const wrong = configs.wrong([...found.files, ...previous.files].map((f) => ({ path: f })));
    if (wrong.length) return configFailed(wrong, m, lang);

    const results: FileResult[] = [
      ...found.unlisted.map((u) => ({ path: u.path, error: m.listFailed(u.reason), findings: [], fixed: [] })),
      ...found.outside.map((o) => ({ path: o.path, linkTarget: o.target, findings: [], fixed: [] })),
    ];
    const { fix } = options;
    // Last year's reports are read with the others (never fixed), and their own findings are not shown.
    const files = [...found.files, ...previous.files];
    const profileOf = files.map((f) => configs.profileOf(f));
    const profile = (file: string) => configs.profiles[configs.profileOf(file)];
    // What an interrupted --fix left is settled before the files are read; a file it leaves in doubt is not fixed.
    const recovered = fix ? recoveryNotes(found.files, (f) => profile(f).maxBytes, m) : new Map<string, { note: string; fix: boolean }>();
    const mine = (i: number) => i < found.files.length;
    const job = {
      files,
      fromDirectories: files.map((f, i) => mine(i) && found.fromDirectories.has(f)),
      readOnly: files.map((f, i) => !mine(i) || recovered.get(f)?.fix === false),
      profileOf,
      profiles: configs.profiles,
      options: { lang, fix, diff: options.diff },
    };
    const progress = Progress.wanted(process.stderr, files.length, options.noProgress) ? new Progress(process.stderr, files.length, lang) : undefined;
    const checked = await checkFiles(job, options.jobs, script, progress && ((done) => progress.update(done)));
    progress?.end();
    const lastYears = checked.slice(found.files.length);
    for (const r of checked.slice(0, found.files.length)) {
      const recovery = recovered.get(r.path)?.note;
      if (recovery) r.note = r.note ? `${recovery}${m.noteSeparator}${r.note}` : recovery;
      results.push(r);
    }
    await readYearFacts(filesInPairs(results, lastYears), job, options.jobs, script);
    addYearFindings(results, lastYears, (file) => ({ lang, ...profile(file) }));
    for (const r of results) {
      delete r.years;
      delete r.yearKeys;
    }
    // The warnings are counted before --quiet leaves them out: --max-warnings holds with it too.
    const warnings = totals(results).warnings;
    if (options.quiet) for (const r of results) r.findings = r.findings.filter((f) => f.diagnostic.severity === 'error');

    // --diff: only the diffs on standard output, so that they can go straight to `git apply` or `patch`.
    const out = options.diff ? [results.map((r) => r.diff ?? '').join('')] : render(options.format, results, m, options, lang);
    if (options.output === undefined) writePieces((text) => process.stdout.write(text), out);
    else if (!writeOutput(options.output, out, m)) return TROUBLE;
    const t = totals(results);
    if (options.maxWarnings !== undefined && warnings > options.maxWarnings) process.stderr.write(`govreport: ${m.tooManyWarnings(warnings, options.maxWarnings)}\n`);
    return t.unreadable || t.unwritten ? TROUBLE : t.errors || (options.maxWarnings !== undefined && warnings > options.maxWarnings) ? FINDINGS : OK;
  } catch (e) {
    if (e instanceof UsageError) return write(process.stderr, `govreport: ${e.message}\n${m.shortUsage}\n`, TROUBLE);
    return write(process.stderr, `govreport: ${m.checkFailed(e instanceof Error ? e.stack ?? e.message : String(e))}\n`, TROUBLE);
  }
}

/** The output, in one piece or (SARIF, the largest) in many. */
function render(format: OutputFormat, results: FileResult[], m: Messages, options: CheckOptions, lang: Lang): Iterable<string> {
  switch (format) {
    case 'json':
      return [formatJson(results, options.fix)];
    case 'sarif':
      return sarifPieces(results, lang, packageVersion(), process.cwd());
    case 'csv':
      return [formatCsv(results, lang)];
    case 'html':
      return [formatHtml(results, lang, packageVersion())];
    default:
      return [formatText(results, m, options.fix, lang)];
  }
}

/** Up to this many characters of output are gathered before they are written. */
const WRITE_CHARS = 1 << 20;

/** Writes the pieces through `write`, gathered into writes of about WRITE_CHARS. */
function writePieces(write: (text: string) => void, pieces: Iterable<string>): void {
  let gathered: string[] = [];
  let chars = 0;
  for (const piece of pieces) {
    gathered.push(piece);
    chars += piece.length;
    if (chars < WRITE_CHARS) continue;
    write(gathered.join(''));
    gathered = [];
    chars = 0;
  }
  if (gathered.length) write(gathered.join(''));
}

/**
 * The facts with their sentences and places of the files whose reports pair with another file's, read again:
 * the first reading sent back only each report's body and year, and most reports of a folder pair with none.
 */
async function readYearFacts(files: Set<FileResult>, job: Job, jobs: number | undefined, script: string): Promise<void> {
  if (!files.size) return;
  const list = [...files];
  const at = new Map(job.files.map((f, i) => [f, i]));
  const again = await checkFiles({
    files: list.map((f) => f.path),
    fromDirectories: list.map(() => false),
    readOnly: list.map(() => true),
    profileOf: list.map((f) => job.profileOf[at.get(f.path)!]),
    profiles: job.profiles,
    options: { ...job.options, fix: false, diff: false, yearFacts: true },
  }, jobs, script);
  list.forEach((f, i) => (f.years = again[i].years));
}

/** The output into a file; a file that cannot be written is said, and the run fails. */
function writeOutput(file: string, pieces: Iterable<string>, m: Messages): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'w');
    const to = fd;
    writePieces((text) => writeAll(to, Buffer.from(text, 'utf8')), pieces);
    return true;
  } catch (e) {
    process.stderr.write(`govreport: ${m.outputFailed(file, e instanceof Error ? e.message : String(e))}\n`);
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Writes all the bytes, however many each write takes. */
function writeAll(fd: number, bytes: Buffer): void {
  for (let at = 0; at < bytes.length; ) at += fs.writeSync(fd, bytes, at, bytes.length - at);
}

/** Per file an interrupted --fix left a journal for: what to tell, and whether the file may be fixed this time. */
function recoveryNotes(files: string[], maxBytes: (file: string) => number, m: Messages): Map<string, { note: string; fix: boolean }> {
  const notes = new Map<string, { note: string; fix: boolean }>();
  for (const r of recoverWrites(files, maxBytes)) {
    if (r.outcome === 'restored') notes.set(r.file, { note: m.leftoverRestored, fix: true });
    if (r.outcome === 'kept') notes.set(r.file, { note: m.leftoverKept(r.journal), fix: false });
  }
  return notes;
}

/** The config files' problems, each on its line under the file's name; exit 2. */
function configFailed(wrong: ConfigFile[], m: Messages, lang: Lang): number {
  const lines = wrong.flatMap((c) => [`govreport: ${m.configProblems(c.file)}`, ...c.problems.map((p) => `  ${problemText(p, lang)}`)]);
  return write(process.stderr, lines.map(printable).join('\n') + '\n', TROUBLE);
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function write(stream: NodeJS.WriteStream, text: string, code: number): number {
  stream.write(text);
  return code;
}

/**
 * The version in the package's manifest, found upwards from this file: dist/cli.js when bundled, out/server/src/cli
 * when run from tsc's output. Read at run time because the manifest lies outside the compiled sources.
 */
function packageVersion(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'govreport' && pkg.version) return pkg.version;
    }
    if (path.dirname(dir) === dir) return 'unknown';
  }
}

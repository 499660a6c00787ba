// One file through the core: read, decode, check (or fix, write back, and check what remains). Whatever goes wrong
// with this file becomes its `error` (or, when only the write-back failed, its `unwritten`); the run goes on.
import * as path from 'path';
import { applyEdits, fixReports, looksLikeReport, silencedAt, ReportDocument, type Diagnostic, type Lang, type Position, type ReportModel, type SourceFormat, type SourceLocation } from '../core';
import { sniffFile } from '../readers';
import { checkDocumentFile } from './checkDocument';
import { decodeFile, type Encoding } from '../io/encoding';
import { spliceEdits } from './fixFile';
import { readRegularFile } from '../io/readRegularFile';
import { ChangedOnDisk, ReadOnlyFile, TornWrite, writeInPlace } from '../io/writeInPlace';
import type { Messages } from './messages';
import { MEGABYTE } from './args';
import type { Config } from '../core/config';
import { yearReport, YEAR_RULES, type ReportYearKey, type YearReport } from './years';
import { fingerprints } from './fingerprint';
import { unifiedDiff } from './diff';

/**
 * A diagnostic with its range as 0-based line/character (UTF-16 code units, as LSP and editors count): of the
 * file's text, or for a .docx, HTML or PDF file of its text view; then `source` says where it is in the file.
 */
export interface Finding {
  diagnostic: Diagnostic;
  start: Position;
  end: Position;
  source?: SourceLocation;
  /** The same from one run to the next while the finding stays (see fingerprint.ts). */
  fingerprint?: string;
  /** A text file's fix, as edits of the file's lines (a .docx's fixes are of its view, not of the file). */
  fix?: { title: string; edits: { start: Position; end: Position; text: string }[] };
}

export interface FileResult {
  path: string;
  /** Set when the file could not be read, decoded or checked: then nothing else is. */
  error?: string;
  /** Set when --fix could not write the fixes back: the findings are then those of the file as it stays. */
  unwritten?: string;
  /** A link found in a directory that leads out of it, to this: not read. */
  linkTarget?: string;
  /** What the file is, when a reader read it (text files leave it out). */
  format?: SourceFormat;
  /** Something the run could not do for this file but that did not stop its check (e.g. --fix on a PDF). */
  note?: string;
  encoding?: Encoding;
  bom?: boolean;
  reportYear?: number;
  /** The issuing body, as the first report's title names it. */
  body?: string;
  template?: ReportModel['version'];
  /** How many reports the file holds (a collection of reports one after another), when more than one. */
  reports?: number;
  findings: Finding[];
  /** Titles of the fixes written to the file (--fix). */
  fixed: string[];
  /** Found in a directory, but its text is not a report: not checked. */
  skipped?: boolean;
  /** Who and which year each of its reports is of: what pairing the files of a run with last year's asks. */
  yearKeys?: ReportYearKey[];
  /** Its reports' facts with their places, for the check against last year's report (asked with `yearFacts`). */
  years?: YearReport[];
  /** `--diff`: its fixes as a unified diff (of a .docx, HTML or PDF file's text view). */
  diff?: string;
}

export interface FileOptions {
  lang: Lang;
  fix: boolean;
  rules: NonNullable<Config['rules']>;
  repeatedShare?: number;
  /** Files larger than this are not read. */
  maxBytes: number;
  /** Skip a file whose text is not a report (files found by searching a directory). */
  onlyReports?: boolean;
  /** `--diff`: the fixes as a unified diff, nothing written. */
  diff?: boolean;
  /**
   * Send back the reports' facts with their sentences and places (`years`), not only their keys: asked of the
   * files whose reports pair with another file's, once the keys of every file are known (see years.ts).
   */
  yearFacts?: boolean;
}

export async function checkFile(file: string, options: FileOptions, m: Messages): Promise<FileResult> {
  let bytes: Buffer;
  try {
    const read = readRegularFile(file, options.maxBytes);
    if (!read.ok) return failed(file, read.reason === 'not-regular' ? m.notRegular : m.tooLarge(megabytes(read.size), options.maxBytes / MEGABYTE));
    bytes = read.bytes;
  } catch (e) {
    return failed(file, m.readFailed(reason(e)));
  }
  const sniffed = sniffFile(bytes, path.extname(file));
  if (sniffed.kind === 'legacy-word') return failed(file, m.legacyWord);
  if (sniffed.kind === 'reader') return checkDocumentFile(file, bytes, sniffed.reader, options, m);
  return checkTextFile(file, bytes, options, m);
}

function checkTextFile(file: string, bytes: Buffer, options: FileOptions, m: Messages): FileResult {
  try {
    const decoded = decodeFile(bytes);
    if (!decoded.ok) return failed(file, decoded.reason === 'binary' ? m.binary : m.undecodable(decoded.guess));
    const { lang, rules, repeatedShare } = options;
    let text = decoded.text;
    if (options.onlyReports && !looksLikeReport(text)) return { path: file, findings: [], fixed: [], skipped: true };
    let doc = new ReportDocument(text, { lang, rules, repeatedShare, outline: false, keepText: options.yearFacts });
    let fixed: string[] = [];
    let unwritten: string | undefined;
    const diff = options.diff ? unifiedDiff(file, text, fixReports(doc, { lang, rules }).edits) : undefined;
    if (options.fix) {
      const result = fixReports(doc, { lang, rules });
      // No edits, no write: a file with nothing to fix keeps its bytes and its modification time.
      if (result.edits.length) {
        unwritten = tryWrite(file, bytes, () => spliceEdits(bytes, decoded, result.edits), m);
        if (!unwritten) {
          fixed = result.applied;
          text = applyEdits(text, result.edits).text;
          doc = new ReportDocument(text, { lang, rules, repeatedShare, outline: false, keepText: options.yearFacts });
        }
      }
    }
    const diagnostics = doc.diagnostics();
    const first = doc.firstReport();
    const prints = fingerprints(diagnostics, text);
    const at = (o: number) => doc.positionAt(o);
    return {
      path: file,
      encoding: decoded.encoding,
      bom: decoded.bom,
      reportYear: first.reportYear,
      body: first.facts?.body,
      template: first.version,
      reports: doc.reportCount > 1 ? doc.reportCount : undefined,
      // Related cells are not shown: they stay out of the results (which may cross threads).
      findings: diagnostics.map(({ related: _r, fix, ...d }, i) => ({
        diagnostic: d, start: at(d.range.start), end: at(d.range.end), fingerprint: prints[i],
        ...(fix ? { fix: { title: fix.title, edits: fix.edits.map((e) => ({ start: at(e.start), end: at(e.end), text: e.text })) } } : {}),
      })),
      fixed,
      ...(unwritten ? { unwritten } : {}),
      ...(diff ? { diff } : {}),
      yearKeys: yearKeys(doc),
      ...(options.yearFacts ? { years: yearReports(doc, text) } : {}),
    };
  } catch (e) {
    return failed(file, m.checkFailed(reason(e)));
  }
}

/** Each report's body and year, and whether its last year is in the file. */
function yearKeys(doc: ReportDocument): ReportYearKey[] {
  const out: ReportYearKey[] = [];
  for (let i = 0; i < doc.reportCount; i++) {
    const facts = doc.findings(i).facts;
    if (facts) out.push({ bodyKey: facts.bodyKey, year: facts.year, paired: !!doc.lastYear(i) });
  }
  return out;
}

/** Each report's facts, with the places they may be reported at, and whether its last year is in the file. */
function yearReports(doc: ReportDocument, text: string): YearReport[] {
  const out: YearReport[] = [];
  for (let i = 0; i < doc.reportCount; i++) {
    const facts = doc.findings(i).facts;
    if (!facts) continue;
    const part = doc.part(i);
    // A report's comments hold in that report, as the core reads them.
    const locate = (r: { start: number; end: number }) => ({
      start: doc.positionAt(r.start), end: doc.positionAt(r.end), words: text.slice(r.start, r.end), silenced: silencedAt(part.text, r.start - part.start, YEAR_RULES),
    });
    out.push(yearReport(facts, part.start, !!doc.lastYear(i), locate));
  }
  return out;
}

/**
 * Writes the fixed bytes (made by `after`, which may fail too) over the file's `before`; undefined when done, else
 * what to tell. A failed write-back leaves the file as it was, and so its findings: they are shown still, with this.
 */
export function tryWrite(file: string, before: Uint8Array, after: () => Uint8Array, m: Messages): string | undefined {
  try {
    writeInPlace(file, before, after());
    return undefined;
  } catch (e) {
    return writeError(e, m);
  }
}

function writeError(e: unknown, m: Messages): string {
  if (e instanceof ReadOnlyFile) return m.readOnly;
  if (e instanceof ChangedOnDisk) return m.changedOnDisk;
  if (e instanceof TornWrite) return m.writeTorn(e.journal, e.message);
  return m.writeFailed(reason(e));
}

/** A size in megabytes as a message shows it: one decimal rounded up, so that a file just over a limit of 50 does not read "50". */
function megabytes(bytes: number): string {
  return (Math.ceil((bytes / MEGABYTE) * 10) / 10).toFixed(1);
}

export function failed(path: string, error: string): FileResult {
  return { path, error, findings: [], fixed: [] };
}

export function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

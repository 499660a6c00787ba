// Last year's report across the files of a run: each file's worker sends back its reports' facts, with the
// positions of the places a finding against last year's report can stand at; here, with every file's facts at
// hand, each report is paired with its body's report of the year before and the findings are added to its file.
import * as path from 'path';
import { factPlaces, RULES, yearFindings, YearIndex, type Diagnostic, type OffsetRange, type CheckOptions, type YearFacts, type YearKey } from '../core';
import type { Finding, FileResult } from './checkFile';
import { aboutOf, fingerprintOf } from './fingerprint';

/**
 * A finding's place without the finding, the words there (what a finding on them is about), and the rules against
 * last year's report that the text's comments silence there.
 */
export type Place = Pick<Finding, 'start' | 'end' | 'source'> & { words: string; silenced: string[] };

/** The rules against last year's report, which the comments of a text may silence at a place. */
export const YEAR_RULES: readonly string[] = RULES.filter((r) => r.lastYear).map((r) => r.id);

export interface YearReport {
  /** Its facts, in offsets of the report. */
  facts: YearFacts;
  /** Where the report starts in its file's text (or view). */
  base: number;
  /** Last year's report is in the same file: the file's findings have the findings against it already. */
  paired: boolean;
  /** Where each place of the facts stands, by `start:end` in the file's offsets. */
  places: Record<string, Place>;
}

const keyOf = (r: OffsetRange) => `${r.start}:${r.end}`;

/** A report's facts as a worker sends them: with the places of its facts located in the file. */
export function yearReport(facts: YearFacts, base: number, paired: boolean, locate: (r: OffsetRange) => Place): YearReport {
  const places: Record<string, Place> = {};
  for (const r of factPlaces(facts)) {
    const at = { start: r.start + base, end: r.end + base };
    places[keyOf(at)] = locate(at);
  }
  return { facts, base, paired, places };
}

/**
 * A report's body and year as a worker first sends them back. Pairing needs no more; the facts with their
 * sentences and places (14 KB a report, 140 MB for a folder of 10,000) are asked only of the files that pair.
 */
export type ReportYearKey = YearKey & { paired: boolean };

interface Candidate<F extends YearKey, R extends { paired: boolean }> {
  facts: F;
  file: FileResult;
  report: R;
}

const candidates = (results: FileResult[]): Candidate<YearFacts, YearReport>[] => results.flatMap((file) => (file.years ?? []).map((report) => ({ facts: report.facts, file, report })));
const keyCandidates = (results: FileResult[]): Candidate<ReportYearKey, ReportYearKey>[] => results.flatMap((file) => (file.yearKeys ?? []).map((key) => ({ facts: key, file, report: key })));

/**
 * Each report (not paired within its file) with its last year's: the one named by `--previous` (one whose year is
 * the year before, of the same body when several are), else the same body's report of the year before among the
 * files checked, in another file. The one definition of a pair, for the keys and for the full facts alike.
 */
function* pairs<F extends YearKey, R extends { paired: boolean }>(mine: Candidate<F, R>[], named: Candidate<F, R>[]): Generator<[Candidate<F, R>, Candidate<F, R>]> {
  const index = new YearIndex(mine);
  for (const c of mine) {
    if (c.report.paired) continue;
    const last = namedLastYear(named, c.facts) ?? index.lastYearOf(c.facts);
    if (last && last.report !== c.report) yield [c, last];
  }
}

/** The files (of the run's and of `--previous`) that hold a report of a pair: only theirs are asked for their facts. */
export function filesInPairs(results: FileResult[], previous: FileResult[]): Set<FileResult> {
  const out = new Set<FileResult>();
  for (const [c, last] of pairs(keyCandidates(results), keyCandidates(previous))) out.add(c.file).add(last.file);
  return out;
}

/**
 * Adds to each file the findings of its reports against last year's: the one named by `--previous` (one whose year
 * is the year before, of the same body when several are), else the same body's report of the year before among
 * the files checked, in another file (a file's own reports are paired by the document).
 */
/** `optionsOf`: the rules' options for a file (its configuration's). */
export function addYearFindings(results: FileResult[], previous: FileResult[], optionsOf: (file: string) => CheckOptions): void {
  for (const [c, last] of pairs(candidates(results), candidates(previous))) {
    const lastYear = { facts: last.facts, name: path.basename(last.file.path), document: last.file.path, base: last.report.base };
    const found = yearFindings(c.facts, lastYear, optionsOf(c.file.path)).filter((d) => !placeOf(d, c.report).silenced.includes(d.rule));
    if (!found.length) continue;
    for (const d of found) c.file.findings.push(placed(d, c.report));
    c.file.findings.sort((a, b) => a.start.line - b.start.line || a.start.character - b.start.character);
  }
}

/** The report `--previous` names for a report: of the year before; when several are, of the same body. */
function namedLastYear<C extends { facts: YearKey }>(named: C[], facts: YearKey): C | undefined {
  if (facts.year === undefined) return undefined;
  const ofYear = named.filter((c) => c.facts.year === facts.year! - 1);
  if (ofYear.length <= 1) return ofYear[0];
  const ofBody = ofYear.filter((c) => c.facts.bodyKey === facts.bodyKey);
  return ofBody.length === 1 ? ofBody[0] : undefined;
}

/** Where a finding of this report stands in the file. */
function placeOf(d: Diagnostic, report: YearReport): Place {
  const range = { start: d.range.start + report.base, end: d.range.end + report.base };
  const place = report.places[keyOf(range)];
  if (!place) throw new Error(`${d.rule}: a finding outside the report's facts (${keyOf(range)})`);
  return place;
}

/** A finding in the file's offsets, at its place (the output shows neither related places nor fixes). */
function placed(d: Diagnostic, report: YearReport): Finding {
  const range = { start: d.range.start + report.base, end: d.range.end + report.base };
  const { related: _r, fix: _f, ...rest } = d;
  const { words, silenced: _s, ...at } = placeOf(d, report);
  return { diagnostic: { ...rest, range }, ...at, fingerprint: fingerprintOf(d.rule, aboutOf(d, words), 0) };
}

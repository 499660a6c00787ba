// `--format sarif`: SARIF 2.1.0 for code scanning and dashboards. One run; every rule in the driver, from the rules'
// metadata; a result per finding at its place (a text file's lines, or a .docx, HTML or PDF file's text view with the
// place in the file as a logical location), with a fingerprint that stays while the finding does, and a text file's
// fixes. Files that could not be read are the invocation's notifications.
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { RULES, type Lang, type Position, type Severity } from '../core';
import type { FileResult, Finding } from './checkFile';
import { ruleDocUri } from '../io/ruleDocs';
import { placeInFile } from './where';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
/** The base that relative paths are resolved against: the directory the command ran in. */
const SRCROOT = 'SRCROOT';

/** A SARIF region: 1-based lines and columns, columns in UTF-16 code units (the run's columnKind). */
const region = (start: Position, end: Position) => ({ startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 });

/** A file's artifact location: a relative path against SRCROOT, an absolute one as a file URI. */
function artifact(file: string): { uri: string; uriBaseId?: string } {
  if (path.isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** The head of each rule's page is written from its metadata; the page goes on by hand below this line. */
const HAND_WRITTEN = '<!-- end of the generated head: the page goes on by hand below -->';
const HAN = /[\u4e00-\u9fff]/g;

/**
 * A rule's full description: the first hand-written paragraph of its page in the language (a page has its Chinese
 * first; not every page has an English one), else its one-line summary.
 */
function fullDescription(id: string, summary: string, lang: Lang): string {
  let page: string;
  try {
    page = fs.readFileSync(fileURLToPath(ruleDocUri(id)), 'utf8');
  } catch {
    return summary;
  }
  const body = page.split(HAND_WRITTEN)[1] ?? '';
  const inLang = (p: string) => {
    const han = (p.match(HAN) ?? []).length;
    return !p.startsWith('例') && !p.startsWith('**') && (lang === 'zh' ? han > p.length / 5 : han < p.length / 20);
  };
  return body.split(/\n\s*\n/).map((p) => p.trim()).find((p) => p && inLang(p)) ?? summary;
}

function driverRules(lang: Lang) {
  return RULES.map((r) => ({
    id: r.id,
    shortDescription: { text: r.summary[lang] },
    fullDescription: { text: fullDescription(r.id, r.summary[lang], lang) },
    helpUri: ruleDocUri(r.id),
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { category: r.category, fixable: r.fixable },
  }));
}

const RULE_INDEX: ReadonlyMap<string, number> = new Map(RULES.map((r, i) => [r.id, i]));

function result(file: FileResult, f: Finding, lang: Lang) {
  const d = f.diagnostic;
  const location: Record<string, unknown> = { physicalLocation: { artifactLocation: artifact(file.path), region: region(f.start, f.end) } };
  // In a .docx, HTML or PDF file the region is of its text view; where it stands in the file is said in the file's own terms.
  if (f.source && f.source.format !== 'text') location.logicalLocations = [{ name: placeInFile(d, f.source, lang), kind: 'element' }];
  const facts: Record<string, unknown> = {};
  for (const key of ['table', 'row', 'column', 'expected', 'actual'] as const) if (d[key] !== undefined) facts[key] = d[key];
  if (f.source && f.source.format !== 'text') facts.source = f.source;
  return {
    ruleId: d.rule,
    ruleIndex: RULE_INDEX.get(d.rule),
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [location],
    ...(f.fingerprint ? { partialFingerprints: { 'govreport/v1': f.fingerprint } } : {}),
    ...(f.fix ? { fixes: [fixOf(file, f.fix)] } : {}),
    ...(Object.keys(facts).length ? { properties: facts } : {}),
  };
}

function fixOf(file: FileResult, fix: NonNullable<Finding['fix']>) {
  return {
    description: { text: fix.title },
    artifactChanges: [{ artifactLocation: artifact(file.path), replacements: fix.edits.map((e) => ({ deletedRegion: region(e.start, e.end), insertedContent: { text: e.text } })) }],
  };
}

/** Where the results go in the run's text: the run is written around them, and they one at a time. */
const RESULTS_MARK = 'govreport:results';
/** The results' indentation in the run's text (doc → runs → run → results → a result). */
const RESULT_INDENT = ' '.repeat(8);

/**
 * The whole run as SARIF text, in pieces: the text JSON.stringify(…, null, 2) makes of it, but made a result at a
 * time, so that a folder's results are never all one object tree and one string at once (10,000 reports make
 * 100 MB of SARIF). `cwd` is what relative paths are relative to.
 */
export function* sarifPieces(results: FileResult[], lang: Lang, version: string, cwd: string): Generator<string> {
  const failed = results.filter((r) => r.error !== undefined);
  const run = {
    tool: { driver: { name: 'govreport', version, semanticVersion: /^\d+\.\d+\.\d+/.test(version) ? version : undefined, language: lang === 'zh' ? 'zh-CN' : 'en', rules: driverRules(lang) } },
    invocations: [{
      executionSuccessful: failed.length === 0,
      toolExecutionNotifications: failed.map((r) => ({ level: 'error', message: { text: r.error! }, locations: [{ physicalLocation: { artifactLocation: artifact(r.path) } }] })),
    }],
    originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd).href.replace(/\/?$/, '/') } },
    columnKind: 'utf16CodeUnits',
    results: RESULTS_MARK,
  };
  const [head, tail] = JSON.stringify({ $schema: SCHEMA, version: '2.1.0', runs: [run] }, null, 2).split(JSON.stringify(RESULTS_MARK));
  let first = true;
  for (const r of results) {
    if (r.error !== undefined || r.skipped) continue;
    for (const f of r.findings) {
      const text = JSON.stringify(result(r, f, lang), null, 2).replaceAll('\n', `\n${RESULT_INDENT}`);
      yield `${first ? `${head}[\n` : ',\n'}${RESULT_INDENT}${text}`;
      first = false;
    }
  }
  yield `${first ? `${head}[]` : `\n${RESULT_INDENT.slice(2)}]`}${tail}\n`;
}

/** The whole run as SARIF text. */
export function formatSarif(results: FileResult[], lang: Lang, version: string, cwd: string): string {
  return [...sarifPieces(results, lang, version, cwd)].join('');
}

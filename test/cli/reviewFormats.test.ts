// The outputs a reviewer's tools read: SARIF 2.1.0 (validated against the standard's schema, kept in the repository)
// and CSV for a spreadsheet; both from the same results as the text and JSON outputs.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { RULES } from '../../server/src/core';
import { PUBLISHED_DIR } from '../support/reports';
import { copyReport, R001, R002, REPORT_FILES, removeTempDirs, ROOT, runCli, tempDir } from './cliHarness';

const SCHEMA = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/sarif-schema-2.1.0.json'), 'utf8'));

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number } }; logicalLocations?: { name: string }[] }[];
  partialFingerprints: Record<string, string>;
  fixes?: { artifactChanges: { replacements: { deletedRegion: { startLine: number }; insertedContent: { text: string } }[] }[] }[];
  properties?: Record<string, unknown>;
}
interface Sarif {
  version: string;
  runs: { tool: { driver: { rules: { id: string; defaultConfiguration: { level: string }; helpUri: string }[] } }; results: SarifResult[]; invocations: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string } }[] }[] }[];
}

/** Every real report (the five texts, the three published PDFs) and one file that cannot be read, in one folder. */
function reviewFolder(): string {
  const dir = tempDir();
  for (const f of REPORT_FILES) copyReport(f, dir);
  for (const f of fs.readdirSync(PUBLISHED_DIR).filter((x) => x.endsWith('.pdf'))) fs.copyFileSync(path.join(PUBLISHED_DIR, f), path.join(dir, f));
  fs.writeFileSync(path.join(dir, 'broken.docx'), 'PK\u0003\u0004 not a zip');
  return dir;
}

const sarifOf = (args: string[], cwd: string) => JSON.parse(runCli(['check', ...args, '--format', 'sarif'], cwd).stdout) as Sarif;

describe('govreport check: SARIF and CSV', () => {
  after(removeTempDirs);

  it('SARIF is written a result at a time as the text JSON.stringify makes of it, the same on standard output and in a file', () => {
    const dir = reviewFolder();
    const out = runCli(['check', '.', '--format', 'sarif'], dir).stdout;
    assert.strictEqual(out, `${JSON.stringify(JSON.parse(out), null, 2)}\n`);
    assert.ok((JSON.parse(out) as Sarif).runs[0].results.length > 20, 'many results, each written on its own');
    runCli(['check', '.', '--format', 'sarif', '--output', 'review.sarif'], dir);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'review.sarif'), 'utf8'), out);
    // No result at all: an empty array, as one object's text has it.
    const empty = tempDir();
    fs.writeFileSync(path.join(empty, 'notes.txt'), '会议纪要：下周一讨论年度报告的编制。\n');
    const none = runCli(['check', '.', '--format', 'sarif'], empty).stdout;
    assert.strictEqual(none, `${JSON.stringify(JSON.parse(none), null, 2)}\n`);
    assert.deepStrictEqual((JSON.parse(none) as Sarif).runs[0].results, []);
  });

  it('SARIF of every real report validates against the SARIF 2.1.0 schema, with every rule and every finding of the JSON output', () => {
    const dir = reviewFolder();
    const r = runCli(['check', '.', '--format', 'sarif'], dir);
    assert.strictEqual(r.status, 2, 'broken.docx cannot be read');
    const sarif = JSON.parse(r.stdout) as Sarif;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const valid = ajv.validate(SCHEMA, sarif);
    assert.ok(valid, JSON.stringify(ajv.errors?.slice(0, 5), null, 1));
    const [run] = sarif.runs;
    assert.deepStrictEqual(run.tool.driver.rules.map((x) => [x.id, x.defaultConfiguration.level]), RULES.map((x) => [x.id, x.severity === 'info' ? 'note' : x.severity]));
    assert.ok(run.tool.driver.rules.every((x) => fs.existsSync(new URL(x.helpUri))), 'every help URI is a page that exists');
    const json = JSON.parse(runCli(['check', '.', '--format', 'json'], dir).stdout) as { files: { path: string; diagnostics?: { rule: string }[] }[] };
    const expected = json.files.flatMap((f) => (f.diagnostics ?? []).map((d) => `${f.path}|${d.rule}`));
    assert.deepStrictEqual(run.results.map((x) => `${decodeURIComponent(x.locations[0].physicalLocation.artifactLocation.uri)}|${x.ruleId}`), expected);
    assert.ok(run.results.every((x) => RULES[x.ruleIndex].id === x.ruleId));
    assert.deepStrictEqual([run.invocations[0].executionSuccessful, run.invocations[0].toolExecutionNotifications.length], [false, 1]);
  });

  it('a PDF finding is at its place in the text view, with the page and cell as a logical location; a text file\'s fix is a SARIF fix', () => {
    const dir = reviewFolder();
    const { results } = sarifOf(['hongzequ_2023.pdf', R001], dir).runs[0];
    const review = results.find((x) => x.ruleId === 'litigation-total' && x.properties?.row === 'review')!;
    assert.deepStrictEqual([review.level, review.locations[0].logicalLocations?.[0].name, review.properties?.expected, review.properties?.actual, review.fixes], ['error', 'p.4 表四 行政复议 总计', 11, 0, undefined]);
    assert.strictEqual(review.locations[0].physicalLocation.artifactLocation.uriBaseId, 'SRCROOT');
    // 001's row label of the variant wording, at 128:2: fixed to the template's.
    const label = results.find((x) => x.ruleId === 'row-label' && x.properties?.row === 'carried_in')!;
    assert.deepStrictEqual(label.locations[0].physicalLocation.region.startLine, 128);
    assert.deepStrictEqual(label.fixes?.[0].artifactChanges[0].replacements.map((x) => [x.deletedRegion.startLine, x.insertedContent.text]), [[128, '二、上年结转政府信息公开申请数量']]);
  });

  it('fingerprints stay from one run to the next, and when lines are added above the findings', () => {
    const dir = tempDir();
    const file = copyReport(R001, dir, '001.txt');
    const before = sarifOf(['001.txt'], dir).runs[0].results;
    assert.strictEqual(new Set(before.map((x) => x.partialFingerprints['govreport/v1'])).size, before.length, 'every finding its own');
    assert.deepStrictEqual(sarifOf(['001.txt'], dir).runs[0].results.map((x) => x.partialFingerprints), before.map((x) => x.partialFingerprints));
    const text = fs.readFileSync(file, 'utf8');
    const firstBreak = text.indexOf('\n') + 1;
    fs.writeFileSync(file, text.slice(0, firstBreak) + '\n\n' + text.slice(firstBreak));
    const after = sarifOf(['001.txt'], dir).runs[0].results;
    assert.deepStrictEqual(after.map((x) => x.locations[0].physicalLocation.region.startLine), before.map((x) => x.locations[0].physicalLocation.region.startLine + 2));
    assert.deepStrictEqual(after.map((x) => x.partialFingerprints), before.map((x) => x.partialFingerprints));
  });

  it('CSV: UTF-8 with a BOM, a row per finding and per unreadable file, fields quoted, formulas disarmed', () => {
    const dir = reviewFolder();
    fs.copyFileSync(path.join(dir, R002), path.join(dir, '=HYPERLINK("x"),1.txt'));
    const r = runCli(['check', '.', '--format', 'csv'], dir);
    assert.ok(r.stdout.startsWith('\ufefffile,place,body,year,rule,severity,table,row,column,expected,actual,message\r\n'));
    const rows = r.stdout.slice(1).split('\r\n').filter((x) => x);
    const json = JSON.parse(runCli(['check', '.', '--format', 'json'], dir).stdout) as { files: { error?: string; diagnostics?: unknown[] }[] };
    assert.strictEqual(rows.length - 1, json.files.reduce((n, f) => n + (f.error ? 1 : f.diagnostics?.length ?? 0), 0));
    assert.ok(rows.includes(`${R002},5:89,北仑区人民政府办公室,2021,superseded-template,warning,,,,,,2021 年度报告应按国办公开办函〔2021〕30号的模板编制，此处引用的国办公开办函〔2019〕60号已被其取代`));
    assert.ok(rows.some((x) => x.startsWith(`"'=HYPERLINK(""x""),1.txt",5:89,`)), 'a name that is a formula is quoted and disarmed');
    assert.ok(rows.some((x) => x.startsWith('hongzequ_2023.pdf,p.4 表四 行政复议 总计,洪泽区人民政府,2023,litigation-total,error,4,review,total,11,0,')));
    assert.ok(rows.some((x) => x.startsWith('broken.docx,,,,unreadable,error,')));
  });

  it('--output writes the output to a file; a file that cannot be written is said, exit 2', () => {
    const dir = tempDir();
    copyReport(R002, dir);
    const r = runCli(['check', R002, '--format', 'sarif', '--output', 'review.sarif'], dir);
    assert.deepStrictEqual([r.status, r.stdout], [0, '']);
    assert.strictEqual((JSON.parse(fs.readFileSync(path.join(dir, 'review.sarif'), 'utf8')) as Sarif).runs[0].results.length, 1);
    const bad = runCli(['check', R002, '-o', path.join(dir, 'no', 'such', 'dir', 'x.csv'), '--format', 'csv'], dir);
    assert.strictEqual(bad.status, 2);
    assert.match(bad.stderr, /无法写入输出文件 .*x\.csv/);
  });
});

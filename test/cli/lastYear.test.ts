import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { buildReportText } from '../support/reportBuilder';
import { PUBLISHED_DIR, readReport, REPORT_FILES } from '../support/reports';
import { removeTempDirs, runCli, tempDir } from './cliHarness';

/** Builder reports of one body: 2021 carried out 4 (3 natural persons, 1 other), 2022 carried in 2 (natural persons). */
function pair(dir: string, sub2021 = '', sub2022 = ''): { r2021: string; r2022: string } {
  const r2021 = path.join(dir, sub2021, '2021.txt');
  const r2022 = path.join(dir, sub2022, '2022.txt');
  for (const [file, year] of [[r2021, 2021], [r2022, 2022]] as const) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, buildReportText({ layout: 'word', year }).text);
  }
  return { r2021, r2022 };
}

/** The lines of the findings against last year's report. */
const yearLines = (stdout: string) => stdout.split('\n').filter((l) => /carried-over|in-force-carried|repeated-text/.test(l));

const CARRIED = (file: string, by: string) => [
  `${file}:22:2  warning  in-force-carried  “行政规范性文件”现行有效 25 件，而上年报告（${by}）现行有效 25 件，本年制发 3 件、废止 1 件，应为 27 件`,
  `${file}:91:2  error  carried-over  二、上年结转政府信息公开申请数量 × 自然人 为 2，而上年报告（${by}）的“四、结转下年度继续办理”为 3：结转的申请，两年的报告应是同一个数`,
  `${file}:96:2  error  carried-over  二、上年结转政府信息公开申请数量 × 其他 为 0，而上年报告（${by}）的“四、结转下年度继续办理”为 1：结转的申请，两年的报告应是同一个数`,
  `${file}:97:2  error  carried-over  二、上年结转政府信息公开申请数量 × 总计 为 2，而上年报告（${by}）的“四、结转下年度继续办理”为 4：结转的申请，两年的报告应是同一个数`,
];

describe('govreport check: last year\'s report', () => {
  after(removeTempDirs);

  it('finds last year\'s report among the files checked, in other folders too; the findings are this year\'s, exit 1', () => {
    const dir = tempDir();
    pair(dir, '2021', '2022');
    const r = runCli(['check', '.'], dir);
    assert.deepStrictEqual(yearLines(r.stdout), CARRIED('2022/2022.txt', '2021.txt'));
    assert.match(r.stdout, /检查了 2 个文件：3 个错误，1 个警告/);
    assert.strictEqual(r.status, 1);
  });

  it('a pair among many files on worker threads: its facts are read again for it alone, the findings those of the pair alone', () => {
    const dir = tempDir();
    pair(dir, 'a', 'b');
    // Other bodies' reports, enough for two threads: the real ones, numbered, twelve of each body and year (a
    // doubt: none of them pairs).
    const others = path.join(dir, 'others');
    fs.mkdirSync(others);
    for (let k = 0; k < 60; k++) fs.writeFileSync(path.join(others, `${k}.txt`), readReport(REPORT_FILES[k % REPORT_FILES.length]).replace(/(年度报告|年报)/, `$1（样本${k}）`));
    const alone = yearLines(runCli(['check', 'a', 'b', '--jobs', '1'], dir).stdout);
    assert.deepStrictEqual(alone, CARRIED('b/2022.txt', '2021.txt'));
    assert.deepStrictEqual(yearLines(runCli(['check', '.', '--jobs', '2'], dir).stdout), alone);
  });

  it('--previous names it: checked against, never reported on; alone, a report has no last year', () => {
    const dir = tempDir();
    pair(dir);
    assert.deepStrictEqual(yearLines(runCli(['check', '2022.txt'], dir).stdout), []);
    const r = runCli(['check', '2022.txt', '--previous', '2021.txt'], dir);
    assert.deepStrictEqual(yearLines(r.stdout), CARRIED('2022.txt', '2021.txt'));
    assert.match(r.stdout, /检查了 1 个文件/);
    assert.doesNotMatch(r.stdout, /^2021\.txt/m);
    assert.strictEqual(runCli(['check', '2022.txt', '--previous', 'none.txt'], dir).status, 2);
  });

  it('--previous is never fixed, and --fix leaves the findings against it (they have no fix)', () => {
    const dir = tempDir();
    const { r2021 } = pair(dir);
    // A row label of the template's variant in 2021's report: a fix that would be written, were it fixed.
    fs.writeFileSync(r2021, fs.readFileSync(r2021, 'utf8').replace('二、上年结转政府信息公开申请数量', '二、上年转结政府信息公开申请数量'));
    const original = fs.readFileSync(r2021);
    assert.match(runCli(['check', '2021.txt'], dir).stdout, /row-label/);
    const r = runCli(['check', '2022.txt', '--previous', '2021.txt', '--fix'], dir);
    assert.deepStrictEqual(fs.readFileSync(r2021), original);
    assert.strictEqual(yearLines(r.stdout).length, 4);
  });

  it('a report of the year before in the same file: its place in the file names it', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'both.txt'), buildReportText({ layout: 'word', year: 2022 }).text + buildReportText({ layout: 'word', year: 2021 }).text);
    assert.deepStrictEqual(yearLines(runCli(['check', 'both.txt'], dir).stdout), CARRIED('both.txt', '本文件第 2 份报告'));
  });

  it('a comment in this year\'s report silences a rule against last year\'s, across files too', () => {
    const dir = tempDir();
    const { r2022 } = pair(dir);
    fs.writeFileSync(r2022, fs.readFileSync(r2022, 'utf8').replace('一、总体情况', '<!-- govreport-disable carried-over -->\n一、总体情况'));
    assert.deepStrictEqual(yearLines(runCli(['check', '.'], dir).stdout).map((l) => l.split('  ')[2]), ['in-force-carried']);
  });

  it('another body\'s report of the year before is not last year\'s', () => {
    const dir = tempDir();
    const { r2021 } = pair(dir);
    fs.writeFileSync(r2021, fs.readFileSync(r2021, 'utf8').replace('示例县人民政府办公室', '另一县人民政府办公室'));
    assert.deepStrictEqual(yearLines(runCli(['check', '.'], dir).stdout), []);
  });

  it('json: the findings with their table keys; English on request', () => {
    const dir = tempDir();
    pair(dir);
    const json = JSON.parse(runCli(['check', '.', '--format', 'json', '--lang', 'en'], dir).stdout) as { files: { path: string; diagnostics: { rule: string; column?: string; expected?: number; actual?: number; message: string; range: unknown }[] }[] };
    const carried = json.files.find((f) => f.path === '2022.txt')!.diagnostics.filter((d) => d.rule === 'carried-over');
    assert.deepStrictEqual(carried.map((d) => [d.column, d.expected, d.actual]), [['natural', 3, 2], ['other', 1, 0], ['total', 4, 2]]);
    assert.deepStrictEqual(carried[2].range, { start: { line: 96, character: 1 }, end: { line: 96, character: 2 } });
    assert.strictEqual(carried[2].message, 'II. Requests carried over from last year × total is 2, while last year\'s report (2021.txt) carried 4 over to this year: the two reports must give one count');
  });

  it('the real pair, hongzequ 2023 and 2024 as published: nothing at the default; --repeated-text 25 shows the shares, on the pages', () => {
    const dir = tempDir();
    for (const f of ['hongzequ_2023.pdf', 'hongzequ_2024.pdf']) fs.copyFileSync(path.join(PUBLISHED_DIR, f), path.join(dir, f));
    assert.deepStrictEqual(yearLines(runCli(['check', '.'], dir).stdout), []);
    assert.deepStrictEqual(yearLines(runCli(['check', '.', '--repeated-text', '25'], dir).stdout), [
      'hongzequ_2024.pdf: p.1  info  repeated-text  第一部分的 10 句中有 3 句（30%）与上年报告（hongzequ_2023.pdf）相同或几乎相同',
      'hongzequ_2024.pdf: p.4  info  repeated-text  第五部分的 5 句中有 2 句（40%）与上年报告（hongzequ_2023.pdf）相同或几乎相同',
    ]);
    assert.strictEqual(runCli(['check', '.', '--repeated-text', '0'], dir).status, 2);
    // The same threshold from a config file; 35 on the command line leaves only section 五's 40 %.
    fs.writeFileSync(path.join(dir, 'govreport.json'), '{ "repeatedText": 25 }');
    assert.strictEqual(yearLines(runCli(['check', '.'], dir).stdout).length, 2);
    assert.deepStrictEqual(yearLines(runCli(['check', '.', '--repeated-text', '35'], dir).stdout).map((l) => l.split('  ')[0]), ['hongzequ_2024.pdf: p.4']);
  });
});

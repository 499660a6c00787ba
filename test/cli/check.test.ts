import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REPORT_FILES, copyReport, readReport, line002, lines001, R001, R002, ROOT, removeTempDirs, runCli, tempDir } from './cliHarness';
import { buildReportText } from '../support/reportBuilder';
import { REPORTS_DIR } from '../support/reports';

// 001's twelve findings: 2 errors, 9 warnings and one info (text-typo), which the summary does not count.
const SUMMARY_001 = '检查了 1 个文件：2 个错误，9 个警告，0 个文件无法读取';

describe('govreport check: output and exit status', () => {
  after(removeTempDirs);

  it('text format: one line per finding, 1-based positions, then the summary; exit 1 for errors', () => {
    const dir = tempDir();
    copyReport(R001, dir);
    const r = runCli(['check', R001], dir);
    assert.strictEqual(r.stdout, [...lines001(R001), SUMMARY_001].join('\n') + '\n');
    assert.strictEqual(r.stderr, '');
    assert.strictEqual(r.status, 1);
  });

  it('json format: report year, template and the table keys of both broken totals, 0-based ranges', () => {
    const dir = tempDir();
    copyReport(R001, dir);
    const r = runCli(['check', '--format', 'json', R001], dir);
    assert.strictEqual(r.status, 1);
    const out = JSON.parse(r.stdout);
    assert.strictEqual(out.files.length, 1);
    const file = out.files[0];
    assert.deepStrictEqual(
      [file.path, file.reportYear, file.template, file.encoding, file.bom],
      [R001, 2020, 'v2019', 'utf-8', false],
    );
    assert.deepStrictEqual(file.diagnostics.map((d: { rule: string }) => d.rule), [
      'copied-text', 'parts-exceed-whole', 'text-typo', 'copied-text',
      'row-label', 'row-label', 'column-total', 'column-total', 'row-label', 'section-title',
      'copied-text', 'copied-text',
    ]);
    // Each finding's fingerprint (see reviewFormats.test.ts): what stays from one run to the next.
    assert.ok(file.diagnostics.every((d: { fingerprint?: string }) => /^[0-9a-f]{32}$/.test(d.fingerprint ?? '')));
    const withoutPrint = ({ fingerprint: _f, ...d }: { fingerprint?: string }) => d;
    assert.deepStrictEqual(file.diagnostics.filter((d: { rule: string }) => d.rule === 'column-total').map(withoutPrint), [
      {
        rule: 'column-total',
        severity: 'error',
        message: '“自然人”列的（七）总计应为各办理结果之和 171，实为 170。（七）总计与“一 + 二 − 四”相符，可疑的是办理结果各行（如重复计数或录入错误），而非（七）总计；未提供自动修复。',
        range: { start: { line: 344, character: 1 }, end: { line: 344, character: 4 } },
        table: 3,
        row: 'total',
        column: 'natural',
        expected: 171,
        actual: 170,
      },
      {
        rule: 'column-total',
        severity: 'error',
        message: '“总计”列的（七）总计应为各办理结果之和 176，实为 175。（七）总计与“一 + 二 − 四”相符，可疑的是办理结果各行（如重复计数或录入错误），而非（七）总计；未提供自动修复。',
        range: { start: { line: 350, character: 1 }, end: { line: 350, character: 4 } },
        table: 3,
        row: 'total',
        column: 'total',
        expected: 176,
        actual: 175,
      },
    ]);
    // A section finding, and a finding in the text, has no table keys at all, not keys set to null.
    assert.deepStrictEqual(Object.keys(file.diagnostics[9]), ['rule', 'severity', 'message', 'range', 'fingerprint']);
    assert.deepStrictEqual(Object.keys(file.diagnostics[1]), ['rule', 'severity', 'message', 'range', 'fingerprint']);
  });

  it('a report without findings: exit 0 and only the summary', () => {
    // None of the real reports is free of findings any more (002, the last, cites the 2019 template notice), so
    // the report is the builder's consistent one, written out as Word's text export.
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'clean.txt'), buildReportText({ layout: 'word' }).text);
    const r = runCli(['check', 'clean.txt'], dir);
    assert.deepStrictEqual([r.status, r.stdout, r.stderr], [0, '检查了 1 个文件：0 个错误，0 个警告，0 个文件无法读取\n', '']);
  });

  it('--lang en: core findings and the CLI\'s own words in English', () => {
    const dir = tempDir();
    copyReport(R001, dir);
    const r = runCli(['check', '--lang', 'en', R001], dir);
    const lines = r.stdout.trimEnd().split('\n');
    assert.strictEqual(lines.length, 13); // 001's twelve findings (see lines001) and the summary
    assert.strictEqual(
      lines[6],
      `${R001}:345:2  error  column-total  Column "natural persons": (7) total should be the sum of the results, 171, is 170. (7) Total agrees with I + II − IV, so the result rows are suspect (a request counted twice, a typo), not the total; no automatic fix.`,
    );
    assert.strictEqual(lines[12], '1 file checked: 2 errors, 9 warnings, 0 unreadable');
    assert.strictEqual(r.status, 1);
  });

  it('a directory: report files found recursively and sorted; node_modules, dot-directories, saved pages\' folders and other files skipped', () => {
    const dir = tempDir();
    for (const name of REPORT_FILES) copyReport(name, path.join(dir, 'reports'));
    fs.mkdirSync(path.join(dir, 'reports/drafts'));
    fs.writeFileSync(path.join(dir, 'reports/drafts/草稿.md'), '# 某县人民政府办公室2021年政府信息公开工作年度报告\n\n## 一、总体情况\n');
    for (const skipped of ['node_modules/x.txt', '.git/y.txt', '.hidden/z.md', 'notes.xlsx', 'README', 'page_files/header.htm', 'page.files/frame.html']) {
      fs.mkdirSync(path.dirname(path.join(dir, 'reports', skipped)), { recursive: true });
      fs.writeFileSync(path.join(dir, 'reports', skipped), 'not a report\n');
    }
    // The same file named again is checked once.
    const r = runCli(['check', '--format', 'json', 'reports', path.join('reports', R001)], dir);
    const files = JSON.parse(r.stdout).files as { path: string; reportYear: number | null; diagnostics: { rule: string }[] }[];
    assert.deepStrictEqual(files.map((f) => f.path), [...REPORT_FILES.map((n) => path.join('reports', n)), path.join('reports', 'drafts', '草稿.md')]);
    assert.deepStrictEqual(files.map((f) => f.reportYear), [2021, 2020, 2021, 2021, 2020, 2021]);
    assert.deepStrictEqual(files[5].diagnostics.filter((d) => d.rule === 'section-missing').length, 5);
    assert.strictEqual(r.status, 1);
  });

  it('usage errors: message and short usage on stderr, nothing on stdout, exit 2', () => {
    const dir = tempDir();
    copyReport(R002, dir);
    const usage = '用法：govreport check [选项] <文件|目录>...\n运行 govreport --help 查看全部选项。\n';
    const cases: [string[], string][] = [
      [['check', 'missing.txt', R002], 'govreport: 找不到文件或目录：missing.txt\n' + usage],
      [['check', '--strict', R002], 'govreport: 未知选项“--strict”\n' + usage],
      [['check', '--format', 'xml', R002], 'govreport: 选项 --format 的取值“xml”无效，可选：text, json, sarif, csv, html\n' + usage],
      [['check', '--lang=fr', R002], 'govreport: 选项 --lang 的取值“fr”无效，可选：auto, zh, en\n' + usage],
      [['check', R002, '--format'], 'govreport: 选项 --format 缺少取值\n' + usage],
      [['check'], 'govreport: 没有给出要检查的文件或目录\n' + usage],
      [[R002], `govreport: 未知命令“${R002}”，目前只有 check\n` + usage],
      [['check', '--lang', 'en', '--bogus', R002], 'govreport: unknown option "--bogus"\nUsage: govreport check [options] <file|dir>...\nRun govreport --help for all options.\n'],
    ];
    for (const [args, stderr] of cases) {
      const r = runCli(args, dir);
      assert.deepStrictEqual([r.status, r.stdout, r.stderr], [2, '', stderr], args.join(' '));
    }
  });

  it('--help prints the usage and --version the package version, exit 0', () => {
    const dir = tempDir();
    const help = runCli(['check', '--help'], dir);
    assert.strictEqual(help.status, 0);
    assert.ok(help.stdout.startsWith('用法：govreport check [选项] <文件|目录>...\n'), help.stdout);
    assert.match(help.stdout, /--format <格式>/);
    assert.ok(runCli(['--help', '--lang', 'en'], dir).stdout.startsWith('Usage: govreport check [options] <file|dir>...\n'));
    const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
    assert.deepStrictEqual(runCli(['--version'], dir), { status: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('govreport check: rule severities and directories with other files', () => {
  it('--rule sets a rule off or changes its severity, and rejects an unknown rule or level', () => {
    const dir = tempDir();
    copyReport('001_5f52f77d1e58bc3f.txt', dir, 'r.txt');
    const r = runCli(['check', '--rule', 'section-title=off', '--rule', 'row-label=off', '--rule=column-total=warning', 'r.txt'], dir);
    assert.strictEqual(r.status, 0);
    // Left: 001's text findings as they were, and its two column totals as warnings: 0 errors, 7 warnings (the
    // info text-typo not counted).
    assert.deepStrictEqual(r.stdout.trim().split('\n').map((l) => l.split('  ').slice(0, 3).join(' ')), [
      'r.txt:10:21 warning copied-text',
      'r.txt:11:27 warning parts-exceed-whole',
      'r.txt:12:20 info text-typo',
      'r.txt:13:130 warning copied-text',
      'r.txt:345:2 warning column-total',
      'r.txt:351:2 warning column-total',
      'r.txt:406:38 warning copied-text',
      'r.txt:407:51 warning copied-text',
      '检查了 1 个文件：0 个错误，7 个警告，0 个文件无法读取',
    ]);
    const bad = runCli(['check', '--rule', 'no-such-rule=off', 'r.txt'], dir);
    assert.strictEqual(bad.status, 2);
    assert.match(bad.stderr, /--rule/);
    assert.strictEqual(runCli(['check', '--rule', 'row-total=loud', 'r.txt'], dir).status, 2);
  });

  it('a directory search skips text files that are not reports; a file named explicitly is checked anyway', () => {
    const dir = tempDir();
    copyReport('002_0b0fce05247e3def.txt', path.join(dir, 'drafts'));
    fs.writeFileSync(path.join(dir, 'drafts', 'README.md'), '# 说明\n\n这个目录存放今年的报告草稿。\n');
    const r = runCli(['check', 'drafts'], dir);
    assert.strictEqual(r.status, 0);
    assert.strictEqual(r.stdout, [
      line002('drafts/002_0b0fce05247e3def.txt'),
      '检查了 1 个文件：0 个错误，1 个警告，0 个文件无法读取；跳过 1 个不是年度报告的文件',
    ].join('\n') + '\n');
    // Checked anyway, it has none of the six sections: one warning that its structure cannot be read, no errors.
    const named = runCli(['check', 'drafts/README.md'], dir);
    assert.strictEqual(named.status, 0);
    assert.match(named.stdout, /^drafts\/README\.md:1:1  warning  structure-unreadable  /m);
    assert.strictEqual(named.stdout.split('\n').filter((l) => l.includes('section-missing')).length, 0);
  });
});

describe('govreport check: many files on worker threads, and a file of many reports', () => {
  after(removeTempDirs);

  it('60 files checked with --jobs 2 give the output of --jobs 1, in the same order', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'many'));
    for (let i = 0; i < 60; i++) {
      const name = REPORT_FILES[i % 5];
      let text = readReport(name);
      // Every seventh file gets a broken total in table 3 of 002 (本机关不掌握相关政府信息 × 自然人 2 → 5).
      if (i % 7 === 0 && name === R002) text = text.replace('\t1.本机关不掌握相关政府信息\n\t2\n', '\t1.本机关不掌握相关政府信息\n\t5\n');
      fs.writeFileSync(path.join(dir, 'many', `${String(i).padStart(2, '0')}-${name}`), text);
    }
    const one = runCli(['check', '--format', 'json', '--jobs', '1', 'many'], dir);
    const two = runCli(['check', '--format', 'json', '--jobs', '2', 'many'], dir);
    assert.strictEqual(two.stdout, one.stdout);
    assert.strictEqual(two.status, one.status);
    const files = JSON.parse(two.stdout).files as { path: string; diagnostics: { rule: string; severity: string }[] }[];
    assert.strictEqual(files.length, 60);
    const broken = files.filter((f) => f.diagnostics.some((d) => d.severity === 'error' && d.rule !== 'cell-count' && d.rule !== 'column-total'));
    assert.deepStrictEqual(broken.map((f) => path.basename(f.path)), ['07-002_0b0fce05247e3def.txt', '42-002_0b0fce05247e3def.txt']);
  });

  it('a file holding the five reports one after another: each checked as its own report', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'all.txt'), REPORT_FILES.map(readReport).join('\n'));
    const r = runCli(['check', '--format', 'json', 'all.txt'], dir);
    const [file] = JSON.parse(r.stdout).files as { reports: number; reportYear: number; diagnostics: { rule: string; range: { start: { line: number } } }[] }[];
    assert.strictEqual(file.reports, 5);
    assert.strictEqual(file.reportYear, 2021);
    assert.strictEqual(file.diagnostics.length, 23); // 000 3, 001 12, 002 1, 003 5, 004 2
    assert.ok(!file.diagnostics.some((d) => d.rule === 'section-order'));
  });

  it('the five report files joined as cat joins them (003 has no final line break): five reports, the same findings', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'all.txt'), Buffer.concat(REPORT_FILES.map((name) => fs.readFileSync(path.join(REPORTS_DIR, name)))));
    const r = runCli(['check', '--format', 'json', 'all.txt'], dir);
    const [file] = JSON.parse(r.stdout).files as { reports: number; diagnostics: { rule: string; range: { start: { line: number; character: number } } }[] }[];
    assert.strictEqual(file.reports, 5);
    assert.deepStrictEqual(file.diagnostics.map((d) => d.rule).sort(), [
      'column-total', 'column-total', 'cell-count', 'cell-count', 'row-label', 'row-label', 'row-label', 'row-label', 'section-extra', 'section-title', 'section-title', 'section-title', 'section-title',
      'copied-text', 'copied-text', 'copied-text', 'copied-text', 'parts-exceed-whole', 'text-typo', // 001's text
      'superseded-template', // 002
      'report-year', 'processing-fee', // 003 (its processing-fee on the line 004 starts on)
      'text-typo', // 004
    ].sort());
  });
});

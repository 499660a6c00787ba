import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { copyReport, line002, lines001, R001, R002, removeTempDirs, runCli, tempDir } from './cliHarness';

const writeConfig = (dir: string, config: unknown, name = 'govreport.json') => {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), typeof config === 'string' ? config : JSON.stringify(config, null, 2));
};
/** `file:line:col severity rule` of each finding line, and the summary line. */
const brief = (stdout: string) => stdout.trim().split('\n').map((l) => l.split('  ').slice(0, 3).join(' '));

describe('govreport check: config files (govreport.json)', () => {
  after(removeTempDirs);

  it('the nearest govreport.json sets rule severities: 001 with column-total a warning exits 0', () => {
    const dir = tempDir();
    copyReport(R001, dir);
    writeConfig(dir, { $schema: './node_modules/govreport/schemas/govreport.schema.json', rules: { 'column-total': 'warning', 'copied-text': 'off' } });
    const r = runCli(['check', R001], dir);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.deepStrictEqual(brief(r.stdout), [
      `${R001}:11:27 warning parts-exceed-whole`,
      `${R001}:12:20 info text-typo`,
      `${R001}:119:2 warning row-label`,
      `${R001}:128:2 warning row-label`,
      `${R001}:345:2 warning column-total`,
      `${R001}:351:2 warning column-total`,
      `${R001}:353:2 warning row-label`,
      `${R001}:404:3 warning section-title`,
      '检查了 1 个文件：0 个错误，7 个警告，0 个文件无法读取',
    ]);
  });

  it('options on the command line override the file, rule by rule; --no-config and --config FILE', () => {
    const dir = tempDir();
    copyReport(R001, dir);
    writeConfig(dir, { rules: { 'column-total': 'off', 'row-label': 'off' } });
    const over = runCli(['check', R001, '--rule', 'column-total=error'], dir);
    assert.strictEqual(over.status, 1);
    const rules = brief(over.stdout).slice(0, -1).map((l) => l.split(' ')[2]);
    assert.ok(rules.includes('column-total') && !rules.includes('row-label'), rules.join());
    const none = runCli(['check', R001, '--no-config'], dir);
    assert.deepStrictEqual(none.stdout.trim().split('\n').slice(0, -1), lines001(R001));
    writeConfig(path.join(dir, 'elsewhere'), { rules: { 'column-total': 'info' } }, 'mine.json');
    const named = runCli(['check', R001, '--config', 'elsewhere/mine.json'], dir);
    assert.strictEqual(named.status, 0);
    assert.match(named.stdout, /:345:2 {2}info {2}column-total/);
    assert.match(named.stdout, /:119:2 {2}warning {2}row-label/); // the found file's row-label: off is not used
    assert.strictEqual(runCli(['check', R001, '--config', 'x.json', '--no-config'], dir).status, 2);
  });

  it('each file has its own nearest config; a config deeper in the tree wins whole over the one above', () => {
    const dir = tempDir();
    copyReport(R001, path.join(dir, 'a'));
    copyReport(R001, path.join(dir, 'b', 'c'));
    writeConfig(dir, { rules: { 'column-total': 'off' } });
    writeConfig(path.join(dir, 'b'), { messageLanguage: 'en' }, '.govreportrc.json');
    const r = runCli(['check', '.', '--quiet'], dir);
    assert.strictEqual(r.status, 1);
    // a/ has the top config (column-total off): no error; b/c/ has b's, which does not turn it off.
    assert.deepStrictEqual(brief(r.stdout), [`b/c/${R001}:345:2 error column-total`, `b/c/${R001}:351:2 error column-total`, '检查了 2 个文件：2 个错误，0 个警告，0 个文件无法读取']);
  });

  it('messageLanguage from the file, for the findings and the CLI\'s own words; --lang overrides it', () => {
    const dir = tempDir();
    copyReport(R002, dir);
    writeConfig(dir, { messageLanguage: 'en' });
    const r = runCli(['check', R002], dir);
    assert.match(r.stdout, /^002_0b0fce05247e3def\.txt:5:89 {2}warning {2}superseded-template {2}A 2021 report follows/m);
    assert.match(r.stdout, /^1 file checked: 0 errors, 1 warning, 0 unreadable$/m);
    assert.deepStrictEqual(runCli(['check', R002, '--lang', 'zh'], dir).stdout.trim().split('\n')[0], line002(R002));
  });

  it('include and exclude globs choose what a folder search takes, relative to the config file; a file named is checked anyway', () => {
    const dir = tempDir();
    copyReport(R002, path.join(dir, 'reports'));
    copyReport(R002, path.join(dir, 'reports', 'drafts'));
    copyReport(R002, path.join(dir, 'reports'), 'old-002.txt');
    copyReport(R002, path.join(dir, 'other'));
    writeConfig(dir, { include: ['reports/**'], exclude: ['**/drafts/**', '**/old-*'] });
    const r = runCli(['check', '.'], dir);
    assert.deepStrictEqual(brief(r.stdout), [`reports/${R002}:5:89 warning superseded-template`, '检查了 1 个文件：0 个错误，1 个警告，0 个文件无法读取']);
    const named = runCli(['check', `reports/drafts/${R002}`], dir);
    assert.match(named.stdout, /检查了 1 个文件/);
  });

  it('a wrong config stops the run before anything is checked: every problem with its place, exit 2', () => {
    const dir = tempDir();
    copyReport(R001, dir);
    writeConfig(dir, { rules: { balnce: 'off', 'row-total': 'loud' }, repeatedText: 0, include: 'reports', colour: true });
    const r = runCli(['check', R001], dir);
    assert.deepStrictEqual([r.status, r.stdout], [2, '']);
    assert.deepStrictEqual(r.stderr.trim().split('\n'), [
      `govreport: 配置文件 ${path.join(dir, 'govreport.json')} 有误，未开始检查：`,
      '  rules.balnce：未知的设置项',
      '  rules.row-total：应为 "error", "warning", "info", "off" 之一',
      '  repeatedText：应在 1 到 100 之间',
      '  include：应为数组 […]',
      '  colour：未知的设置项',
    ]);
    writeConfig(dir, '{\n  "rules": {\n    "balance": "off",\n  }\n}\n');
    const json = runCli(['check', R001, '--lang', 'en'], dir);
    assert.strictEqual(json.status, 2);
    assert.match(json.stderr, /^ {2}not valid JSON \(line 4, column 3\)$/m);
    assert.strictEqual(runCli(['check', R001, '--no-config'], dir).status, 1);
  });

  it('a rule the file sets off stays off under an enable comment in the draft', () => {
    const dir = tempDir();
    const file = copyReport(R001, dir);
    fs.writeFileSync(file, '<!-- govreport-enable copied-text -->\n' + fs.readFileSync(file, 'utf8'));
    writeConfig(dir, { rules: { 'copied-text': 'off' } });
    assert.doesNotMatch(runCli(['check', R001], dir).stdout, /copied-text/);
    assert.match(runCli(['check', R001, '--no-config'], dir).stdout, /:11:21 {2}warning {2}copied-text/);
  });

  it('maxSize from the file refuses a larger file, and --max-size overrides it', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'big.txt'), fs.readFileSync(copyReport(R002, dir), 'utf8') + '\n'.repeat(1100 * 1024));
    writeConfig(dir, { maxSize: 1 });
    assert.match(runCli(['check', 'big.txt'], dir).stdout, /超过上限 1 MB/);
    assert.strictEqual(runCli(['check', 'big.txt', '--max-size', '2'], dir).status, 0);
  });
});

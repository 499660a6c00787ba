import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { TextDecoder } from 'util';
import * as iconv from 'iconv-lite';
import { copyReport, line002, lines001, R001, R002, readReport, removeTempDirs, runCli, tempDir } from './cliHarness';

/** What the JSON output says about a file, minus its name: findings must not depend on how the file was saved. */
function findingsOf(stdout: string) {
  const [file] = JSON.parse(stdout).files;
  return { reportYear: file.reportYear, template: file.template, diagnostics: file.diagnostics };
}

describe('govreport check: encodings and unreadable files', () => {
  after(removeTempDirs);

  it('a GBK copy of a real report is detected and gives exactly the findings of the UTF-8 original', () => {
    const dir = tempDir();
    copyReport(R001, dir);
    const gbk = iconv.encode(readReport(R001), 'gbk');
    assert.strictEqual(iconv.decode(gbk, 'gbk'), readReport(R001), 'the report is representable in GBK');
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk), 'the copy is not valid UTF-8');
    fs.writeFileSync(path.join(dir, 'gbk.txt'), gbk);

    const utf8 = runCli(['check', '--format', 'json', R001], dir);
    const legacy = runCli(['check', '--format', 'json', 'gbk.txt'], dir);
    assert.strictEqual(JSON.parse(legacy.stdout).files[0].encoding, 'gb18030');
    assert.deepStrictEqual(findingsOf(legacy.stdout), findingsOf(utf8.stdout));
    assert.strictEqual(findingsOf(legacy.stdout).diagnostics.length, 12);

    const text = runCli(['check', 'gbk.txt'], dir);
    assert.strictEqual(text.stdout, [...lines001('gbk.txt'), '检查了 1 个文件：2 个错误，9 个警告，0 个文件无法读取'].join('\n') + '\n');
    assert.strictEqual(text.status, 1);
  });

  it('UTF-8 with a BOM and UTF-16 with a BOM: the BOM is not part of the text, columns are unchanged', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'bom.txt'), '\uFEFF' + readReport(R001));
    fs.writeFileSync(path.join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(readReport(R001), 'utf-16le')]));
    const r = runCli(['check', '--format', 'json', 'bom.txt', 'utf16.txt'], dir);
    const files = JSON.parse(r.stdout).files;
    assert.deepStrictEqual(files.map((f: { encoding: string; bom: boolean }) => [f.encoding, f.bom]), [['utf-8', true], ['utf-16le', true]]);
    for (const f of files) {
      // The title of 五, 存在的主要问题和改进情况, after 001's four findings in its text and five in its tables.
      assert.deepStrictEqual(f.diagnostics[9].range, { start: { line: 403, character: 2 }, end: { line: 403, character: 14 } });
      assert.deepStrictEqual(f.diagnostics.map((d: { rule: string }) => d.rule), [
        'copied-text', 'parts-exceed-whole', 'text-typo', 'copied-text',
        'row-label', 'row-label', 'column-total', 'column-total', 'row-label', 'section-title',
        'copied-text', 'copied-text',
      ]);
    }
  });

  it('a binary file among good ones is reported and skipped, the others are still checked, exit 2', () => {
    const dir = tempDir();
    copyReport(R001, dir, 'a.txt');
    copyReport(R002, dir, 'b.txt');
    // A PNG header: NUL bytes. And text that decodes, but to control characters.
    fs.writeFileSync(path.join(dir, 'c.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    fs.writeFileSync(path.join(dir, 'd.txt'), Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 0x41, 0x42]));
    const r = runCli(['check', '.'], dir);
    assert.strictEqual(r.stdout, [
      ...lines001('a.txt'),
      line002('b.txt'),
      'c.txt  error  unreadable  二进制文件，不是文本，已跳过',
      'd.txt  error  unreadable  二进制文件，不是文本，已跳过',
      '检查了 2 个文件：2 个错误，10 个警告，2 个文件无法读取', // 001's 9 warnings and 002's 1
    ].join('\n') + '\n');
    assert.strictEqual(r.status, 2, 'an unreadable file outranks the errors found');

    const json = JSON.parse(runCli(['check', '--format', 'json', '--lang', 'en', '.'], dir).stdout);
    assert.deepStrictEqual(json.files.slice(2), [
      { path: 'c.txt', error: 'binary file, not text; skipped' },
      { path: 'd.txt', error: 'binary file, not text; skipped' },
    ]);
    assert.deepStrictEqual(json.files.slice(0, 2).map((f: { diagnostics: unknown[] }) => f.diagnostics.length), [12, 1]);
  });

  it('text in neither UTF-8 nor GB18030 is reported as undecodable, naming what it looks like', () => {
    const dir = tempDir();
    copyReport(R002, dir);
    // Latin-1: 0xE9 followed by a space is not a GB18030 sequence.
    fs.writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 au lait, cr\xe8me. Tr\xe8s bien! Gar\xe7on.\n', 'latin1'));
    const r = runCli(['check', R002, 'latin1.txt'], dir);
    assert.strictEqual(r.stdout, [
      line002(R002),
      'latin1.txt  error  unreadable  无法识别编码：既不是 UTF-8 也不是 GB18030（看起来像 ISO-8859-1），已跳过',
      '检查了 1 个文件：0 个错误，1 个警告，1 个文件无法读取',
    ].join('\n') + '\n');
    assert.strictEqual(r.status, 2);
  });
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as iconv from 'iconv-lite';
import { copyReport, line002, R001, R002, R004, readReport, removeTempDirs, runCli, tempDir } from './cliHarness';

/** Replaces exactly one occurrence, so that a changed report cannot silently miss its target. */
function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  assert.ok(at >= 0 && text.indexOf(from, at + 1) < 0, `exactly one ${JSON.stringify(from)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

const LONG_AGO = new Date('2001-02-03T04:05:06Z');

describe('govreport check --fix', () => {
  after(removeTempDirs);

  it('CRLF + BOM: the one wrong cell is fixed and the file equals the original byte for byte; a clean file is not rewritten', () => {
    const dir = tempDir();
    const original = Buffer.from('\uFEFF' + readReport(R002).replace(/\n/g, '\r\n'), 'utf8');
    // Table 3, row 1.本机关不掌握相关政府信息, 自然人: 2 → 5.
    const row = '\t1.本机关不掌握相关政府信息\r\n\t2\r\n';
    const broken = replaceOnce(original.toString('utf8'), row, row.replace('\t2\r\n', '\t5\r\n'));
    fs.writeFileSync(path.join(dir, 'broken.txt'), broken);
    fs.chmodSync(path.join(dir, 'broken.txt'), 0o640);
    fs.writeFileSync(path.join(dir, 'clean.txt'), original);
    fs.utimesSync(path.join(dir, 'clean.txt'), LONG_AGO, LONG_AGO);

    // 002's own finding, the 2019 template notice it cites, is in both files and has no fix: it stays, a warning.
    const before = runCli(['check', 'broken.txt'], dir);
    assert.deepStrictEqual(before.stdout.split('\n').map((l) => l.split('  ').slice(0, 3).join(' ')), [
      'broken.txt:5:89 warning superseded-template',
      'broken.txt:217:2 error row-total',
      'broken.txt:331:2 error column-total',
      '检查了 1 个文件：2 个错误，1 个警告，0 个文件无法读取',
      '',
    ]);

    const r = runCli(['check', '--fix', 'broken.txt', 'clean.txt'], dir);
    assert.strictEqual(r.stdout, [
      'broken.txt  fixed  将 1.本机关不掌握相关政府信息 × 自然人 改为 2',
      line002('broken.txt'),
      line002('clean.txt'),
      '检查了 2 个文件：0 个错误，2 个警告，0 个文件无法读取；修复了 1 个文件',
    ].join('\n') + '\n');
    assert.strictEqual(r.status, 0, 'no error remains after the fix');
    assert.ok(fs.readFileSync(path.join(dir, 'broken.txt')).equals(original), 'fixed file = CRLF + BOM original');
    if (process.platform !== 'win32') assert.strictEqual(fs.statSync(path.join(dir, 'broken.txt')).mode & 0o777, 0o640);
    assert.ok(fs.readFileSync(path.join(dir, 'clean.txt')).equals(original));
    assert.strictEqual(fs.statSync(path.join(dir, 'clean.txt')).mtime.getTime(), LONG_AGO.getTime(), 'clean file not rewritten');
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['broken.txt', 'clean.txt'], 'no temporary file left behind');
  });

  it('GBK: the fix restores the number and every other byte stays; json lists the fix', () => {
    const dir = tempDir();
    const text = readReport(R004);
    const original = iconv.encode(text, 'gbk');
    assert.strictEqual(iconv.decode(original, 'gbk'), text, 'the report is representable in GBK');
    // 自然人 of 1.本机关不掌握相关政府信息: 14 → 9, one byte shorter, so everything after it shifts.
    const row = '\t1.本机关不掌握相关政府信息\n';
    const broken = iconv.encode(replaceOnce(text, `${row}\t14\n`, `${row}\t9\n`), 'gbk');
    fs.writeFileSync(path.join(dir, 'gbk.txt'), broken);

    const r = runCli(['check', '--fix', '--format', 'json', 'gbk.txt'], dir);
    const [file] = JSON.parse(r.stdout).files;
    assert.deepStrictEqual([file.encoding, file.bom, file.fixed], ['gb18030', false, ['将 1.本机关不掌握相关政府信息 × 自然人 改为 14']]);
    // What remains is 004's own: its extra pre-2019 section, and 。； in its text (an info).
    assert.deepStrictEqual(file.diagnostics.map((d: { rule: string; severity: string }) => `${d.rule} ${d.severity}`), ['section-extra warning', 'text-typo info']);
    assert.strictEqual(r.status, 0);
    assert.ok(fs.readFileSync(path.join(dir, 'gbk.txt')).equals(original), 'fixed GBK file = GBK original byte for byte');
  });

  it('fixes what it can, reports what remains and exits by it: 001 keeps its two broken totals', () => {
    const dir = tempDir();
    copyReport(R001, dir);
    const r = runCli(['check', '--fix', R001], dir);
    assert.deepStrictEqual(r.stdout.split('\n').map((l) => l.split('  ').slice(0, 3).join(' ')), [
      `${R001} fixed 将行标签“一、本年新收到政府信息公开申请数量”改为“一、本年新收政府信息公开申请数量”`,
      `${R001} fixed 将行标签“二、上年转结政府信息公开申请数量”改为“二、上年结转政府信息公开申请数量”`,
      `${R001} fixed 将行标签“四、转结下年度继续办理”改为“四、结转下年度继续办理”`,
      `${R001} fixed 将标题“存在的主要问题和改进情况”改为“存在的主要问题及改进情况”`,
      // Its text findings have no fix either: they stay, around the two totals.
      `${R001}:10:21 warning copied-text`,
      `${R001}:11:27 warning parts-exceed-whole`,
      `${R001}:12:20 info text-typo`,
      `${R001}:13:130 warning copied-text`,
      `${R001}:345:2 error column-total`,
      `${R001}:351:2 error column-total`,
      `${R001}:406:38 warning copied-text`,
      `${R001}:407:51 warning copied-text`,
      '检查了 1 个文件：2 个错误，5 个警告，0 个文件无法读取；修复了 1 个文件',
      '',
    ]);
    assert.strictEqual(r.status, 1);
    const expected = readReport(R001)
      .replace('\t一、本年新收到政府信息公开申请数量\n', '\t一、本年新收政府信息公开申请数量\n')
      .replace('\t二、上年转结政府信息公开申请数量\n', '\t二、上年结转政府信息公开申请数量\n')
      .replace('\t四、转结下年度继续办理\n', '\t四、结转下年度继续办理\n')
      .replace('五、存在的主要问题和改进情况\n', '五、存在的主要问题及改进情况\n');
    assert.strictEqual(fs.readFileSync(path.join(dir, R001), 'utf8'), expected);
  });

  it('a figure of more digits than a count has is an unreadable cell: nothing is fixed from it or into it, the rest is fixed', () => {
    const dir = tempDir();
    const text = readReport(R002);
    // Table 4's first cell, 行政复议 × 结果维持 (0 after a no-break space). As doubles, 10^21 + 0 + … made the total "1e+21", and
    // 12345678901234567891 made it 12345678901234567000, which the next check found to add up.
    const review = '\t总计\n\n\t\u00a00\n';
    const huge = (figure: string) => replaceOnce(text, review, `\t总计\n\n\t\u00a0${figure}\n`);
    fs.writeFileSync(path.join(dir, 'huge.txt'), huge('1000000000000000000000'));
    fs.writeFileSync(path.join(dir, 'long.txt'), huge('12345678901234567891'));
    // And a wrong 自然人 in table 3 (2 → 5), which is fixed.
    const row = '\t1.本机关不掌握相关政府信息\n\t2\n';
    fs.writeFileSync(path.join(dir, 'both.txt'), replaceOnce(huge('1000000000000000000000'), row, row.replace('\t2\n', '\t5\n')));
    for (const f of ['huge.txt', 'long.txt']) fs.utimesSync(path.join(dir, f), LONG_AGO, LONG_AGO);

    const r = runCli(['check', '--fix', 'huge.txt', 'long.txt', 'both.txt'], dir);
    const lines = r.stdout.split('\n').filter((l) => !l.includes('superseded-template'));
    assert.deepStrictEqual(lines, [
      'huge.txt:389:3  error  cell-invalid  表四“行政复议 × 结果维持”的“1000000000000000000000”大得不合常理（超过 14 位）；涉及它的合计无法校验',
      'long.txt:389:3  error  cell-invalid  表四“行政复议 × 结果维持”的“12345678901234567891”大得不合常理（超过 14 位）；涉及它的合计无法校验',
      'both.txt  fixed  将 1.本机关不掌握相关政府信息 × 自然人 改为 2',
      'both.txt:389:3  error  cell-invalid  表四“行政复议 × 结果维持”的“1000000000000000000000”大得不合常理（超过 14 位）；涉及它的合计无法校验',
      '检查了 3 个文件：3 个错误，3 个警告，0 个文件无法读取；修复了 1 个文件',
      '',
    ]);
    assert.strictEqual(r.status, 1);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'huge.txt'), 'utf8'), huge('1000000000000000000000'));
    assert.strictEqual(fs.readFileSync(path.join(dir, 'long.txt'), 'utf8'), huge('12345678901234567891'));
    for (const f of ['huge.txt', 'long.txt']) assert.strictEqual(fs.statSync(path.join(dir, f)).mtime.getTime(), LONG_AGO.getTime(), `${f} not rewritten`);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'both.txt'), 'utf8'), huge('1000000000000000000000'), 'only table 3 fixed');
  });

  it('leaves an unreadable file byte for byte alone and exits 2', () => {
    const dir = tempDir();
    const binary = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0]);
    fs.writeFileSync(path.join(dir, 'report.txt'), binary);
    fs.utimesSync(path.join(dir, 'report.txt'), LONG_AGO, LONG_AGO);
    const r = runCli(['check', '--fix', 'report.txt'], dir);
    assert.strictEqual(r.stdout, 'report.txt  error  unreadable  二进制文件，不是文本，已跳过\n检查了 0 个文件：0 个错误，0 个警告，1 个文件无法读取；修复了 0 个文件\n');
    assert.strictEqual(r.status, 2);
    assert.ok(fs.readFileSync(path.join(dir, 'report.txt')).equals(binary));
    assert.strictEqual(fs.statSync(path.join(dir, 'report.txt')).mtime.getTime(), LONG_AGO.getTime());
  });
});

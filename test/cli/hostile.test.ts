// The command line under hostile input and faults: links out of a directory, read-only and hard-linked files, a
// write-back that fails, what a killed --fix leaves, pipes and devices, huge files, too many threads, and control
// characters in reports and file names.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CLI, line002, R001, R002, readReport, removeTempDirs, runCli, tempDir, type Run } from './cliHarness';
import { threadCount } from '../../server/src/cli/pool';
import { encodeJournal, journalOf } from '../../server/src/io/writeJournal';
import { fillTemplate, specFromReport } from '../support/fillTemplate';

const ROW = '\t1.本机关不掌握相关政府信息\n\t2\n';
const FIXED_LINE = '将 1.本机关不掌握相关政府信息 × 自然人 改为 2';
const LONG_AGO = new Date('2001-02-03T04:05:06Z');

/** 002 as it is, and with one cell of its table 3 wrong (本机关不掌握相关政府信息 × 自然人 2 → 5), which --fix puts back. */
function report002(): { good: Buffer; broken: Buffer } {
  const text = readReport(R002);
  assert.strictEqual(text.split(ROW).length, 2, 'the row once');
  return { good: Buffer.from(text), broken: Buffer.from(text.replace(ROW, ROW.replace('\t2\n', '\t5\n'))) };
}

/** The broken 002 written to `file` (its directories made); returns the good one, what --fix must make of it. */
function writeBroken(file: string): Buffer {
  const { good, broken } = report002();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, broken);
  return good;
}

/** 001 with the four fixes --fix makes of it: three row labels and a section title (see fix.test.ts). */
function fixed001(): string {
  return readReport(R001)
    .replace('\t一、本年新收到政府信息公开申请数量\n', '\t一、本年新收政府信息公开申请数量\n')
    .replace('\t二、上年转结政府信息公开申请数量\n', '\t二、上年结转政府信息公开申请数量\n')
    .replace('\t四、转结下年度继续办理\n', '\t四、结转下年度继续办理\n')
    .replace('五、存在的主要问题和改进情况\n', '五、存在的主要问题及改进情况\n');
}

/** The first three fields of each line: place, severity and rule (or path, keyword, title). */
const heads = (r: Run) => r.stdout.split('\n').map((l) => l.split('  ').slice(0, 3).join(' '));

const posix = process.platform !== 'win32';
const root = posix && process.getuid?.() === 0;

describe('govreport check: symbolic links', () => {
  after(removeTempDirs);

  it('--fix on a directory: a link leading out of it is reported and not read, the file outside untouched; a link within is fixed through', function () {
    if (!posix) this.skip(); // symbolic links need privileges on Windows
    const dir = tempDir();
    const outside = path.join(tempDir(), 'outside.txt');
    writeBroken(outside);
    fs.utimesSync(outside, LONG_AGO, LONG_AGO);
    const outsideBytes = fs.readFileSync(outside);
    fs.mkdirSync(path.join(dir, 'reports'));
    fs.symlinkSync(outside, path.join(dir, 'reports/out.txt'));
    fs.symlinkSync('/etc/passwd', path.join(dir, 'reports/passwd.txt'));
    // A link to a file under the directory (in a dot-directory, which the search itself does not enter).
    const good = writeBroken(path.join(dir, 'reports/.store/kept.txt'));
    fs.symlinkSync('.store/kept.txt', path.join(dir, 'reports/in.txt'));

    const r = runCli(['check', '--fix', 'reports'], dir);
    assert.strictEqual(r.stdout, [
      `reports/out.txt  skipped  指向目录之外（${fs.realpathSync(outside)}）的符号链接，未读取：要检查它，请直接指定`,
      'reports/passwd.txt  skipped  指向目录之外（/etc/passwd）的符号链接，未读取：要检查它，请直接指定',
      `reports/in.txt  fixed  ${FIXED_LINE}`,
      line002('reports/in.txt'),
      '检查了 1 个文件：0 个错误，1 个警告，0 个文件无法读取；跳过 2 个指向目录之外的链接；修复了 1 个文件',
    ].join('\n') + '\n');
    assert.strictEqual(r.status, 0);
    assert.ok(fs.readFileSync(outside).equals(outsideBytes), 'the file outside keeps its bytes');
    assert.strictEqual(fs.statSync(outside).mtime.getTime(), LONG_AGO.getTime(), 'and is not written at all');
    assert.ok(fs.readFileSync(path.join(dir, 'reports/.store/kept.txt')).equals(good), 'the file within is fixed');
    assert.ok(fs.lstatSync(path.join(dir, 'reports/in.txt')).isSymbolicLink(), 'the link stays a link');

    const json = JSON.parse(runCli(['check', '--format', 'json', 'reports'], dir).stdout).files;
    assert.deepStrictEqual(json.slice(0, 2), [
      { path: 'reports/out.txt', skipped: 'link leading out of the directory', target: fs.realpathSync(outside) },
      { path: 'reports/passwd.txt', skipped: 'link leading out of the directory', target: '/etc/passwd' },
    ]);
  });

  it('a link named on the command line is followed, and --fix writes the file it leads to in place, keeping the link', function () {
    if (!posix) this.skip();
    const dir = tempDir();
    const target = path.join(tempDir(), 'target.txt');
    const good = writeBroken(target);
    const inode = fs.statSync(target).ino;
    fs.symlinkSync(target, path.join(dir, 'link.txt'));
    const r = runCli(['check', '--fix', 'link.txt'], dir);
    assert.deepStrictEqual(heads(r), [`link.txt fixed ${FIXED_LINE}`, 'link.txt:5:89 warning superseded-template', '检查了 1 个文件：0 个错误，1 个警告，0 个文件无法读取；修复了 1 个文件', '']);
    assert.ok(fs.lstatSync(path.join(dir, 'link.txt')).isSymbolicLink());
    assert.ok(fs.readFileSync(target).equals(good));
    assert.strictEqual(fs.statSync(target).ino, inode, 'the same file, written in place');
  });
});

describe('govreport check --fix: what the file is and keeps', () => {
  after(removeTempDirs);

  it('a read-only file (0444) is not written: a clear message, its findings, exit 2; a read-only .docx likewise', function () {
    if (!posix) this.skip(); // Windows has no mode bits to make a file 0444
    // The refusal is judged by the mode, so that it holds for root too (whom permissions do not stop).
    const dir = tempDir();
    const file = path.join(dir, 'ro.txt');
    writeBroken(file);
    const broken = fs.readFileSync(file);
    fs.chmodSync(file, 0o444);
    const r = runCli(['check', '--fix', 'ro.txt'], dir);
    assert.deepStrictEqual(heads(r), [
      'ro.txt error unwritten',
      'ro.txt:5:89 warning superseded-template',
      'ro.txt:217:2 error row-total',
      'ro.txt:331:2 error column-total',
      '检查了 1 个文件：2 个错误，1 个警告，0 个文件无法读取；修复了 0 个文件；1 个文件的修复无法写回',
      '',
    ]);
    assert.strictEqual(r.stdout.split('\n')[0], 'ro.txt  error  unwritten  文件是只读的，修复未写回：要修复，请先允许写入这个文件');
    assert.strictEqual(r.status, 2);
    assert.ok(fs.readFileSync(file).equals(broken));
    assert.strictEqual(fs.statSync(file).mode & 0o777, 0o444);
    assert.deepStrictEqual(fs.readdirSync(dir), ['ro.txt'], 'nothing left beside it');

    const docx = path.join(dir, '年报.docx');
    const spec = specFromReport(readReport(R002));
    spec.table4!.review = { ...spec.table4!.review, upheld: '3', total: '9' };
    fs.writeFileSync(docx, fillTemplate(spec));
    fs.chmodSync(docx, 0o444);
    const d = runCli(['check', '--fix', '--lang', 'en', '年报.docx'], dir);
    assert.match(d.stdout, /^年报\.docx {2}error {2}unwritten {2}the file is read-only: fixes not written; make it writable to fix it$/m);
    assert.match(d.stdout, /^年报\.docx: table 3 row 4 cell 5 Table 4 administrative review total {2}error {2}litigation-total {2}/m);
    assert.strictEqual(d.status, 2);
  });

  it('hard links and extended attributes stay: the file is written in place, its inode kept', function () {
    if (!posix) this.skip();
    const dir = tempDir();
    const file = path.join(dir, 'r.txt');
    const good = writeBroken(file);
    fs.linkSync(file, path.join(dir, 'other-name.txt'));
    const before = fs.statSync(file);
    // Node has no API for extended attributes; Python's os module has, where the file system takes user.* ones.
    const xattr = (code: string) => spawnSync('python3', ['-c', `import os, sys\n${code}`, file], { encoding: 'utf8' });
    const tagged = xattr("os.setxattr(sys.argv[1], 'user.govreport-test', b'kept')").status === 0;

    const r = runCli(['check', '--fix', 'r.txt'], dir);
    assert.strictEqual(r.status, 0, r.stdout);
    const after = fs.statSync(file);
    assert.deepStrictEqual([after.ino, after.nlink], [before.ino, 2]);
    assert.ok(fs.readFileSync(path.join(dir, 'other-name.txt')).equals(good), 'the other name sees the fix');
    if (tagged) assert.strictEqual(xattr("print(os.getxattr(sys.argv[1], 'user.govreport-test').decode())").stdout, 'kept\n');
    else console.log('      (extended attributes not tested: no python3, or no user.* attributes on this file system)');
  });
});

describe('govreport check --fix: a write-back that fails', () => {
  after(removeTempDirs);

  it('a file size limit (as a full disk) stops the write: the findings stay, the summary counts them, exit 2, the file unchanged', function () {
    if (!posix) this.skip(); // needs sh and ulimit
    const dir = tempDir();
    const file = path.join(dir, 'r.txt');
    writeBroken(file);
    const broken = fs.readFileSync(file);
    // RLIMIT_FSIZE of one block: every write beyond it fails with EFBIG, as a full disk fails with ENOSPC. Reading
    // is not limited, and the output goes to a pipe.
    const s = spawnSync('sh', ['-c', 'ulimit -f 1 && exec "$0" "$@"', process.execPath, CLI, 'check', '--fix', '--lang', 'en', 'r.txt'], { cwd: dir, encoding: 'utf8' });
    assert.deepStrictEqual(heads({ status: s.status, stdout: s.stdout, stderr: s.stderr }), [
      'r.txt error unwritten',
      'r.txt:5:89 warning superseded-template',
      'r.txt:217:2 error row-total',
      'r.txt:331:2 error column-total',
      '1 file checked: 2 errors, 1 warning, 0 unreadable; 0 files fixed; fixes of 1 file not written',
      '',
    ]);
    assert.match(s.stdout.split('\n')[0], /^r\.txt {2}error {2}unwritten {2}cannot write the fixes back, file left unchanged: EFBIG/);
    assert.strictEqual(s.status, 2);
    assert.ok(fs.readFileSync(file).equals(broken));
    assert.deepStrictEqual(fs.readdirSync(dir), ['r.txt'], 'no temporary file left');

    const json = JSON.parse(spawnSync('sh', ['-c', 'ulimit -f 1 && exec "$0" "$@"', process.execPath, CLI, 'check', '--fix', '--format', 'json', 'r.txt'], { cwd: dir, encoding: 'utf8' }).stdout).files[0];
    assert.match(json.unwritten, /^无法写回修复，文件未改动：EFBIG/);
    assert.deepStrictEqual([json.fixed, json.diagnostics.length], [[], 3]);
  });

  it('a directory that may not be written: the same', function () {
    // Root writes into any directory whatever its mode: this case needs an ordinary user.
    if (!posix || root) this.skip();
    const dir = tempDir();
    writeBroken(path.join(dir, 'locked/r.txt'));
    fs.chmodSync(path.join(dir, 'locked'), 0o555);
    try {
      const r = runCli(['check', '--fix', 'locked/r.txt'], dir);
      assert.deepStrictEqual(heads(r).slice(0, 4), ['locked/r.txt error unwritten', 'locked/r.txt:5:89 warning superseded-template', 'locked/r.txt:217:2 error row-total', 'locked/r.txt:331:2 error column-total']);
      assert.strictEqual(r.status, 2);
    } finally {
      fs.chmodSync(path.join(dir, 'locked'), 0o755);
    }
  });
});

describe('govreport check --fix: what a killed --fix left', () => {
  after(removeTempDirs);

  /** A process id that is certainly gone: a child that has exited. */
  const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;
  const journalName = (file: string, pid: number) => `.${file}.${pid}-0123abcd.govreport-fix`;

  it('names a journal so that it is recognised: the file it is for and the process that wrote it', () => {
    assert.deepStrictEqual(journalOf(journalName('年报 2021.txt', 4242)), { base: '年报 2021.txt', pid: 4242 });
    assert.strictEqual(journalOf('.r.txt.4242-0123abcd.tmp'), undefined);
  });

  it('a journal cut short, or one whose file was fully written, is removed; a torn file gets its old bytes back, then its fix', () => {
    const dir = tempDir();
    const { good, broken } = report002();
    fs.writeFileSync(path.join(dir, 'cut.txt'), broken);
    fs.writeFileSync(path.join(dir, journalName('cut.txt', deadPid())), encodeJournal(broken, good).subarray(0, 5000));
    fs.writeFileSync(path.join(dir, 'done.txt'), good);
    fs.writeFileSync(path.join(dir, journalName('done.txt', deadPid())), encodeJournal(broken, good));
    // 001 and its four label and title fixes, killed mid-write: the first of them written, the others not yet.
    const [old001, new001] = [Buffer.from(readReport(R001)), Buffer.from(fixed001())];
    const split = old001.indexOf('二、上年转结');
    const torn = Buffer.concat([new001.subarray(0, split), old001.subarray(split)]);
    assert.ok(!torn.equals(old001) && !torn.equals(new001));
    fs.writeFileSync(path.join(dir, 'torn.txt'), torn);
    fs.writeFileSync(path.join(dir, journalName('torn.txt', deadPid())), encodeJournal(old001, new001));

    const r = runCli(['check', '--fix', 'cut.txt', 'done.txt', 'torn.txt'], dir);
    assert.deepStrictEqual(heads(r).filter((l) => !l.startsWith('torn.txt:')), [
      `cut.txt fixed ${FIXED_LINE}`,
      'cut.txt:5:89 warning superseded-template',
      'done.txt:5:89 warning superseded-template',
      'torn.txt fixed 将行标签“一、本年新收到政府信息公开申请数量”改为“一、本年新收政府信息公开申请数量”',
      'torn.txt fixed 将行标签“二、上年转结政府信息公开申请数量”改为“二、上年结转政府信息公开申请数量”',
      'torn.txt fixed 将行标签“四、转结下年度继续办理”改为“四、结转下年度继续办理”',
      'torn.txt fixed 将标题“存在的主要问题和改进情况”改为“存在的主要问题及改进情况”',
      'torn.txt note 上次被中断的 --fix 只写了这个文件的一部分：已按它留下的记录恢复为修复前的内容',
      '检查了 3 个文件：2 个错误，7 个警告，0 个文件无法读取；修复了 2 个文件',
      '',
    ]);
    for (const name of ['cut.txt', 'done.txt']) assert.ok(fs.readFileSync(path.join(dir, name)).equals(good), name);
    assert.ok(fs.readFileSync(path.join(dir, 'torn.txt')).equals(new001), 'restored, then fixed');
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['cut.txt', 'done.txt', 'torn.txt'], 'the journals are gone');
  });

  it('a journal whose file was edited since is kept and the file not fixed; one of a running process is left alone', () => {
    const dir = tempDir();
    const { good, broken } = report002();
    const edited = Buffer.from(broken.toString('utf8').replace('政府信息公开', '政府信息公开（已改）'));
    fs.writeFileSync(path.join(dir, 'edited.txt'), edited);
    const kept = journalName('edited.txt', deadPid());
    fs.writeFileSync(path.join(dir, kept), encodeJournal(broken, good));
    fs.writeFileSync(path.join(dir, 'busy.txt'), broken);
    // This test's own process runs: its journal is that of a --fix still at work.
    const busy = journalName('busy.txt', process.pid);
    fs.writeFileSync(path.join(dir, busy), encodeJournal(broken, good));

    const r = runCli(['check', '--fix', 'edited.txt', 'busy.txt'], dir);
    const lines = r.stdout.split('\n');
    assert.ok(lines.includes(`edited.txt  note  上次被中断的 --fix 留下了记录 ${fs.realpathSync(dir)}/${kept}，但文件此后已被改动：本次不修复这个文件；确认文件无误后请删除该记录`), r.stdout);
    assert.ok(!lines.some((l) => l.startsWith('edited.txt  fixed')));
    assert.ok(fs.readFileSync(path.join(dir, 'edited.txt')).equals(edited), 'the edited file as it is');
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), [busy, kept, 'busy.txt', 'edited.txt'].sort());
  });
});

describe('govreport check: pipes, devices and huge files', () => {
  after(removeTempDirs);

  it('a FIFO and /dev/zero are not read: "not a regular file", exit 2, at once', function () {
    if (!posix) this.skip(); // no FIFOs or /dev/zero on Windows
    const dir = tempDir();
    const mkfifo = spawnSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    if (mkfifo.status !== 0) this.skip(); // no mkfifo on this machine
    const r = runCli(['check', 'pipe.txt', '/dev/zero'], dir, 30_000);
    assert.deepStrictEqual([r.status, r.stdout], [2, [
      'pipe.txt  error  unreadable  不是普通文件（如管道或设备），未读取',
      '/dev/zero  error  unreadable  不是普通文件（如管道或设备），未读取',
      '检查了 0 个文件：0 个错误，0 个警告，2 个文件无法读取',
    ].join('\n') + '\n']);
  });

  it('a file over the size limit is refused unread (50 MB by default, --max-size to change it)', () => {
    const dir = tempDir();
    // Sparse: 60 MB that take no room on disk. Read, they would be reported as binary (all NULs).
    fs.writeFileSync(path.join(dir, 'huge.txt'), '');
    fs.truncateSync(path.join(dir, 'huge.txt'), 60 * 1024 * 1024);
    const r = runCli(['check', '--lang', 'en', 'huge.txt'], dir);
    assert.deepStrictEqual([r.status, r.stdout], [2, 'huge.txt  error  unreadable  the file is 60.0 MB, over the limit of 50 MB: not read (see --max-size)\n0 files checked: 0 errors, 0 warnings, 1 unreadable\n']);

    // 001 padded past 1 MB with blank lines: refused under --max-size 1, checked under --max-size 2.
    fs.writeFileSync(path.join(dir, 'long.txt'), readReport(R001) + '\n'.repeat(1100 * 1024));
    const small = runCli(['check', '--max-size', '1', 'long.txt'], dir);
    assert.deepStrictEqual([small.status, small.stdout], [2, 'long.txt  error  unreadable  文件有 1.1 MB，超过上限 1 MB，未读取（可用 --max-size 调整）\n检查了 0 个文件：0 个错误，0 个警告，1 个文件无法读取\n']);
    const enough = runCli(['check', '--max-size=2', 'long.txt'], dir);
    assert.strictEqual(enough.status, 1);
    assert.match(enough.stdout, /^long\.txt:345:2 {2}error {2}column-total/m);

    for (const bad of ['0', '-1', '1.5', 'big']) {
      const u = runCli(['check', `--max-size=${bad}`, 'long.txt'], dir);
      assert.deepStrictEqual([u.status, u.stdout, u.stderr.split('\n')[0]], [2, '', `govreport: 选项 --max-size 的取值“${bad}”无效，可选：1 … 999999`]);
    }
  });
});

describe('govreport check --jobs', () => {
  it('never starts more threads than there are cores, however many are asked', () => {
    const cores = os.availableParallelism();
    assert.strictEqual(threadCount(999, 100_000, cores), cores);
    assert.strictEqual(threadCount(undefined, 100_000, cores), cores);
    // Fewer when asked, and none (the run's own thread) for few files.
    assert.strictEqual(threadCount(2, 100_000, Math.max(cores, 2)), 2);
    assert.strictEqual(threadCount(999, 30, cores), Math.min(cores, 1));
  });
});

describe('govreport check: control characters in reports and file names', () => {
  after(removeTempDirs);

  it('an escape sequence in a report is shown escaped in text output and kept as it is in JSON', () => {
    const dir = tempDir();
    // OSC 52: a terminal that honours it puts "evil" on the clipboard.
    const osc = '\x1b]52;c;ZXZpbA==\x07';
    const label = '\t一、本年新收到政府信息公开申请数量\n';
    const text = readReport(R001);
    assert.ok(text.includes(label));
    fs.writeFileSync(path.join(dir, 'r.txt'), text.replace(label, label.replace('政府信息', `政府信息${osc}`)));
    const r = runCli(['check', 'r.txt'], dir);
    assert.ok(!/[\x00-\x09\x0b-\x1f\x7f]/.test(r.stdout), 'no control character but the line breaks');
    assert.ok(r.stdout.includes('“一、本年新收到政府信息\\x1b]52;c;ZXZpbA==\\x07公开申请数量”'), r.stdout);
    const json = JSON.parse(runCli(['check', '--format', 'json', 'r.txt'], dir).stdout);
    assert.ok(json.files[0].diagnostics.some((d: { message: string }) => d.message.includes(`政府信息${osc}公开申请数量`)));
  });

  it('a file name with a line break cannot forge a finding line, in the output or in a usage error', function () {
    if (process.platform === 'win32') this.skip(); // no line breaks in Windows file names
    const dir = tempDir();
    const name = 'a\nforged.txt:1:1  error  row-total  伪造\u202e.txt';
    fs.writeFileSync(path.join(dir, name), readReport(R002));
    const r = runCli(['check', name], dir);
    const shown = 'a\\nforged.txt:1:1  error  row-total  伪造\\u202e.txt';
    assert.strictEqual(r.stdout, `${line002(shown)}\n检查了 1 个文件：0 个错误，1 个警告，0 个文件无法读取\n`);
    const missing = runCli(['check', 'no\nsuch.txt'], dir);
    assert.strictEqual(missing.stderr.split('\n')[0], 'govreport: 找不到文件或目录：no\\nsuch.txt');
  });
});

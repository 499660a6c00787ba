import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { copyReport, R001, R002, removeTempDirs, runCli, tempDir } from './cliHarness';
import { unifiedDiff } from '../../server/src/cli/diff';

/** `patch` applies a diff to the files in `dir` (`-p1`: the a/ and b/ before the paths). */
const patch = (dir: string, diff: string) => execFileSync('patch', ['-p1', '--quiet', '--no-backup-if-mismatch'], { cwd: dir, input: diff });

describe('govreport check --diff (--fix-dry-run)', () => {
  after(removeTempDirs);

  it('001: its four label and title fixes as a unified diff, nothing written; applied, it gives what --fix writes', () => {
    const dir = tempDir();
    const file = copyReport(R001, dir, '001.txt');
    const original = fs.readFileSync(file);
    const r = runCli(['check', '001.txt', '--diff'], dir);
    assert.strictEqual(r.status, 1, 'the exit status of the check: 001 has errors');
    assert.deepStrictEqual(fs.readFileSync(file), original, 'nothing written');
    assert.deepStrictEqual(r.stdout.split('\n').filter((l) => /^[-+][^-+]/.test(l)), [
      '-\t一、本年新收到政府信息公开申请数量', '+\t一、本年新收政府信息公开申请数量',
      '-\t二、上年转结政府信息公开申请数量', '+\t二、上年结转政府信息公开申请数量',
      '-\t四、转结下年度继续办理', '+\t四、结转下年度继续办理',
      '-五、存在的主要问题和改进情况', '+五、存在的主要问题及改进情况',
    ]);
    assert.match(r.stdout, /^--- a\/001\.txt\n\+\+\+ b\/001\.txt\n@@ -116,7 \+116,7 @@\n/);
    patch(dir, r.stdout);
    const viaDiff = fs.readFileSync(file);
    fs.writeFileSync(file, original);
    runCli(['check', '001.txt', '--fix'], dir);
    assert.deepStrictEqual(viaDiff, fs.readFileSync(file));
  });

  it('a CRLF file without a final line break: the diff keeps its CRs, patched it is what --fix writes; nothing to fix, no diff', () => {
    const dir = tempDir();
    const text = fs.readFileSync(copyReport(R001, dir, 'x.txt'), 'utf8').replace(/\n/g, '\r\n').replace(/(\r\n)+$/, '');
    for (const name of ['x.txt', 'y.txt']) fs.writeFileSync(path.join(dir, name), text);
    const diff = runCli(['check', 'x.txt', '--diff'], dir).stdout;
    assert.ok(diff.includes('-五、存在的主要问题和改进情况\r\n+五、存在的主要问题及改进情况\r\n'), 'CRs kept');
    patch(dir, diff);
    runCli(['check', 'y.txt', '--fix'], dir);
    assert.deepStrictEqual(fs.readFileSync(path.join(dir, 'x.txt')), fs.readFileSync(path.join(dir, 'y.txt')));
    copyReport(R002, dir);
    assert.strictEqual(runCli(['check', R002, '--diff'], dir).stdout, '');
    assert.strictEqual(runCli(['check', R002, '--diff', '--fix'], dir).status, 2);
  });

  it('a text with a CR alone and 150,001 lines: one hunk of all its lines, removed and added (no RangeError)', () => {
    const text = `一\r二\n${'三\n'.repeat(150_000)}`;
    assert.strictEqual(unifiedDiff('x.txt', text, [{ start: 0, end: 1, text: '1' }]), `--- a/x.txt\n+++ b/x.txt\n@@ -1,150001 +1,150001 @@\n-一\r二\n${'-三\n'.repeat(150_000)}+1\r二\n${'+三\n'.repeat(150_000)}`);
  });
});

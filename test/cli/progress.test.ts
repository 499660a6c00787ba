import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Progress } from '../../server/src/cli/progress';
import { CLI, copyReport, R002, removeTempDirs, runCli, tempDir } from './cliHarness';

/** A terminal that keeps what is written, and a clock the test moves. */
function terminal() {
  const written: string[] = [];
  let now = 0;
  return { sink: { write: (t: string) => void written.push(t), isTTY: true, columns: 100 }, written, clock: () => now, advance: (ms: number) => (now += ms) };
}

describe('govreport check: progress on standard error', () => {
  after(removeTempDirs);

  it('a line of files done, rate and time left, rewritten at most four times a second, cleared at the end', () => {
    const t = terminal();
    const p = new Progress(t.sink, 1000, 'zh', t.clock);
    t.advance(2000);
    p.update(100);
    p.update(101); // within a quarter of a second: not drawn
    t.advance(2000);
    p.update(200);
    t.advance(1);
    p.update(1000); // the last is always drawn
    p.end();
    assert.deepStrictEqual(t.written, [
      '\r\x1b[2K已检查 100/1000 个文件 · 每秒 50 个 · 约剩 18 秒',
      '\r\x1b[2K已检查 200/1000 个文件 · 每秒 50 个 · 约剩 16 秒',
      '\r\x1b[2K已检查 1000/1000 个文件 · 每秒 250 个',
      '\r\x1b[2K',
    ]);
    assert.strictEqual(new Progress(t.sink, 10, 'en', t.clock).line(3, 120), '3/10 files checked · 0.0 files/s · about 4 min 40 s left');
  });

  it('drawn only in a terminal, for twenty files or more, and not with --no-progress', () => {
    const tty = { write: () => undefined, isTTY: true };
    assert.deepStrictEqual([Progress.wanted(tty, 20, false), Progress.wanted(tty, 19, false), Progress.wanted(tty, 100, true), Progress.wanted({ write: () => undefined }, 100, false)], [true, false, false, false]);
    const dir = tempDir();
    for (let i = 0; i < 25; i++) copyReport(R002, dir, `${i}.txt`);
    assert.strictEqual(runCli(['check', '.'], dir).stderr, '', 'a pipe gets no progress');
  });

  it('in a real terminal (script(1) gives the CLI one), the line is drawn and cleared before the findings', function () {
    if (!fs.existsSync('/usr/bin/script')) this.skip();
    const dir = tempDir();
    for (let i = 0; i < 25; i++) copyReport(R002, dir, `${i}.txt`);
    const run = (extra: string) => execFileSync('/usr/bin/script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} check . --jobs 1 ${extra}`, '/dev/null'], { cwd: dir, encoding: 'utf8' });
    const out = run('');
    assert.match(out, /已检查 25\/25 个文件/);
    assert.ok(out.indexOf('\x1b[2K') < out.indexOf(path.join('0.txt')), 'cleared before the findings');
    assert.doesNotMatch(run('--no-progress'), /已检查/);
  });
});

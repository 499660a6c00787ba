import * as assert from 'assert';
import { copyReport, R001, R002, removeTempDirs, runCli, tempDir } from './cliHarness';

describe('govreport check --quiet and --max-warnings', () => {
  after(removeTempDirs);

  it('--quiet shows the errors only (001: its two column totals), in every format', () => {
    const dir = tempDir();
    copyReport(R001, dir);
    const lines = runCli(['check', R001, '--quiet'], dir).stdout.trim().split('\n');
    assert.deepStrictEqual(lines.slice(0, -1).map((l) => l.split('  ').slice(1, 3).join(' ')), ['error column-total', 'error column-total']);
    const json = JSON.parse(runCli(['check', R001, '-q', '--format', 'json'], dir).stdout) as { files: { diagnostics: { severity: string }[] }[] };
    assert.deepStrictEqual(json.files[0].diagnostics.map((d) => d.severity), ['error', 'error']);
  });

  it('--max-warnings N: exit 1 above N warnings, 0 at N; counted also with --quiet; a bad N is a usage error', () => {
    const dir = tempDir();
    copyReport(R002, dir); // one warning, no error
    assert.strictEqual(runCli(['check', R002, '--max-warnings', '1'], dir).status, 0);
    const over = runCli(['check', R002, '--max-warnings', '0'], dir);
    assert.strictEqual(over.status, 1);
    assert.match(over.stderr, /1 个警告，多于 --max-warnings 允许的 0 个/);
    assert.strictEqual(runCli(['check', R002, '--max-warnings', '0', '--quiet'], dir).status, 1);
    assert.strictEqual(runCli(['check', R002, '--max-warnings', 'x'], dir).status, 2);
  });
});

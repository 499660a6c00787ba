import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { CLI_JIT_FLAGS } from '../../server/src/cli/jitFlags';

describe('govreport check: the V8 flags the CLI sets on itself', () => {
  // setFlagsFromString ignores a flag V8 does not know; node refuses it on its command line, and says so.
  it('are flags this Node\'s V8 knows', () => {
    for (const flag of CLI_JIT_FLAGS) {
      const r = spawnSync(process.execPath, [flag, '-e', '0'], { encoding: 'utf8' });
      assert.strictEqual(r.status, 0, `${flag}: ${r.stderr}`);
      assert.strictEqual(r.stderr, '', flag);
    }
  });

  it('an unknown flag is refused there, so the test above can fail', () => {
    const r = spawnSync(process.execPath, ['--max-inlined-bytecode-size-cumulativ=200', '-e', '0'], { encoding: 'utf8' });
    assert.notStrictEqual(r.status, 0);
  });
});

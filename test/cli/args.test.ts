import * as assert from 'assert';
import { parseArgs } from '../../server/src/cli/args';
import { messagesFor } from '../../server/src/cli/messages';

describe('govreport command line: its arguments', () => {
  it('150,000 paths after --, as a shell expands a folder\'s files: every one of them, in order (no RangeError)', () => {
    const paths = Array.from({ length: 150_000 }, (_, i) => `${i}.txt`);
    const command = parseArgs(['check', '--', ...paths], messagesFor('en'));
    assert.ok(command.kind === 'check');
    assert.deepStrictEqual(command.options.paths, paths);
  });
});

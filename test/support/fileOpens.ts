// The files a process opens, for tests that count the reads of a language server in its own process: preloaded
// with `node --require` (see `fileOpensEnv`), it writes the path of every file it opens under a folder to a log.
// The module object itself (not a namespace copy of it), whose openSync the server's code calls.
import fs = require('fs');
import * as path from 'path';

const UNDER = 'GOVREPORT_TEST_OPENS_UNDER';
const LOG = 'GOVREPORT_TEST_OPENS_LOG';

/** The environment that makes a Node process log the files it opens under `folder` to `log`. */
export function fileOpensEnv(folder: string, log: string): Record<string, string> {
  return { NODE_OPTIONS: `--require ${JSON.stringify(__filename)}`, [UNDER]: folder + path.sep, [LOG]: log };
}

/** How many times each file was opened, by its path relative to the folder. */
export function fileOpens(folder: string, log: string): Map<string, number> {
  const counts = new Map<string, number>();
  const lines = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
  for (const line of lines) {
    const name = path.relative(folder, line);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

const under = process.env[UNDER];
const log = process.env[LOG];
if (under && log) {
  const open = fs.openSync;
  // The module's property, which the bundle looks up at each call: every open of the server's own code goes by it.
  fs.openSync = (file: fs.PathLike, ...rest: unknown[]) => {
    if (String(file).startsWith(under)) fs.appendFileSync(log, `${String(file)}\n`);
    return (open as (f: fs.PathLike, ...r: unknown[]) => number)(file, ...rest);
  };
}

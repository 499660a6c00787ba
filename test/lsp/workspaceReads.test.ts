// The workspace check at the server's start reads each file once: last year's reports are given what it read
// (lastYears.adopt), not read again. Counted by the files the server's process opens (test/support/fileOpens.ts).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { fileOpens, fileOpensEnv } from '../support/fileOpens';
import { PUBLISHED, viewUriOf, WorkspaceClient } from './workspaceClient';

const at = (d: Diagnostic) => `${d.range.start.line}:${d.range.start.character} ${d.code}`;

describe('language server: the workspace check reads each file once', function () {
  this.timeout(60000);
  let client: WorkspaceClient;
  let log: string;
  const start = (names: { y2023: string; y2024: string }) => {
    log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-opens-')), 'opens.log');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-ws-'));
    client = new WorkspaceClient(fileOpensEnv(dir, log), dir);
    client.write(names.y2023, fs.readFileSync(path.join(PUBLISHED, 'hongzequ_2023.pdf')));
    const y2024 = client.write(names.y2024, fs.readFileSync(path.join(PUBLISHED, 'hongzequ_2024.pdf')));
    // Repeated text above a quarter: 2024's sentences found in 2023's report are the sign of the check against it.
    client.configuration = { workspaceCheck: true, repeatedText: 25 };
    return y2024;
  };
  afterEach(async () => {
    await client.close();
    fs.rmSync(path.dirname(log), { recursive: true, force: true });
  });

  /** 2024's findings against 2023 (洪泽区, the real pair): sections 一 and 五 repeat 30 % and 40 % of last year's sentences. */
  const againstLastYear = async (y2024: string) => {
    const view = viewUriOf(y2024);
    const p = await client.diagnosticsWhere(view, (d) => d.diagnostics.some((x) => x.code === 'repeated-text'), 20000);
    return p.diagnostics.filter((d) => d.code === 'repeated-text').map((d) => `${at(d)} ${/\d+ %|\d+%/.exec(String(d.message))?.[0]}`);
  };

  it('at start, named by their years (last year\'s after this year\'s in the listing): each file opened once, and this year checked against last year', async () => {
    const y2024 = start({ y2023: 'z_hongzequ_2023.pdf', y2024: 'a_hongzequ_2024.pdf' });
    await client.start();
    assert.deepStrictEqual(await againstLastYear(y2024), REPEATED);
    await client.checkWorkspace();
    assert.deepStrictEqual(Object.fromEntries(fileOpens(client.dir, log)), { 'a_hongzequ_2024.pdf': 1, 'z_hongzequ_2023.pdf': 1 });
  });

  it('this year before last in the listing (no years in the names): checked again once last year is known, the rest read once', async () => {
    const y2024 = start({ y2023: 'b.pdf', y2024: 'a.pdf' });
    await client.start();
    assert.deepStrictEqual(await againstLastYear(y2024), REPEATED);
    await client.checkWorkspace();
    assert.deepStrictEqual(Object.fromEntries(fileOpens(client.dir, log)), { 'a.pdf': 2, 'b.pdf': 1 });
  });
});

const REPEATED = ['3:0 repeated-text 30%', '363:0 repeated-text 40%'];

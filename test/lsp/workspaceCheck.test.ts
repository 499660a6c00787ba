// The workspace check over a real connection, for a client that is sent diagnostics (push): every report file of
// the workspace checked without being opened, kept current as files change, handed over to the open document and
// back, files left out as the client lists them, a run cancelled, and the Reports view's data.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { readReport } from '../support/reports';
import { buildReportText } from '../support/reportBuilder';
import { PUBLISHED, uriOf, viewUriOf, WorkspaceClient } from './workspaceClient';
import type { ReportsAnswer } from '../../server/src/lsp/workspaceProtocol';

const R001 = '001_5f52f77d1e58bc3f.txt';
const R002 = '002_0b0fce05247e3def.txt';
const at = (d: Diagnostic) => `${d.range.start.line}:${d.range.start.character} ${d.code}`;
const errors = (ds: Diagnostic[]) => ds.filter((d) => d.severity === 1).map(at);
/** Waits until `done` holds (fails after 10 s). */
async function until(done: () => boolean): Promise<void> {
  for (const deadline = Date.now() + 10000; !done(); await new Promise((r) => setTimeout(r, 20))) if (Date.now() > deadline) throw new Error('timed out');
}
/** 001's two wrong totals of table 3 (a real report): 0-based lines 344 and 350. */
const ERRORS_001 = ['344:1 column-total', '350:1 column-total'];

describe('language server: the workspace check (pushed diagnostics)', function () {
  this.timeout(60000);
  let client: WorkspaceClient;
  beforeEach(() => {
    client = new WorkspaceClient();
  });
  afterEach(() => client.close());

  it('checks the unopened report files of every format, as opening each would, and skips what is not a report', async () => {
    const r001 = client.write(R001, readReport(R001));
    const r002 = client.write(path.join('sub', R002), readReport(R002));
    const pdf = client.write('hongzequ_2023.pdf', fs.readFileSync(path.join(PUBLISHED, 'hongzequ_2023.pdf')));
    const notes = client.write('notes.txt', '会议纪要：下周一讨论年度报告的编制。\n');
    client.write('node_modules/x/001.txt', readReport(R001));
    client.write('.hidden/001.txt', readReport(R001));
    await client.start();
    const summary = await client.checkWorkspace();
    assert.deepStrictEqual([summary.files, summary.reports, summary.cancelled], [3, 3, false]);

    const ws001 = client.latest(uriOf(r001))!;
    assert.strictEqual(ws001.version, undefined, 'a file not open has no version');
    assert.deepStrictEqual(errors(ws001.diagnostics), ERRORS_001);
    const wsPdf = client.latest(viewUriOf(pdf))!;
    assert.deepStrictEqual(wsPdf.diagnostics.filter((d) => d.severity === 1).map((d) => d.code), ['litigation-total', 'litigation-total']);
    assert.strictEqual(client.latest(uriOf(r002))!.diagnostics.length, 1);
    for (const f of [notes, path.join(client.dir, 'node_modules/x/001.txt'), path.join(client.dir, '.hidden/001.txt')]) assert.strictEqual(client.published(uriOf(f)).length, 0, f);

    // The same diagnostics as the file opened in the editor: one check, wherever the text comes from.
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(r001), languageId: 'govreport', version: 1, text: readReport(R001) } });
    assert.deepStrictEqual((await client.diagnosticsFor(uriOf(r001), 1)).diagnostics, ws001.diagnostics);
    const answer = (await client.connection.sendRequest('govreport/textView', { uri: uriOf(pdf), viewUri: viewUriOf(pdf) })) as { text: string };
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: viewUriOf(pdf), languageId: 'govreport', version: 1, text: answer.text } });
    assert.deepStrictEqual((await client.diagnosticsFor(viewUriOf(pdf), 1)).diagnostics, wsPdf.diagnostics);
    assert.deepStrictEqual(client.progress.at(-1), { running: false, done: 4, total: 4 });
  });

  it('an open file\'s diagnostics are the open document\'s; closed, the workspace check\'s come back', async () => {
    const r001 = client.write(R001, readReport(R001));
    await client.start();
    await client.checkWorkspace();
    const uri = uriOf(r001);
    const before = client.latest(uri)!.diagnostics;
    // Opened with other text (unsaved): the open text is what counts.
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'govreport', version: 1, text: readReport(R002) } });
    assert.deepStrictEqual(errors((await client.diagnosticsFor(uri, 1)).diagnostics), []);
    // A change on disk while it is open: checked, but not published over the open document's.
    const since = client.published(uri).length;
    fs.appendFileSync(r001, '\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
    await client.checkWorkspace();
    const closing = client.published(uri).length;
    assert.deepStrictEqual(client.published(uri).slice(since).map((p) => p.version), Array(closing - since).fill(1), 'only the open document\'s');
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const back = await client.publishAfter(uri, closing, (p) => p.diagnostics.length > 0);
    assert.strictEqual(back.version, undefined);
    assert.deepStrictEqual(back.diagnostics, before);
  });

  it('the Reports view shows a file open in the editor as its text is now, unsaved edits and all; closed, as on disk', async () => {
    const r001 = client.write(R001, readReport(R001));
    await client.start();
    await client.checkWorkspace();
    const uri = uriOf(r001);
    const totals = async () => {
      const { reports } = (await client.connection.sendRequest('govreport/reports', {})) as ReportsAnswer;
      return reports.flatMap((r) => r.findings.filter((f) => f.rule === 'column-total').map((f) => `${r.uri === uri} ${f.range.start.line}:${f.range.start.character}`));
    };
    assert.deepStrictEqual(await totals(), ['true 344:1', 'true 350:1']);
    // Two lines written above, not saved: the findings open where they now are.
    const told = client.reportsChanged;
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'govreport', version: 1, text: `草稿\n\n${readReport(R001)}` } });
    await client.diagnosticsFor(uri, 1);
    await until(() => client.reportsChanged > told);
    assert.deepStrictEqual(await totals(), ['true 346:1', 'true 352:1']);
    const reopened = client.reportsChanged;
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await until(() => client.reportsChanged > reopened);
    assert.deepStrictEqual(await totals(), ['true 344:1', 'true 350:1']);
  });

  it('files changed, added and deleted on disk: checked again, added, cleared', async () => {
    const r002 = client.write(R002, readReport(R002));
    await client.start();
    await client.checkWorkspace();
    const uri = uriOf(r002);
    assert.deepStrictEqual(errors(client.latest(uri)!.diagnostics), []);

    // 002's 自然人 cell of 本机关不掌握相关政府信息 (0-based line 210) from 2 to 5: a row and a column total fail.
    const lines = readReport(R002).split('\n');
    assert.strictEqual(lines[210], '\t2');
    lines[210] = '\t5';
    let since = client.published(uri).length;
    fs.writeFileSync(r002, lines.join('\n'));
    const added = client.write('added/001.txt', readReport(R001));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }, { uri: uriOf(added), type: 1 }] });
    // (A publish of what was known before may still come after `since`: the one that follows the change is awaited.)
    assert.deepStrictEqual(errors((await client.publishAfter(uri, since, (p) => errors(p.diagnostics).length > 0)).diagnostics), ['216:1 row-total', '330:1 column-total']);
    assert.deepStrictEqual(errors((await client.publishAfter(uriOf(added), 0)).diagnostics), ERRORS_001);

    since = client.published(uri).length;
    fs.rmSync(r002);
    fs.rmSync(path.dirname(added), { recursive: true });
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }, { uri: uriOf(path.dirname(added)), type: 3 }] });
    await client.publishAfter(uri, since, (p) => p.diagnostics.length === 0);
    await client.publishAfter(uriOf(added), 1, (p) => p.diagnostics.length === 0);
    const summary = await client.checkWorkspace();
    assert.strictEqual(summary.files, 0);
    // Once the check has run after the deletions, what stands for both files is nothing.
    assert.deepStrictEqual([client.latest(uri)!.diagnostics, client.latest(uriOf(added))!.diagnostics], [[], []]);
  });

  it('this year\'s report unopened, last year\'s changed on disk: checked against it again', async () => {
    const before = buildReportText({ layout: 'word', year: 2021 });
    const last = client.write('2021.txt', before.text);
    const now = client.write('2022/2022.txt', buildReportText({ layout: 'word', year: 2022 }).text);
    await client.start();
    await client.checkWorkspace();
    const carried = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'carried-over').length;
    assert.strictEqual(carried(client.latest(uriOf(now))!.diagnostics), 3);
    // Last year's 四 written as this year's 二: the counts agree.
    const since = client.published(uriOf(now)).length;
    fs.writeFileSync(last, buildReportText({ layout: 'word', year: 2021, override: { '3:carried_out|natural': '2', '3:carried_out|other': '0', '3:carried_out|total': '2' } }).text);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(last), type: 2 }] });
    await client.publishAfter(uriOf(now), since, (p) => carried(p.diagnostics) === 0);
  });

  it('the client\'s listing (VS Code\'s, with files.exclude) decides which files there are, on every change too', async () => {
    const r001 = client.write(R001, readReport(R001));
    const drafts = client.write(path.join('drafts', R001), readReport(R001));
    client.listing = () => [uriOf(r001)];
    await client.start();
    assert.strictEqual((await client.checkWorkspace()).files, 1);
    assert.strictEqual(client.published(uriOf(drafts)).length, 0);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(drafts), type: 2 }] });
    await client.checkWorkspace();
    assert.strictEqual(client.published(uriOf(drafts)).length, 0, 'changed, but still excluded');
    // Excluded no more (the setting changed): the next run finds it.
    client.listing = () => [uriOf(r001), uriOf(drafts)];
    assert.strictEqual((await client.checkWorkspace()).files, 2);
    assert.deepStrictEqual(errors(client.latest(uriOf(drafts))!.diagnostics), ERRORS_001);
    // Excluded again: its diagnostics are cleared.
    client.listing = () => [uriOf(r001)];
    assert.strictEqual((await client.checkWorkspace()).files, 1);
    assert.deepStrictEqual(client.latest(uriOf(drafts))!.diagnostics, []);
  });

  it('a run cancelled stops between files, and those checked keep their diagnostics', async () => {
    const text = readReport(R001);
    for (let i = 0; i < 40; i++) client.write(`r${String(i).padStart(2, '0')}.txt`, text);
    await client.start();
    const done = client.checkWorkspace();
    await client.connection.sendNotification('govreport/cancelWorkspaceCheck');
    const summary = await done;
    assert.strictEqual(summary.cancelled, true);
    assert.ok(summary.files < 40, `${summary.files} files checked`);
    assert.strictEqual(client.progress.at(-1)!.running, false);
    assert.strictEqual(client.progress.at(-1)!.done, summary.files);
    // Run again: the rest are checked, the ones checked are not read again.
    const again = await client.checkWorkspace();
    assert.deepStrictEqual([again.files, again.cancelled], [40, false]);
    for (let i = 0; i < 40; i++) assert.strictEqual(client.published(uriOf(path.join(client.dir, `r${String(i).padStart(2, '0')}.txt`))).length, 1);
  });

  it('the setting: on, the workspace is checked from the start; off, its diagnostics are cleared', async () => {
    const r001 = client.write(R001, readReport(R001));
    client.configuration = { workspaceCheck: true };
    await client.start();
    const uri = uriOf(r001);
    assert.deepStrictEqual(errors((await client.publishAfter(uri, 0)).diagnostics), ERRORS_001);
    client.configuration = { workspaceCheck: false };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    assert.deepStrictEqual((await client.publishAfter(uri, 1)).diagnostics, []);
    // Off: a file changed is not checked.
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
    const answer = (await client.connection.sendRequest('govreport/reports', {})) as ReportsAnswer;
    assert.deepStrictEqual(answer.reports, []);
    assert.strictEqual(client.published(uri).length, 2);
  });

  it('the Reports view\'s data: each report with its body, year and findings by table or section', async () => {
    client.write(R001, readReport(R001));
    await client.start();
    await client.checkWorkspace();
    const { reports } = (await client.connection.sendRequest('govreport/reports', {})) as ReportsAnswer;
    assert.deepStrictEqual(reports.map((r) => [r.file, r.body, r.year]), [[R001, '宁波市象山县人民政府办公室', 2020]]);
    const groups = new Map<string, string[]>();
    for (const f of reports[0].findings) groups.set(f.group, [...(groups.get(f.group) ?? []), f.rule]);
    assert.deepStrictEqual(groups.get('表三'), ['row-label', 'row-label', 'column-total', 'column-total', 'row-label']);
    assert.deepStrictEqual(groups.get('五、存在的主要问题和改进情况'), ['section-title', 'copied-text', 'copied-text']);
    const total = reports[0].findings.find((f) => f.rule === 'column-total')!;
    assert.deepStrictEqual(total.range.start, { line: 344, character: 1 });
    assert.ok(client.reportsChanged >= 1);
  });
});

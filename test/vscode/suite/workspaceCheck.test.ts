// The workspace check in VS Code: real reports copied into a folder of the workspace and never opened; the command
// fills Problems with their findings (pulled: VS Code asks for workspace diagnostics), files.exclude (set in the
// test workspace's settings) leaves a folder out, the open document takes a file's diagnostics over and hands them back, changes on disk are followed, and the
// Reports view shows the reports by body and year with their findings, each opening its place.
import * as assert from 'assert';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { GovreportApi } from '../../../client/src/extension';
import type { ReportNode } from '../../../client/src/reportsView';
import type { WorkspaceSummary } from '../../../server/src/lsp/workspaceProtocol';
import {
  byPosition, CHANGED_002_ERRORS, describeAll, describeDiag, FINDING_002, ours, R002, REPORTS, scratchDir, untilWatched, waitFor, waitForDiagnostics, writeChanged002,
} from './lib/helpers';

const R001 = '001_5f52f77d1e58bc3f.txt';
/** 001's two wrong totals of table 3, as the editor shows them when the file is opened (see diagnostics.test.ts). */
const ERRORS_001 = ['344:1 column-total Error', '350:1 column-total Error'];
const PDF = 'hongzequ_2023.pdf';
const errorsOf = (ds: vscode.Diagnostic[]) => byPosition(ds).filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map(describeDiag);
const viewOf = (file: vscode.Uri) => file.with({ scheme: 'govreport-view', path: `${file.path}.govreport` });

describe('the workspace check (govreport.checkWorkspace)', () => {
  let dir: string;
  let r001: vscode.Uri;
  let r002: vscode.Uri;
  let pdf: vscode.Uri;
  let excluded: vscode.Uri;
  let notes: vscode.Uri;
  let summary: WorkspaceSummary;
  /** 001's diagnostics as the workspace check gives them (the file not open). */
  let unopened001: string[];

  before(async () => {
    dir = scratchDir('ws');
    await untilWatched(dir);
    const copy = (from: string, to: string) => {
      mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
      copyFileSync(from, path.join(dir, to));
      return vscode.Uri.file(path.join(dir, to));
    };
    r001 = copy(path.join(REPORTS, R001), R001);
    r002 = copy(path.join(REPORTS, R002), path.join('sub', R002));
    pdf = copy(path.join(REPORTS, '../published', PDF), PDF);
    excluded = copy(path.join(REPORTS, R001), path.join('excluded-reports', R001));
    await untilWatched(path.dirname(r002.fsPath));
    notes = vscode.Uri.file(path.join(dir, 'notes.txt'));
    writeFileSync(notes.fsPath, '会议纪要：下周一讨论年度报告的编制。\n');
    const excludes = vscode.workspace.getConfiguration('files').get<Record<string, boolean>>('exclude') ?? {};
    assert.strictEqual(excludes['**/excluded-reports'], true, 'files.exclude of test/vscode/workspace/.vscode/settings.json');
  });

  it('fills Problems for the report files not opened: text, a published PDF (at its text view), not the excluded or what is no report', async () => {
    for (const u of [r001, r002, pdf, excluded, notes]) {
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.fsPath === u.fsPath), `${u.fsPath} is open`);
    }
    summary = (await vscode.commands.executeCommand('govreport.checkWorkspace')) as WorkspaceSummary;
    assert.strictEqual(summary.cancelled, false);
    const ds = await waitForDiagnostics(r001, (d) => errorsOf(d).length === 2, '001\'s two column-total errors');
    assert.deepStrictEqual(errorsOf(ds), ERRORS_001);
    unopened001 = byPosition(ds).map((d) => `${describeDiag(d)} ${d.message}`);
    const pdfDs = await waitForDiagnostics(viewOf(pdf), (d) => errorsOf(d).length === 2, 'the PDF\'s two litigation-total errors');
    assert.deepStrictEqual(errorsOf(pdfDs).map((d) => d.split(' ')[1]), ['litigation-total', 'litigation-total']);
    assert.match(pdfDs.find((d) => d.severity === vscode.DiagnosticSeverity.Error)!.message, /应为 11/);
    await waitForDiagnostics(r002, (d) => d.length === 1 && describeDiag(d[0]) === FINDING_002, '002\'s superseded-template warning');
    assert.deepStrictEqual(ours(excluded), [], 'excluded by files.exclude');
    assert.deepStrictEqual(ours(notes), [], 'not a report');
    assert.ok(summary.files >= 3, JSON.stringify(summary));
  });

  it('opened, the file\'s diagnostics are the open document\'s (its unsaved text, once); closed, the workspace check\'s come back', async () => {
    // Opened by the workbench, as a click in the Explorer does: a document the extension host opened itself (with
    // openTextDocument) stays open for minutes after its editor closes.
    await vscode.commands.executeCommand('vscode.open', r001);
    const editor = await waitFor('001 in an editor', () => (vscode.window.activeTextEditor?.document.uri.fsPath === r001.fsPath ? vscode.window.activeTextEditor : undefined));
    const doc = editor.document;
    // The open document's own check: the same findings, and not twice over.
    await waitFor('001 open, its findings once', () => {
      const now = byPosition(ours(r001)).map((d) => `${describeDiag(d)} ${d.message}`);
      return now.length === unopened001.length && now.every((d, i) => d === unopened001[i]) ? now : undefined;
    }, { events: [vscode.languages.onDidChangeDiagnostics], have: () => describeAll(r001) });
    // Unsaved text of another report: its findings, not the file's on disk.
    const all = new vscode.Range(0, 0, doc.lineCount, 0);
    await editor.edit((e) => e.replace(all, readFileSync(path.join(REPORTS, R002), 'utf8')));
    await waitForDiagnostics(r001, (d) => d.length === 1 && describeDiag(d[0]) === FINDING_002, '002\'s text in 001\'s editor');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('001 closed', () => (vscode.workspace.textDocuments.some((d) => d.uri.toString() === r001.toString()) ? undefined : true), {
      events: [vscode.workspace.onDidCloseTextDocument],
    });
    await waitForDiagnostics(r001, (d) => d.length === unopened001.length && errorsOf(d).join() === ERRORS_001.join(), '001\'s findings on disk again');
  });

  it('follows the files on disk: a cell changed, a report added, a report deleted', async () => {
    writeChanged002(path.dirname(r002.fsPath), R002, '5');
    await waitForDiagnostics(r002, (d) => errorsOf(d).join() === CHANGED_002_ERRORS.join(), '002\'s row and column total errors');
    // Into a folder the watcher knows (a file in a folder made just before it may come before the folder's watch).
    const added = vscode.Uri.file(path.join(dir, `added-${R001}`));
    copyFileSync(path.join(REPORTS, R001), added.fsPath);
    await waitForDiagnostics(added, (d) => errorsOf(d).join() === ERRORS_001.join(), 'the added report\'s errors');
    rmSync(added.fsPath);
    await waitForDiagnostics(added, (d) => d.length === 0, 'the deleted report\'s diagnostics gone');
  });

  it('the Reports view: body → year → table or section → findings, with counts; a finding opens its place', async () => {
    const api = vscode.extensions.getExtension('govreport.govreport')!.exports as GovreportApi;
    const tree = api.reportsView;
    await tree.refresh();
    const yearOf = (uri: vscode.Uri) => {
      for (const body of tree.getChildren()) {
        for (const year of tree.getChildren(body)) if (year.kind === 'year' && vscode.Uri.parse(year.report.uri).toString() === uri.toString()) return { body, year };
      }
      return undefined;
    };
    const found = await waitFor('001 in the Reports view', async () => {
      await tree.refresh();
      return yearOf(r001);
    });
    const label = (n: ReportNode) => String(tree.getTreeItem(n).label);
    const description = (n: ReportNode) => String(tree.getTreeItem(n).description);
    assert.strictEqual(label(found.body), '宁波市象山县人民政府办公室');
    assert.strictEqual(label(found.year), '2020');
    // Its counts (in the editor's display language): 2 errors, 9 warnings (the info is not counted).
    assert.match(description(found.year), new RegExp(`^2\\D+9\\D+ · ${R001}$`));
    const groups = tree.getChildren(found.year);
    const table3 = groups.find((g) => label(g) === '表三')!;
    assert.ok(table3, groups.map(label).join(', '));
    assert.strictEqual(description(table3), '5');
    const findings = tree.getChildren(table3);
    assert.deepStrictEqual(findings.map((f) => description(f)), ['row-label', 'row-label', 'column-total', 'column-total', 'row-label']);

    // A click on 001's first wrong total opens the file at it.
    const command = tree.getTreeItem(findings[2]).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = await waitFor('001 opened from the view', () => (vscode.window.activeTextEditor?.document.uri.fsPath === r001.fsPath ? vscode.window.activeTextEditor : undefined));
    assert.deepStrictEqual([editor.selection.start.line, editor.selection.start.character], [344, 1]);
    assert.strictEqual(editor.document.getText(editor.selection), '170');

    // The PDF's wrong review total opens in its text view, at the stated 0.
    const pdfYear = yearOf(viewOf(pdf))!;
    const table4 = tree.getChildren(pdfYear.year).find((g) => label(g) === '表四')!;
    const litigation = tree.getChildren(table4).find((f) => description(f) === 'litigation-total')!;
    const open = tree.getTreeItem(litigation).command!;
    await vscode.commands.executeCommand(open.command, ...(open.arguments ?? []));
    const view = await waitFor('the PDF\'s text view', () => (vscode.window.activeTextEditor?.document.uri.scheme === 'govreport-view' ? vscode.window.activeTextEditor : undefined));
    assert.strictEqual(path.basename(view.document.uri.path), `${PDF}.govreport`);
    assert.strictEqual(view.document.getText(view.selection), '0');
  });
});

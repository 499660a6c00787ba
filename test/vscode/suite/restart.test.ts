// The language server killed under the editor: the client starts it again, the documents keep the user's unsaved
// text, and Problems fills again with what the server finds in that text (and in a report view left open).
import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { codeOf, ours, readReport, REPORTS, scratchDir, waitFor, waitForDiagnostics, writeFile } from './lib/helpers';

/** The language server: the extension host's child process running dist/server.js (Linux: read from /proc). */
function serverPid(): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command's closing parenthesis: state, then the parent's pid.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === process.pid && readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('server.js')) return Number(entry);
    } catch {
      // A process that ended while the list was read.
    }
  }
  return undefined;
}

const summary = (ds: vscode.Diagnostic[]) => ds.map((d) => `${codeOf(d)}@${d.range.start.line}`).sort().join(' ');
const errorsOf = (ds: vscode.Diagnostic[]) => ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);

describe('the language server restarted by the client', () => {
  it('after the server is killed, Problems refills from the unsaved text, and a report view is checked from its file again', async () => {
    // A PDF shown as a report, and a text report with an unsaved edit: a section title changed.
    const pdf = vscode.Uri.file(path.join(REPORTS, '../published/hongzequ_2023.pdf'));
    await vscode.commands.executeCommand('govreport.openAsReport', pdf);
    const view = await waitFor('the report view of the PDF', () => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'govreport-view' && d.uri.path === `${pdf.path}.govreport`));
    await waitForDiagnostics(view.uri, (ds) => errorsOf(ds).length === 2, 'two litigation-total errors');
    const uri = writeFile(scratchDir('restart'), '2021年度报告.txt', readReport('002_0b0fce05247e3def.txt'));
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'superseded-template'), 'the finding of 002');
    const line = doc.getText().split('\n').indexOf('三、收到和处理政府信息公开申请情况');
    await editor.edit((e) => e.replace(new vscode.Range(line, 7, line, 13), ''));
    const edited = doc.getText();
    const before = await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'section-title'), 'section-title for the edited heading');

    const pid = serverPid();
    assert.ok(pid, 'the language server is a child of the extension host');
    let cleared = false;
    const watch = vscode.languages.onDidChangeDiagnostics(() => {
      if (!ours(uri).length) cleared = true;
    });
    try {
      process.kill(pid, 'SIGKILL');
      const restarted = await waitFor('a new language server', () => {
        const now = serverPid();
        return now !== undefined && now !== pid ? now : undefined;
      });
      assert.notStrictEqual(restarted, pid);
      const after = await waitForDiagnostics(uri, (ds) => cleared && summary(ds) === summary(before), 'the same findings from the new server');
      assert.strictEqual(summary(after), summary(before));
    } finally {
      watch.dispose();
    }
    // The text is the user's edit, whatever the editor did with the file meanwhile (on a slow machine CI saw the
    // document no longer dirty after the restart: what counts is that the edit is neither lost nor reverted).
    assert.strictEqual(doc.getText(), edited, 'the unsaved text is kept');
    if (!doc.isDirty) assert.strictEqual(readFileSync(uri.fsPath, 'utf8'), edited, 'a saved document holds the edit');
    await waitForDiagnostics(view.uri, (ds) => errorsOf(ds).length === 2, 'the view\'s two litigation-total errors again');
  });
});

// .docx and PDF reports in the editor: opened as reports (a read-only text view of the file), checked with the
// reader's findings, outlined; fix-all on a .docx view writes the Word file and the view refreshes.
import * as assert from 'assert';
import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { unzipSync } from 'fflate';
import { codeOf, REPORTS, scratchDir, waitFor, waitForDiagnostics } from './lib/helpers';
import { fillTemplate, specFromReport } from '../../support/fillTemplate';

const PUBLISHED = path.resolve(REPORTS, '../published');
const errorsOf = (ds: vscode.Diagnostic[]) => ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);

/** Opens a file as a report and waits for its view to be the active editor. */
async function openAsReport(file: vscode.Uri): Promise<vscode.TextEditor> {
  await vscode.commands.executeCommand('govreport.openAsReport', file);
  return waitFor(`the report view of ${path.basename(file.fsPath)}`, () => {
    const editor = vscode.window.activeTextEditor;
    return editor?.document.uri.scheme === 'govreport-view' && editor.document.uri.path === `${file.path}.govreport` ? editor : undefined;
  }, { events: [vscode.window.onDidChangeActiveTextEditor] });
}

describe('.docx and PDF files opened as reports', () => {
  it('a published PDF: its two broken litigation totals, an outline, and a view that cannot be written', async () => {
    const editor = await openAsReport(vscode.Uri.file(path.join(PUBLISHED, 'hongzequ_2023.pdf')));
    assert.strictEqual(editor.document.languageId, 'govreport');
    const ds = await waitForDiagnostics(editor.document.uri, (d) => errorsOf(d).length === 2, 'two litigation-total errors');
    assert.deepStrictEqual(errorsOf(ds).map(codeOf), ['litigation-total', 'litigation-total']);
    assert.match(errorsOf(ds)[0].message, /应为 11/);
    const symbols = (await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', editor.document.uri)) as vscode.DocumentSymbol[];
    assert.ok(symbols.length > 0 && JSON.stringify(symbols.map((s) => s.name)).includes('年度报告'), JSON.stringify(symbols.map((s) => s.name)));
    // The view is a read-only file system's file: the editor shows it read-only, and nothing can write it.
    assert.strictEqual(vscode.workspace.fs.isWritableFileSystem('govreport-view'), false);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.writeFile(editor.document.uri, new Uint8Array([0x78]))));
  });

  it('a .docx with a wrong total: fix all writes the Word file, and the refreshed view has no error', async () => {
    const spec = specFromReport(readFileSync(path.join(REPORTS, '002_0b0fce05247e3def.txt'), 'utf8'));
    spec.table4!.review = { ...spec.table4!.review, upheld: '3', total: '9' };
    const file = path.join(scratchDir('docx'), '年报.docx');
    writeFileSync(file, fillTemplate(spec));
    const editor = await openAsReport(vscode.Uri.file(file));
    const ds = await waitForDiagnostics(editor.document.uri, (d) => errorsOf(d).length === 1, 'one litigation-total error');
    assert.deepStrictEqual(errorsOf(ds).map(codeOf), ['litigation-total']);

    await vscode.commands.executeCommand('govreport.fixAll', { confirmed: true });
    await waitForDiagnostics(editor.document.uri, (d) => errorsOf(d).length === 0, 'no error after the fix');
    const xml = Buffer.from(unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml']).toString('utf8');
    assert.ok(!xml.includes('>9<') && xml.includes('>3<'), 'the Word file does not hold the fixed total');
    assert.ok(!editor.document.getText().includes('\t9\n'), 'the view was not refreshed');
  });
});

// editor.codeActionsOnSave with source.fixAll.govreport: saving a report with one wrong number writes it repaired.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as vscode from 'vscode';
import { CELL_LINE, codeOf, lineDiff, only002Finding, openBroken002, waitForDiagnostics } from './lib/helpers';

const ON_SAVE = { 'source.fixAll.govreport': 'explicit' };
const editorConfig = () => vscode.workspace.getConfiguration('editor', { languageId: 'govreport' });

describe('codeActionsOnSave: source.fixAll.govreport', () => {
  before(async () => {
    // User settings, [govreport] section (the runner's user-data dir is a throwaway one).
    await editorConfig().update('codeActionsOnSave', ON_SAVE, vscode.ConfigurationTarget.Global, true);
    assert.deepStrictEqual(editorConfig().get('codeActionsOnSave'), ON_SAVE, 'the setting did not take');
  });
  after(async () => {
    await editorConfig().update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global, true);
  });

  it('002 with 自然人 of 本机关不掌握相关政府信息 wrong: the saved file has the 2 back', async () => {
    const { uri, original, doc } = await openBroken002('onsave', 'onsave-002.txt');

    // Save participants run only for a dirty document: make it dirty with another wrong value, 5 → 7.
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(CELL_LINE, 1, CELL_LINE, 2), '7');
    assert.strictEqual(await vscode.workspace.applyEdit(edit), true, 'applyEdit failed');
    assert.strictEqual(doc.lineAt(CELL_LINE).text, '\t7');
    await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'row-total' && x.message.includes('（现为 7）')), 'row-total for the 7');

    assert.strictEqual(await doc.save(), true, 'save failed');
    const onDisk = readFileSync(uri.fsPath, 'utf8');
    assert.deepStrictEqual(lineDiff(onDisk, original), []);
    assert.ok(onDisk === original, 'the saved file differs from 002 (line endings or the end of the file)');
    assert.strictEqual(doc.isDirty, false, 'the document is still dirty after the save');
    assert.strictEqual(doc.getText(), original);
    await waitForDiagnostics(uri, only002Finding, 'only 002\'s own superseded-template warning after the save');
  });
});

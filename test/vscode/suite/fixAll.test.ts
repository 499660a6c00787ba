// The command 年报：修复全部可修复的问题 (govreport.fixAll) on a report with one wrong number: it restores exactly that
// number, nothing else, and the errors go away (002's own warning, which has no fix, stays).
import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { CELL_LINE, lineDiff, only002Finding, openBroken002, R002, REPORTS, waitForDiagnostics, waitForTextChange } from './lib/helpers';

describe('fix all (command govreport.fixAll)', () => {
  it('002 with 自然人 of 本机关不掌握相关政府信息 changed 2 → 5: restores the 2, only that character', async () => {
    const { uri, original, doc } = await openBroken002('fixall', 'fixall-002.txt');
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'the copy is not the active editor');

    const before = doc.getText();
    assert.deepStrictEqual(lineDiff(before, original), [`${CELL_LINE}: "\\t5" (expected "\\t2")`]);
    await vscode.commands.executeCommand('govreport.fixAll');
    const after = await waitForTextChange(doc, before, 'the fix-all edit');
    assert.deepStrictEqual(lineDiff(after, original), []);
    assert.ok(after === original, 'the fixed text differs from 002 (line endings or the end of the file)');

    await waitForDiagnostics(uri, only002Finding, 'only 002\'s own superseded-template warning after the fix');
    // The edit is in the editor, not yet on disk; saved, the file is 002 byte for byte.
    assert.strictEqual(doc.isDirty, true, 'the fix did not leave the document dirty');
    assert.strictEqual(await doc.save(), true, 'save failed');
    assert.ok(readFileSync(uri.fsPath).equals(readFileSync(path.join(REPORTS, R002))), 'the saved file differs from 002');
  });
});

// Hover on a number of table 3 in 001, through VS Code's own hover command.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { codeOf, linesOf, openAndShow, REPORTS, waitForDiagnostics } from './lib/helpers';

const text = (c: vscode.MarkdownString | vscode.MarkedString) => (typeof c === 'string' ? c : c.value);

describe('hover (vscode.executeHoverProvider)', () => {
  it('001 at 350:2, the （七）总计 × 总计 cell 175: its place and the column equation that fails', async () => {
    const { doc } = await openAndShow(vscode.Uri.file(path.join(REPORTS, '001_5f52f77d1e58bc3f.txt')));
    assert.strictEqual(doc.lineAt(350).text, '\t175', 'line 350 (0-based) of 001 is not the cell \\t175');
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'column-total'), 'column-total');

    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(350, 2))) ?? [];
    assert.strictEqual(hovers.length, 1, `expected one hover, got ${hovers.length}`);
    const [hover] = hovers;
    const markdown = hover.contents.map(text).join('\n');
    assert.ok(markdown.includes('三、本年度办理结果 › （七）总计 × 总计'), `no '三、本年度办理结果 › （七）总计 × 总计' in:\n${markdown}`);
    const lines = linesOf(markdown).map((l) => l.replace(/^\s*[-*]\s+/, '').trim());
    assert.ok(
      lines.includes('列 总计：（七）总计 = 88 + 17 + 0 + 1 + 0 + 1 + 3 + 2 + 3 + 4 + 39 + 1 + 1 + 0 + 7 + 0 + 0 + 0 + 9 = 176 ≠ **175** ✗'),
      `no line for the failing column equation in:\n${markdown}`,
    );
    // The hover belongs to the number: 175 at characters 1-4.
    const r = hover.range;
    assert.deepStrictEqual(r && [r.start.line, r.start.character, r.end.line, r.end.character], [350, 1, 350, 4]);
  });
});

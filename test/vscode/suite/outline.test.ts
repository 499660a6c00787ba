// The outline of 001 through VS Code's own document-symbol command: what the Outline view and breadcrumbs show.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { codeOf, openAndShow, REPORTS, waitForDiagnostics } from './lib/helpers';

describe('outline (vscode.executeDocumentSymbolProvider)', () => {
  let roots: vscode.DocumentSymbol[];

  before(async () => {
    const { doc } = await openAndShow(vscode.Uri.file(path.join(REPORTS, '001_5f52f77d1e58bc3f.txt')));
    // The server has the document once its diagnostics are back.
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'column-total'), 'column-total');
    roots = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri)) ?? [];
  });

  it('001: one root, the report title', () => {
    assert.deepStrictEqual(roots.map((s) => s.name), ['宁波市象山县人民政府办公室2020年政府信息公开工作年度报告']);
    assert.strictEqual(roots[0].kind, vscode.SymbolKind.File);
  });

  it('001: the six sections under it, as the report titles them', () => {
    assert.deepStrictEqual(roots[0]?.children.map((s) => s.name), [
      '1、 总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题和改进情况',
      '六、其他需要报告的事项',
    ]);
    assert.deepStrictEqual(roots[0].children.map((s) => vscode.SymbolKind[s.kind]), Array(6).fill('Namespace'));
  });

  it('001: table 3 under section 三, with its error count', () => {
    const section3 = roots[0]?.children[2];
    assert.deepStrictEqual(section3?.children.map((s) => s.name), ['表三 收到和处理政府信息公开申请情况 · 2 处错误']);
    assert.strictEqual(section3.children[0].kind, vscode.SymbolKind.Struct);
  });
});

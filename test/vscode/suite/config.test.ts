// A govreport.json beside a report: the editor checks it with the severities the file sets (as the CLI does), and
// again when the file changes on disk.
import * as assert from 'assert';
import { writeFileSync } from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { codeOf, openAndShow, readReport, scratchDir, untilWatched, waitForDiagnostics, writeFile } from './lib/helpers';

const R001 = '001_5f52f77d1e58bc3f.txt';
const columnTotals = (ds: vscode.Diagnostic[]) => ds.filter((d) => codeOf(d) === 'column-total').map((d) => d.severity);

describe('a config file (govreport.json) in the report\'s folder', () => {
  it('sets column-total to a warning in 001, follows its change on disk, and gives the rule back when removed', async () => {
    const dir = scratchDir('config');
    await untilWatched(dir);
    const config = path.join(dir, 'govreport.json');
    writeFileSync(config, JSON.stringify({ rules: { 'column-total': 'warning' } }));
    const { doc } = await openAndShow(writeFile(dir, R001, readReport(R001)));
    const W = vscode.DiagnosticSeverity.Warning;
    await waitForDiagnostics(doc.uri, (ds) => columnTotals(ds).join() === [W, W].join(), 'column-total as two warnings');

    writeFileSync(config, JSON.stringify({ rules: { 'column-total': 'off' } }));
    await waitForDiagnostics(doc.uri, (ds) => ds.length > 0 && columnTotals(ds).length === 0, 'column-total off');

    writeFileSync(config, '{}');
    const E = vscode.DiagnosticSeverity.Error;
    const ds = await waitForDiagnostics(doc.uri, (x) => columnTotals(x).join() === [E, E].join(), 'column-total errors again');
    assert.deepStrictEqual(ds.filter((d) => codeOf(d) === 'column-total').map((d) => d.range.start.line), [344, 350]);
  });

});

// Last year's report beside this year's: the carried counts are checked against it, and the finding's related
// location opens last year's cell (here in the text view of a .docx, which the editor shows read-only).
import * as assert from 'assert';
import { writeFileSync } from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { codeOf, openAndShow, scratchDir, waitForDiagnostics, writeFile } from './lib/helpers';
import { buildReportText } from '../../support/reportBuilder';
import { fillTemplate, specFromReport } from '../../support/fillTemplate';

describe('last year\'s report beside this year\'s', () => {
  it('2022 against the 2021 .docx in its folder: carried-over errors, and the related link opens 2021\'s cell', async () => {
    const dir = scratchDir('years');
    // Built alike, a year apart: 2021 carried 4 over (3 natural persons, 1 other), 2022 says 2 came in.
    writeFileSync(path.join(dir, '2021.docx'), fillTemplate(specFromReport(buildReportText({ layout: 'word', year: 2021 }).text)));
    const uri = writeFile(dir, '2022.txt', buildReportText({ layout: 'word', year: 2022 }).text);
    const { doc } = await openAndShow(uri);
    const ds = await waitForDiagnostics(doc.uri, (d) => d.filter((x) => codeOf(x) === 'carried-over').length === 3, 'three carried-over errors');
    const total = ds.find((d) => codeOf(d) === 'carried-over' && d.message.includes('总计'))!;
    assert.strictEqual(total.severity, vscode.DiagnosticSeverity.Error);
    assert.match(total.message, /上年报告（2021\.docx）/);
    assert.strictEqual(doc.getText(total.range), '2');

    // What a click on the related link does: open its location.
    const related = total.relatedInformation?.[0]?.location;
    assert.ok(related, 'no related location');
    const editor = await vscode.window.showTextDocument(related.uri, { selection: related.range });
    assert.strictEqual(editor.document.uri.scheme, 'govreport-view');
    assert.strictEqual(path.basename(editor.document.uri.path), '2021.docx.govreport');
    assert.strictEqual(editor.document.getText(related.range), '4');
  });
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { buildReportText } from '../support/reportBuilder';
import { TestClient } from './client';
import { fillTemplate, specFromReport } from '../support/fillTemplate';
import { LineIndex, renderTextView } from '../../server/src/core';
import { readDocx } from '../../server/src/readers/docx';

const carried = (p: PublishDiagnosticsParams): Diagnostic[] => p.diagnostics.filter((d) => d.code === 'carried-over');

describe('language server: last year\'s report on disk', () => {
  let dir: string;
  let client: TestClient;
  const before = buildReportText({ layout: 'word', year: 2021 });
  const now = buildReportText({ layout: 'word', year: 2022 });

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-lsp-'));
    client = new TestClient();
  });
  afterEach(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Last year's report in `sub` of the workspace, this year's opened from the workspace's root. */
  async function open(sub: string, rootUri: string | null) {
    fs.mkdirSync(path.join(dir, sub), { recursive: true });
    const file = path.join(dir, sub, '2021.txt');
    fs.writeFileSync(file, before.text);
    const uri = pathToFileURL(path.join(dir, '2022.txt')).href;
    await client.initialize(undefined, { publishDiagnostics: { relatedInformation: true } }, rootUri);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: now.text } });
    return { file, uri };
  }

  it('a report beside the open one: checked against it, with last year\'s cell as the related place', async () => {
    const { file, uri } = await open('', null);
    const p = await client.diagnosticsWhere(uri, (x) => carried(x).length > 0);
    const total = carried(p).find((d) => String(d.message).includes('总计'))!;
    const cell = before.cells.get('3:carried_out|total')!;
    const line = before.text.slice(0, cell.start).split('\n').length - 1;
    assert.deepStrictEqual(total.relatedInformation?.map((r) => [r.location.uri, r.location.range.start]), [[pathToFileURL(file).href, { line, character: cell.start - before.text.lastIndexOf('\n', cell.start - 1) - 1 }]]);
    assert.match(String(total.message), /上年报告（2021\.txt）/);
    assert.strictEqual(total.severity, 1);
  });

  it('last year\'s report a .docx: the related place is in its text view, which the editor opens', async () => {
    const docx = fillTemplate(specFromReport(before.text));
    const file = path.join(dir, '2021.docx');
    fs.writeFileSync(file, docx);
    const uri = pathToFileURL(path.join(dir, '2022.txt')).href;
    await client.initialize(undefined, { publishDiagnostics: { relatedInformation: true } });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: now.text } });
    const p = await client.diagnosticsWhere(uri, (x) => carried(x).length > 0);
    const related = carried(p).find((d) => String(d.message).includes('总计'))!.relatedInformation![0].location;
    assert.strictEqual(related.uri, `govreport-view:${pathToFileURL(file).href.slice('file:'.length)}.govreport`);
    const view = renderTextView(readDocx(docx)).text;
    const lines = new LineIndex(view);
    assert.strictEqual(view.slice(lines.offsetAt(related.range.start), lines.offsetAt(related.range.end)), '4');
  });

  it('a report in a folder of the workspace; changed on disk, the findings follow it', async () => {
    const { file, uri } = await open('2021', pathToFileURL(dir).href);
    await client.diagnosticsWhere(uri, (x) => carried(x).length === 3);
    // Last year's 四 written as this year's 二: the counts agree.
    fs.writeFileSync(file, buildReportText({ layout: 'word', year: 2021, override: { '3:carried_out|natural': '2', '3:carried_out|other': '0', '3:carried_out|total': '2' } }).text);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 2 }] });
    await client.diagnosticsWhere(uri, (x) => carried(x).length === 0 && x.diagnostics.some((d) => d.code === 'in-force-carried'));
  });
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TestClient } from './client';
import { fillTemplate, specFromReport } from '../support/fillTemplate';
import { readReport } from '../support/reports';

const PUBLISHED = path.resolve(__dirname, '../../../../shared/published');

type ViewAnswer = { ok: true; viewUri: string; text: string; format: string; isReport: boolean } | { ok: false; reason: string };

describe('language server: text views of .docx and PDF files', function () {
  this.timeout(30000);
  let client: TestClient;
  let dir: string;
  before(async () => {
    client = new TestClient();
    await client.initialize();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-views-'));
  });
  after(async () => {
    assert.strictEqual(await client.shutdown(), 0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const openView = async (file: string) => {
    const uri = pathToFileURL(file).href;
    const viewUri = `govreport-view:${uri.slice('file:'.length)}.govreport`;
    const answer = (await client.connection.sendRequest('govreport/textView', { uri, viewUri })) as ViewAnswer;
    assert.ok(answer.ok, JSON.stringify(answer));
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: viewUri, languageId: 'govreport', version: 1, text: answer.text } });
    return { viewUri, answer, diagnostics: (await client.diagnosticsFor(viewUri, 1)).diagnostics };
  };

  it('a PDF: its view is checked from the reader, the findings lead back to the page, and no edit is offered', async () => {
    const { viewUri, answer, diagnostics } = await openView(path.join(PUBLISHED, 'hongzequ_2023.pdf'));
    assert.deepStrictEqual([answer.ok && answer.format, answer.ok && answer.isReport], ['pdf', true]);
    const errors = diagnostics.filter((d) => d.severity === 1);
    assert.deepStrictEqual(errors.map((d) => d.code), ['litigation-total', 'litigation-total']);
    const where = (await client.connection.sendRequest('govreport/sourceLocation', { uri: viewUri, position: errors[0].range.start })) as { file: string; format: string; location: { page: number } };
    assert.deepStrictEqual([path.basename(where.file), where.format, where.location.page], ['hongzequ_2023.pdf', 'pdf', 4]);
    const actions = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: viewUri }, range: errors[0].range, context: { diagnostics: [] } });
    assert.deepStrictEqual(actions, []);
    const fix = (await client.connection.sendRequest('govreport/fixFile', { uri: viewUri })) as { applied: boolean; reason?: string };
    assert.deepStrictEqual(fix, { applied: false, changes: 0, titles: [], reason: 'pdf files are not written' });
  });

  it('a view kept open across a restart of the server (opened with no view asked for): read again, checked from the reader', async () => {
    const { viewUri, answer, diagnostics } = await openView(path.join(PUBLISHED, 'hongzequ_2023.pdf'));
    assert.ok(answer.ok);
    // A new server, as after a crash: the client opens its documents again, the view among them.
    const restarted = new TestClient();
    try {
      await restarted.initialize();
      await restarted.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: viewUri, languageId: 'govreport', version: 1, text: answer.text } });
      const again = (await restarted.diagnosticsFor(viewUri, 1)).diagnostics;
      assert.deepStrictEqual(again, diagnostics, 'the findings of the reader\'s view, published once');
      assert.strictEqual(restarted.published(viewUri).length, 1);
      const where = (await restarted.connection.sendRequest('govreport/sourceLocation', { uri: viewUri, position: again.find((d) => d.severity === 1)!.range.start })) as { location: { page: number } } | null;
      assert.strictEqual(where?.location.page, 4, 'and they lead back to the page');
    } finally {
      assert.strictEqual(await restarted.shutdown(), 0);
    }
  });

  it('a .docx: fixing its view writes the Word file, and the view read again is clean', async () => {
    const spec = specFromReport(readReport('002_0b0fce05247e3def.txt'));
    spec.table4!.review = { ...spec.table4!.review, upheld: '3', total: '9' };
    const file = path.join(dir, '报告.docx');
    fs.writeFileSync(file, fillTemplate(spec));
    const { viewUri, answer, diagnostics } = await openView(file);
    assert.deepStrictEqual(diagnostics.filter((d) => d.severity === 1).map((d) => [d.code, String(d.message).includes('实为 9')]), [['litigation-total', true]]);
    const fix = (await client.connection.sendRequest('govreport/fixFile', { uri: viewUri })) as { applied: boolean; changes: number };
    assert.deepStrictEqual([fix.applied, fix.changes], [true, 1]);
    // The client shows the view anew: read again, the whole text replaced in the open document.
    const again = (await client.connection.sendRequest('govreport/textView', { uri: pathToFileURL(file).href, viewUri })) as ViewAnswer;
    assert.ok(again.ok && answer.ok);
    assert.notStrictEqual(again.text, answer.text);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: viewUri, version: 2 }, contentChanges: [{ text: again.text }] });
    assert.deepStrictEqual((await client.diagnosticsFor(viewUri, 2)).diagnostics.filter((d) => d.severity === 1), []);
  });

  it('a file no reader reads gets a reason, not a view', async () => {
    const file = path.join(dir, 'notes.txt');
    fs.writeFileSync(file, 'plain text');
    const answer = (await client.connection.sendRequest('govreport/textView', { uri: pathToFileURL(file).href })) as ViewAnswer;
    assert.deepStrictEqual(answer, { ok: false, reason: 'not a .docx, HTML or PDF file' });
  });
});

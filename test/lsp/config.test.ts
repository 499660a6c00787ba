import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { readReport } from '../support/reports';
import { TestClient } from './client';

const R001 = '001_5f52f77d1e58bc3f.txt';
/** Severity (1 error, 2 warning, 3 info) of each of 001's findings of a rule. */
const levels = (p: PublishDiagnosticsParams, rule: string) => p.diagnostics.filter((d) => d.code === rule).map((d) => d.severity);

describe('language server: config files (govreport.json)', () => {
  let dir: string;
  let client: TestClient;
  let uri: string;
  const config = (c: unknown) => fs.writeFileSync(path.join(dir, 'govreport.json'), typeof c === 'string' ? c : JSON.stringify(c));

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-lsp-config-'));
    fs.writeFileSync(path.join(dir, R001), readReport(R001));
    uri = pathToFileURL(path.join(dir, R001)).href;
    client = new TestClient();
  });
  afterEach(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** The editor's settings, sent at start and answered when asked. */
  const open = async (settings: unknown = {}) => {
    client.configuration = settings;
    await client.initialize({ debounceMs: 0, displayLanguage: 'zh-cn', settings });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'govreport', version: 1, text: readReport(R001) } });
    return client.diagnosticsFor(uri, 1);
  };

  it('the file beside the report sets a severity over the editor\'s settings, which keep the rest', async () => {
    config({ rules: { 'column-total': 'warning' } });
    const p = await open({ rules: { 'column-total': 'info', 'row-label': 'off' } });
    assert.deepStrictEqual(levels(p, 'column-total'), [2, 2]);
    assert.deepStrictEqual(levels(p, 'row-label'), []);
    assert.deepStrictEqual(levels(p, 'section-title'), [2]);
  });

  it('a change of the file on disk (a watched-file event) checks the open report again under it', async () => {
    config({ rules: { 'column-total': 'warning' } });
    assert.deepStrictEqual(levels(await open(), 'column-total'), [2, 2]);
    config({ rules: { 'column-total': 'off' }, messageLanguage: 'en' });
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(dir, 'govreport.json')).href, type: 2 }] });
    const p = await client.diagnosticsWhere(uri, (x) => levels(x, 'column-total').length === 0);
    assert.deepStrictEqual(levels(p, 'column-total'), []);
    assert.match(String(p.diagnostics.find((d) => d.code === 'row-label')!.message), /^Row label/);
    fs.rmSync(path.join(dir, 'govreport.json'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(dir, 'govreport.json')).href, type: 3 }] });
    // Without a config file, the rule's own severity again: errors (a publish of this kind came only now).
    await client.diagnosticsWhere(uri, (x) => levels(x, 'column-total').join() === '1,1');
  });

  it('a wrong file is said once, as a warning naming each problem; what is valid in it still applies', async () => {
    config({ rules: { 'column-total': 'warning', balnce: 'off' }, repeatedText: 500 });
    const p = await open();
    assert.deepStrictEqual(levels(p, 'column-total'), [2, 2]);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }] });
    await client.diagnosticsFor(uri, 2);
    assert.deepStrictEqual(client.messages, [{
      type: 2,
      message: `govreport：配置文件 ${path.join(dir, 'govreport.json')} 有误，其余设置照常生效：\nrules.balnce：未知的设置项\nrepeatedText：应在 1 到 100 之间`,
    }]);
  });
});

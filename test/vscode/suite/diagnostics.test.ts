// Inside a real VS Code: the extension activates on a plain-text report, starts the language server over IPC and
// the server's diagnostics reach vscode.languages.getDiagnostics.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

// The runner sets GOVREPORT_ROOT; without it, this bundle sits in <root>/dist/test/vscode/suite/.
const ROOT = process.env.GOVREPORT_ROOT ?? path.resolve(__dirname, '../../../..');
const REPORTS = path.resolve(ROOT, '../shared/reports');
const WAIT_MS = 30_000;

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? d.code.value : d.code);
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'govreport');
const describeDiag = (d: vscode.Diagnostic) =>
  `${d.range.start.line}:${d.range.start.character} ${codeOf(d)} ${vscode.DiagnosticSeverity[d.severity]} ${d.message}`;

/** Resolves with the govreport diagnostics of uri once ready(them) holds; checks on every change, no fixed sleep. */
function waitForDiagnostics(uri: vscode.Uri, ready: (ds: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const ds = ours(uri);
      if (!ready(ds)) return false;
      done(); resolve(ds); return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => { if (e.uris.some((u) => u.toString() === uri.toString())) check(); });
    const poll = setInterval(check, 100); // belt and braces next to the event
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out after ${WAIT_MS} ms waiting for ${what} on ${uri.fsPath}; have:\n  ${ours(uri).map(describeDiag).join('\n  ') || '(none)'}`));
    }, WAIT_MS);
    const done = () => { sub.dispose(); clearInterval(poll); clearTimeout(timer); };
    check();
  });
}

async function open(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(REPORTS, name)));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/**
 * Waits until the server has answered everything sent before this call. The client sends didOpen in order, the
 * server checks documents in the order it gets them and its diagnostics come back in order, so once a report opened
 * now (an untitled copy of 001, which has errors) has its diagnostics, every document opened earlier has its own,
 * including an empty set that VS Code does not otherwise signal.
 */
async function barrier(): Promise<void> {
  const content = readFileSync(path.join(REPORTS, '001_5f52f77d1e58bc3f.txt'), 'utf8');
  const probe = await vscode.workspace.openTextDocument({ language: 'plaintext', content });
  await waitForDiagnostics(probe.uri, (ds) => ds.some((d) => codeOf(d) === 'column-total'), 'the barrier document');
}

describe('govreport in VS Code', () => {
  console.log(`reports from ${REPORTS} (root from ${process.env.GOVREPORT_ROOT ? 'GOVREPORT_ROOT' : 'the bundle path'})`);
  let diags001: vscode.Diagnostic[] = [];

  before(async () => {
    const doc = await open('001_5f52f77d1e58bc3f.txt');
    diags001 = await waitForDiagnostics(doc.uri, (ds) => ds.filter((d) => codeOf(d) === 'column-total').length >= 2,
      'two column-total diagnostics');
  });

  it('activates the extension govreport.govreport', () => {
    const ext = vscode.extensions.getExtension('govreport.govreport');
    assert.ok(ext, 'extension govreport.govreport is not installed');
    assert.strictEqual(ext.isActive, true, 'extension govreport.govreport is not active');
  });

  it('001: column-total errors at 345:2 and 351:2 (0-based 344:1 and 350:x)', () => {
    const totals = diags001.filter((d) => codeOf(d) === 'column-total' && d.source === 'govreport');
    const list = diags001.map(describeDiag).join('\n  ');
    const at344 = totals.find((d) => d.range.start.line === 344);
    assert.ok(at344, `no column-total diagnostic on line 344; have:\n  ${list}`);
    assert.strictEqual(at344.range.start.character, 1, `column-total on line 344 starts at character ${at344.range.start.character}`);
    assert.strictEqual(at344.severity, vscode.DiagnosticSeverity.Error, 'column-total on line 344 is not an Error');
    const at350 = totals.find((d) => d.range.start.line === 350);
    assert.ok(at350, `no column-total diagnostic on line 350; have:\n  ${list}`);
    assert.strictEqual(at350.severity, vscode.DiagnosticSeverity.Error, 'column-total on line 350 is not an Error');
  });

  it('002: no errors', async () => {
    const doc = await open('002_0b0fce05247e3def.txt');
    await barrier();
    const errors = ours(doc.uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.deepStrictEqual(errors.map(describeDiag), []);
  });
});

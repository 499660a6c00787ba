import * as assert from 'assert';
// Shared by the editor tests (imported, so bundled into each *.test.js; build-suite.mjs only takes suite/*.ts as
// entries, so this folder is not run as a test file of its own).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

// The runner sets GOVREPORT_ROOT; without it, the bundles sit in <root>/dist/test/vscode/suite/.
export const ROOT = process.env.GOVREPORT_ROOT ?? path.resolve(__dirname, '../../../..');
export const REPORTS = path.resolve(ROOT, '../shared/reports');
export const WAIT_MS = 30_000;

export const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? d.code.value : d.code);
export const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'govreport');
export const describeDiag = (d: vscode.Diagnostic) =>
  `${d.range.start.line}:${d.range.start.character} ${codeOf(d)} ${vscode.DiagnosticSeverity[d.severity]}`;
/** In document order. */
export const byPosition = (ds: readonly vscode.Diagnostic[]) => [...ds].sort((a, b) => a.range.start.compareTo(b.range.start));
export const describeAll = (uri: vscode.Uri) =>
  ours(uri).map((d) => `${describeDiag(d)} ${d.message}`).join('\n  ') || '(none)';

/**
 * Resolves with probe()'s first result that is not undefined. probe runs at once, on every event given and every
 * 50 ms (events can be missed between subscribing and the first probe); rejects after timeoutMs, with have() in the
 * message. Never a fixed sleep: it returns as soon as the condition holds.
 */
export function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  opts: { events?: vscode.Event<unknown>[]; have?: () => string; timeoutMs?: number } = {},
): Promise<T> {
  const timeoutMs = opts.timeoutMs ?? WAIT_MS;
  return new Promise<T>((resolve, reject) => {
    let finished = false;
    let running = false;
    let again = false;
    const finish = (settle: () => void) => {
      if (finished) return;
      finished = true;
      for (const s of subs) s.dispose();
      clearInterval(poll);
      clearTimeout(timer);
      settle();
    };
    const check = async () => {
      if (finished) return;
      if (running) { again = true; return; } // an async probe is still out: run once more when it is back
      running = true;
      try {
        do {
          again = false;
          const v = await probe();
          if (v !== undefined) { finish(() => resolve(v)); return; }
        } while (again && !finished);
      } catch (e) {
        finish(() => reject(e));
      } finally {
        running = false;
      }
    };
    const subs = (opts.events ?? []).map((event) => event(() => void check()));
    const poll = setInterval(() => void check(), 50);
    const timer = setTimeout(() => finish(() => {
      let have = '';
      try { have = opts.have ? `; have:\n  ${opts.have()}` : ''; } catch (e) { have = `; (have: ${String(e)})`; }
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}${have}`));
    }), timeoutMs);
    void check();
  });
}

/** The govreport diagnostics of uri, once ready(them) holds. */
export function waitForDiagnostics(uri: vscode.Uri, ready: (ds: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return waitFor(`${what} on ${path.basename(uri.fsPath)}`, () => { const ds = ours(uri); return ready(ds) ? ds : undefined; }, {
    events: [vscode.languages.onDidChangeDiagnostics],
    have: () => describeAll(uri),
  });
}

/** The document's text, once it differs from before (after an edit the test did not make itself). */
export function waitForTextChange(doc: vscode.TextDocument, before: string, what: string): Promise<string> {
  return waitFor(what, () => (doc.getText() !== before ? doc.getText() : undefined), {
    events: [vscode.workspace.onDidChangeTextDocument],
  });
}

/** Resolves once doc has the language id (the client switches plain-text reports after they are opened). */
export function waitForLanguage(doc: vscode.TextDocument, languageId: string): Promise<string> {
  return waitFor(`${path.basename(doc.uri.fsPath)} to have the language '${languageId}'`,
    () => (doc.languageId === languageId ? languageId : undefined), {
      events: [vscode.workspace.onDidOpenTextDocument],
      have: () => `languageId '${doc.languageId}'`,
    });
}

export const readReport = (name: string) => readFileSync(path.join(REPORTS, name), 'utf8');

/** A fresh folder inside the (throwaway) workspace the runner opened, for files a test writes, edits or saves. */
export function scratchDir(prefix: string): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder open (run.mjs opens a temp copy of test/vscode/workspace)');
  return mkdtempSync(path.join(folder.uri.fsPath, `${prefix}-`));
}

export function writeFile(dir: string, name: string, text: string): vscode.Uri {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return vscode.Uri.file(file);
}

/** Opens uri and shows it in an editor (the active one afterwards). */
export async function openAndShow(uri: vscode.Uri): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc);
  return { doc, editor };
}

/** Lines of text, LF or CRLF. */
export const linesOf = (text: string) => text.split(/\r?\n/);

/** Table 3 of 002: the 自然人 cell (0-based line 210) of the row 1.本机关不掌握相关政府信息 (line 209). */
export const R002 = '002_0b0fce05247e3def.txt';
export const CELL_LINE = 210;

/**
 * Writes 002 into dir as name with that cell changed from 2 to value: a single wrong number in table 3, so the row
 * total and the 自然人 column total fail and the only repair is that cell back to 2. Returns the original text.
 */
export function writeChanged002(dir: string, name: string, value: string): { uri: vscode.Uri; original: string } {
  const original = readReport(R002);
  const lines = original.split('\n');
  if (lines[CELL_LINE - 1] !== '\t1.本机关不掌握相关政府信息' || lines[CELL_LINE] !== '\t2') {
    throw new Error(`002 changed: lines ${CELL_LINE - 1}-${CELL_LINE} (0-based) are ${JSON.stringify(lines.slice(CELL_LINE - 1, CELL_LINE + 1))}`);
  }
  lines[CELL_LINE] = `\t${value}`;
  return { uri: writeFile(dir, name, lines.join('\n')), original };
}

/** The lines where text differs from expected, as `line: "text" (expected "…")`; [] when equal. */
export function lineDiff(text: string, expected: string): string[] {
  const a = text.split('\n');
  const b = expected.split('\n');
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) out.push(`${i}: ${JSON.stringify(a[i])} (expected ${JSON.stringify(b[i])})`);
  }
  return out;
}

/** The row-total and column-total errors that the changed 002 has, by position. */
export const CHANGED_002_ERRORS = ['216:1 row-total Error', '330:1 column-total Error'];

/**
 * 002's own finding, which every copy of it has, changed or not, and no fix removes: a 2021 report citing the 2019
 * template notice (国办公开办函〔2019〕60号, 1-based 5:89).
 */
export const FINDING_002 = '4:88 superseded-template Warning';

/** True when the diagnostics are 002's own finding and nothing else (a copy of 002 once its wrong cell is fixed). */
export const only002Finding = (ds: vscode.Diagnostic[]) => ds.length === 1 && describeDiag(ds[0]) === FINDING_002;

/** A copy of 002 with one wrong cell (2 → 5), open in the active editor as a report, with its two errors shown. */
export async function openBroken002(kind: string, file: string): Promise<{ uri: vscode.Uri; original: string; doc: vscode.TextDocument }> {
  const { uri, original } = writeChanged002(scratchDir(kind), file, '5');
  const { doc } = await openAndShow(uri);
  await waitForLanguage(doc, 'govreport');
  const ds = await waitForDiagnostics(uri, (d) => d.length >= 3, 'superseded-template, row-total and column-total');
  assert.deepStrictEqual(byPosition(ds).map(describeDiag), [FINDING_002, ...CHANGED_002_ERRORS]);
  return { uri, original, doc };
}

/**
 * Resolves once the editor's file watcher sees files in a folder: a folder made just after its parent may be made
 * before the watcher watches the parent, and is then never watched; its files' changes would never come.
 */
export async function untilWatched(folder: string): Promise<void> {
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(folder), '*.probe'));
  try {
    let seen = false;
    const sub = [watcher.onDidCreate(() => (seen = true)), watcher.onDidChange(() => (seen = true))];
    let n = 0;
    await waitFor(`the file watcher in ${folder}`, () => {
      writeFileSync(path.join(folder, 'watched.probe'), String(n++));
      return seen || undefined;
    });
    sub.forEach((d) => d.dispose());
    rmSync(path.join(folder, 'watched.probe'));
  } finally {
    watcher.dispose();
  }
}

// The workspace check of the language server (part 19 of bench/run.mjs, or alone: `node bench/workspace.mjs`): a
// folder of report files (the real reports, copied, and the published PDFs), checked by `govreport/checkWorkspace`
// over stdio with the server started as VS Code starts it, side by side with `govreport check` of the same folder
// (one job, a whole process). The setting govreport.workspaceCheck is on, so the check starts with the server and
// each file is read once: what it reads is last year's reports too (lastYears.adopt). Then every file touched and checked again
// (the check alone), the check again with nothing changed (each file only looked at), and one file changed on disk:
// the time from the file event to its diagnostics. BENCH_QUICK=1 uses fewer files.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { printRows } from './table.mjs';
import { stopServer } from './serverProcess.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const rpc = require('vscode-languageserver-protocol/node');
const SERVER_FLAGS = [...require(path.join(ROOT, 'out/server/src/lsp/flags.js')).SERVER_FLAGS];
const REPORTS = path.resolve(ROOT, '../shared/reports');
const PUBLISHED = path.resolve(ROOT, '../shared/published');
const COPIES = process.env.BENCH_QUICK ? 20 : 100;

const seconds = (t0) => Number(process.hrtime.bigint() - t0) / 1e9;

/** Copies of the real reports (text) and of the published PDFs, in folders of ten. */
function makeFolder() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-bench-ws-'));
  const sources = [
    ...fs.readdirSync(REPORTS).filter((f) => f.endsWith('.txt')).map((f) => path.join(REPORTS, f)),
    ...fs.readdirSync(PUBLISHED).filter((f) => f.endsWith('.pdf')).map((f) => path.join(PUBLISHED, f)),
  ];
  const files = [];
  for (let k = 0; k < COPIES; k++) {
    const sub = path.join(dir, `d${String(Math.floor(k / 10)).padStart(2, '0')}`);
    fs.mkdirSync(sub, { recursive: true });
    for (const s of sources) {
      const file = path.join(sub, `${k}-${path.basename(s)}`);
      fs.copyFileSync(s, file);
      files.push(file);
    }
  }
  return { dir, files, pdfs: files.filter((f) => f.endsWith('.pdf')).length };
}

async function serverRuns(dir, files, changed) {
  const server = spawn(process.execPath, [...SERVER_FLAGS, path.join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = rpc.createProtocolConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
  let onPublish = () => undefined;
  conn.onNotification('textDocument/publishDiagnostics', (p) => onPublish(p));
  conn.onRequest('workspace/configuration', () => [{ workspaceCheck: true }]);
  conn.listen();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { relatedInformation: true } } }, initializationOptions: { displayLanguage: 'zh-cn' } });
  // Asked at once, the command joins the run the setting started.
  let t0 = process.hrtime.bigint();
  await conn.sendNotification('initialized', {});
  const first = await conn.sendRequest('govreport/checkWorkspace', {});
  const firstSeconds = seconds(t0);
  t0 = process.hrtime.bigint();
  await conn.sendRequest('govreport/checkWorkspace', {});
  const againSeconds = seconds(t0);
  // Every file touched (as a checkout does): all read and checked again, last year's reports already known.
  const later = new Date(Date.now() + 1000);
  for (const f of files) fs.utimesSync(f, later, later);
  t0 = process.hrtime.bigint();
  await conn.sendRequest('govreport/checkWorkspace', {});
  const touchedSeconds = seconds(t0);
  // One file changed on disk: from the event to its diagnostics.
  const uri = pathToFileURL(changed).href;
  fs.appendFileSync(changed, '\n');
  const published = new Promise((resolve) => (onPublish = (p) => p.uri === uri && resolve()));
  t0 = process.hrtime.bigint();
  await conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
  await published;
  const eventMs = seconds(t0) * 1000;
  const peakRssMB = await stopServer(conn, server);
  return { first, firstSeconds, againSeconds, touchedSeconds, eventMs, peakRssMB };
}

function cliRun(dir) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bench/cli-rss.cjs'), path.join(ROOT, 'dist/cli.js'), 'check', '--jobs', '1', '--no-progress', dir], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return JSON.parse(r.stderr.trim().split('\n').pop());
}

export async function workspacePart({ row, section, results }) {
  section('19. Workspace check in the language server vs the command line, same folder');
  const { dir, files, pdfs } = makeFolder();
  try {
    const lsp = await serverRuns(dir, files, files[1]);
    const cli = cliRun(dir);
    const n = lsp.first.files;
    results.workspace = { files: files.length, pdfs, checked: n, lspSeconds: lsp.firstSeconds, cliSeconds: cli.seconds, againSeconds: lsp.againSeconds, touchedSeconds: lsp.touchedSeconds, eventMs: lsp.eventMs, serverPeakRssMB: lsp.peakRssMB };
    row('run', 'files', 'seconds', 'files/s', 'vs command line', 'peak RSS MB');
    row(`govreport check --jobs 1 (whole process)`, files.length, cli.seconds.toFixed(2), (files.length / cli.seconds).toFixed(0), '1.00×', (cli.maxRssKB / 1024).toFixed(0));
    row(`workspace check, at start (${pdfs} PDFs among them)`, n, lsp.firstSeconds.toFixed(2), (files.length / lsp.firstSeconds).toFixed(0), `${(cli.seconds / lsp.firstSeconds).toFixed(2)}×`, lsp.peakRssMB.toFixed(0));
    row('workspace check, every file touched', n, lsp.touchedSeconds.toFixed(2), (files.length / lsp.touchedSeconds).toFixed(0), `${(cli.seconds / lsp.touchedSeconds).toFixed(2)}×`, '');
    row('workspace check again, nothing changed', n, lsp.againSeconds.toFixed(3), (files.length / lsp.againSeconds).toFixed(0), `${(cli.seconds / lsp.againSeconds).toFixed(0)}×`, '');
    row('one file changed: event → its diagnostics', 1, (lsp.eventMs / 1000).toFixed(3), '', '', '');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = [];
  await workspacePart({ row: (...cells) => rows.push(cells), section: (title) => rows.push([`## ${title}`]), results: {} });
  printRows(rows);
}

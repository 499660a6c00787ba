// Runs the editor test suite inside a real VS Code: code-server's VS Code server + web workbench.
// The extension runs in the server's Node extension host (so the IPC language server works as on the desktop);
// headless Debian Chromium, driven by playwright-core, is only the window. Exit code = the suite's (124 on timeout).
// Needs: `npm run build` (dist/extension.js, dist/server.js), `node test/vscode/build-suite.mjs`, test/vscode/setup.sh.
// Env: CODE_SERVER (code-server bin), CHROMIUM (default /usr/bin/chromium), TEST_TIMEOUT_MS (default 180000),
//      EXT_DEV_PATH (folder loaded as development extension; default: the repo root),
//      EXTENSIONS_DIR (pre-populated extensions dir, e.g. after --install-extension x.vsix),
//      NO_DEV_EXTENSION=1 (do not load the repo as development extension: test what EXTENSIONS_DIR holds, see
//        run-vsix.sh; VS Code runs extensionTestsPath only with some development path, so an empty placeholder
//        extension written into the temp dir takes its place),
//      VERBOSE (print code-server's log as it comes; otherwise only when the run fails), KEEP_TMP, DEBUG_CONSOLE.
// Sets GOVREPORT_ROOT (the repo root) for the extension host, which inherits code-server's environment.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const noDev = process.env.NO_DEV_EXTENSION === '1';
let extDev = noDev ? undefined : path.resolve(process.env.EXT_DEV_PATH ?? root);
const testsEntry = path.join(root, 'dist/test/vscode/suite/index.js');
const codeServer = process.env.CODE_SERVER ?? path.join(root, '.vscode-test/code-server/node_modules/.bin/code-server');
const chromiumBin = process.env.CHROMIUM ?? '/usr/bin/chromium';
const TIMEOUT_MS = Number(process.env.TEST_TIMEOUT_MS ?? 180000);
const verbose = !!process.env.VERBOSE;
// Known-harmless workbench log lines on an offline machine (extension gallery, telemetry, vsda), hidden unless VERBOSE.
const NOISE = /ENOTFOUND|vsda|telemetry/i;

for (const [what, file, hint] of [
  ...(noDev ? [] : [['extension bundle', path.join(extDev, 'dist/extension.js'), 'npm run build']]),
  ['test suite bundle', testsEntry, 'node test/vscode/build-suite.mjs'],
  ['code-server', codeServer, 'bash test/vscode/setup.sh'],
  ['chromium', chromiumBin, 'bash test/vscode/setup.sh'],
]) {
  if (!existsSync(file)) { console.error(`missing ${what}: ${file} (run: ${hint})`); process.exit(2); }
}

const tmp = mkdtempSync(path.join(tmpdir(), 'govreport-vscode-test-'));
// The workspace folder: a throwaway copy, so nothing the editor writes there (.vscode/ etc.) lands in the repo.
const workspace = path.join(tmp, 'workspace');
cpSync(path.join(root, 'test/vscode/workspace'), workspace, { recursive: true });
if (noDev) {
  // Without extensionDevelopmentPath the workbench never calls the extension tests; this placeholder (no code, no
  // contributions) satisfies it without shadowing the extension installed in EXTENSIONS_DIR.
  extDev = path.join(tmp, 'placeholder-extension');
  mkdirSync(extDev);
  writeFileSync(path.join(extDev, 'package.json'), JSON.stringify({
    name: 'test-placeholder', publisher: 'govreport-tests', version: '0.0.0', engines: { vscode: '*' },
  }, null, 2));
}
const config = path.join(tmp, 'config.yaml');
writeFileSync(config, 'auth: none\ncert: false\n'); // keeps code-server away from ~/.config/code-server/config.yaml

const port = await new Promise((resolve, reject) => {
  const s = createServer().on('error', reject);
  s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
});

// Built VS Code (>= ~1.10x) only honours extensionDevelopmentPath/extensionTestsPath from the URL payload when the
// server runs with --enable-smoke-test-driver; newer code-server passes server flags through --vscode-option.
const help = execFileSync(codeServer, ['--config', config, '--help'], { encoding: 'utf8' });
const passthrough = help.includes('--vscode-option') ? ['--vscode-option', 'enable-smoke-test-driver'] : [];

const serverLog = [];
const server = spawn(codeServer, [
  ...passthrough, '--config', config, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
  '--user-data-dir', path.join(tmp, 'user-data'),
  '--extensions-dir', process.env.EXTENSIONS_DIR ?? path.join(tmp, 'extensions'),
  '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
  '--disable-getting-started-override', '--ignore-last-opened', workspace,
], {
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, GOVREPORT_ROOT: root, XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'), XDG_DATA_HOME: path.join(tmp, 'xdg-data') },
});

let browser;
let cleaned = false;
async function cleanup(failed) {
  if (cleaned) return; cleaned = true;
  if (failed && !verbose && serverLog.length) process.stderr.write(serverLog.join('').replace(/^/gm, '[code-server] '));
  try { await browser?.close(); } catch {}
  if (server.exitCode === null && server.signalCode === null) {
    server.kill('SIGTERM');
    await new Promise((r) => { const t = setTimeout(() => { server.kill('SIGKILL'); r(); }, 3000); server.once('exit', () => { clearTimeout(t); r(); }); });
  }
  if (!process.env.KEEP_TMP) rmSync(tmp, { recursive: true, force: true }); else console.log(`kept ${tmp}`);
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, async () => { await cleanup(true); process.exit(130); });
const hardTimer = setTimeout(async () => { console.error(`TIMEOUT: no result after ${TIMEOUT_MS} ms`); await cleanup(true); process.exit(124); }, TIMEOUT_MS);

const started = Date.now();
let exitCode = 1;
try {
  await new Promise((resolve, reject) => {
    const onData = (buf) => {
      const s = buf.toString();
      if (verbose) process.stderr.write(s.replace(/^/gm, '[code-server] ')); else serverLog.push(s);
      if (s.includes('HTTP server listening')) resolve();
    };
    server.stdout.on('data', onData); server.stderr.on('data', onData);
    server.once('exit', (c) => reject(new Error(`code-server exited early with ${c}`)));
  });

  browser = await chromium.launch({
    executablePath: chromiumBin,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  const page = await browser.newPage();
  // The workbench calls these when extension tests run: log lines from the extension host, then the exit code.
  // They must be exposed before goto.
  const result = new Promise((resolve, reject) => {
    void page.exposeFunction('codeAutomationLog', (_type, args) => {
      if (verbose || !args.some((a) => typeof a === 'string' && NOISE.test(a))) console.log(...args);
    });
    void page.exposeFunction('codeAutomationExit', (code) => resolve(code));
    page.once('crash', () => reject(new Error('the workbench page crashed')));
  });
  page.on('console', (m) => { if (process.env.DEBUG_CONSOLE) console.log(`[browser ${m.type()}] ${m.text()}`); });

  const authority = `127.0.0.1:${port}`;
  const remote = (p) => `vscode-remote://${authority}${p}`; // authority must equal the page's host:port
  const payload = JSON.stringify([['extensionDevelopmentPath', remote(extDev)], ['extensionTestsPath', remote(testsEntry)], ['skipWelcome', 'true']]);
  await page.goto(`http://${authority}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
  exitCode = await result;
  console.log(`extension tests exited with code ${exitCode} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
} catch (e) {
  console.error(e);
  exitCode = 1;
} finally {
  clearTimeout(hardTimer);
  await cleanup(exitCode !== 0);
}
process.exit(exitCode);

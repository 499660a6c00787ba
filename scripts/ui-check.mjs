// Tries the packaged extension as a user would: installs the .vsix into a throwaway code-server, opens a report
// from the Explorer (a .docx, PDF or HTML file: through the notification that offers its report view), opens the
// Problems panel and prints its rows, and saves a screenshot.
// Usage: node scripts/ui-check.mjs [report file] [screenshot.png]   (after `bash test/vscode/setup.sh`)
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const report = path.resolve(process.argv[2] ?? path.join(root, '../shared/reports/001_5f52f77d1e58bc3f.txt'));
const shot = path.resolve(process.argv[3] ?? path.join(tmpdir(), 'govreport-problems.png'));
const codeServer = process.env.CODE_SERVER ?? path.join(root, '.vscode-test/code-server/node_modules/.bin/code-server');
const tmp = mkdtempSync(path.join(tmpdir(), 'govreport-ui-'));
const config = path.join(tmp, 'config.yaml');
writeFileSync(config, 'auth: none\ncert: false\n');
const ws = path.join(tmp, 'workspace');
mkdirSync(ws);
copyFileSync(report, path.join(ws, path.basename(report)));

const vsix = path.join(tmp, 'govreport.vsix');
execFileSync('npx', ['vsce', 'package', '--no-dependencies', '--no-rewrite-relative-links', '--out', vsix], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const exts = path.join(tmp, 'extensions');
const common = ['--config', config, '--user-data-dir', path.join(tmp, 'ud'), '--extensions-dir', exts];
execFileSync(codeServer, [...common, '--install-extension', vsix], { stdio: ['ignore', 'ignore', 'inherit'] });

const port = await new Promise((resolve) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); }); });
const env = { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'), XDG_DATA_HOME: path.join(tmp, 'xdg-data') };
const server = spawn(codeServer, [...common, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', ws], { stdio: ['ignore', 'pipe', 'pipe'], env });
await new Promise((res) => { const f = (b) => { if (b.toString().includes('HTTP server listening')) res(); }; server.stdout.on('data', f); server.stderr.on('data', f); });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
let rc = 1;
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}`);
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: path.basename(report) }).click();
  if (/\.(docx|pdf|html?|mhtml?)$/i.test(report)) {
    // A document file opens in a binary or markup editor; the extension offers its report view in a notification.
    const offer = page.locator('.notifications-toasts .monaco-button', { hasText: /作为年度报告打开|Open as report/ });
    await offer.first().waitFor({ timeout: 60000 });
    console.log('Notification:', (await page.locator('.notifications-toasts .notification-list-item-message').allInnerTexts()).join(' | '));
    await offer.first().click();
  }
  await page.waitForSelector('.monaco-editor .view-lines', { timeout: 30000 });
  await page.keyboard.press('Control+Shift+M');
  const rows = page.locator('.markers-panel .monaco-list-row');
  await rows.first().waitFor({ timeout: 60000 });
  await page.waitForTimeout(1500); // let the list settle before reading it (screenshot only, not a test)
  for (const text of await rows.allInnerTexts()) console.log('Problems:', text.replace(/\s+/g, ' '));
  const language = await page.locator('.statusbar-item[id="status.editor.mode"]').innerText().catch(() => '?');
  console.log('Language mode:', language);
  const ours = await page.locator('.statusbar-item', { hasText: '$(law)' }).count().catch(() => 0);
  console.log('Status items:', (await page.locator('#status\\.govreport\\.status, [id$="govreport.status"]').allInnerTexts().catch(() => [])).join(' | '), ours);
  await page.screenshot({ path: shot });
  console.log('screenshot:', shot);
  rc = 0;
} catch (e) {
  console.error(e);
  // What the window showed when it went wrong.
  await (await browser.contexts()[0]?.pages())?.[0]?.screenshot({ path: shot }).then(() => console.error('screenshot:', shot)).catch(() => undefined);
} finally {
  await browser.close();
  server.kill('SIGTERM');
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(rc);

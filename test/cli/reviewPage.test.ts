// The review page in headless Chromium: every report of the real folders with its findings, sorting and filtering,
// report text shown as text (planted markup runs nothing), a thousand reports drawn. A screenshot of each page is
// left in out/test-artifacts/ for a person to look at.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { formatHtml } from '../../server/src/cli/review/page';
import { checkFile, type FileResult } from '../../server/src/cli/checkFile';
import { messagesFor } from '../../server/src/cli/messages';
import { buildReportText } from '../support/reportBuilder';
import { PUBLISHED_DIR, REPORTS_DIR } from '../support/reports';
import { removeTempDirs, ROOT, runCli, tempDir } from './cliHarness';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'out/test-artifacts');

describe('govreport check --format html: the review page in a browser', function () {
  this.timeout(60_000);
  let browser: Browser;

  before(async () => {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`This test needs Chromium at ${CHROMIUM}: bash scripts/setup-documents.sh installs it`);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    removeTempDirs();
  });

  /** Opens a page file and waits for its script to have drawn the table; every console message and error is kept. */
  async function open(file: string, shot: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const problems: string[] = [];
    page.on('console', (m) => problems.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
    page.on('request', (r) => !r.url().startsWith('file:') && problems.push(`request: ${r.url()}`));
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    const png = path.join(ARTIFACTS, shot);
    await page.screenshot({ path: png, fullPage: false });
    console.log(`      screenshot: ${path.relative(ROOT, png)}`);
    return { page, problems };
  }

  const cells = (page: Page, selector: string) => page.$$eval(selector, (rows) => rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent)));

  it('the real reports: every report with its counts, sorted by errors; a report chosen shows its findings with cell and numbers', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'review.html');
    const r = runCli(['check', REPORTS_DIR, PUBLISHED_DIR, '--format', 'html', '--output', out], dir);
    assert.strictEqual(r.status, 1);
    const { page, problems } = await open(out, 'review-real.png');
    assert.deepStrictEqual(problems, []);
    const rows = await cells(page, '#reports tbody tr');
    assert.deepStrictEqual(rows.map((x) => [path.basename(x[0]!), x[1], x[2], x[5], x[6]]), [
      ['001_5f52f77d1e58bc3f.txt', '宁波市象山县人民政府办公室', '2020', '2', '9'],
      ['hongzequ_2023.pdf', '洪泽区人民政府', '2023', '2', '3'],
      ['003_1ad31af01008103e.txt', '宁陵县人民政府办公室', '2021', '1', '3'],
      ['000_686a82e6f5c2a14f.txt', '宁海县政务服务办公室', '2021', '0', '3'],
      ['002_0b0fce05247e3def.txt', '北仑区人民政府办公室', '2021', '0', '1'],
      ['004_46deb1f51ba2e893.txt', '宁海县桃源街道', '2020', '0', '1'],
      ['hongzequ_2024.pdf', '淮安市洪泽区人民政府', '2024', '0', '4'],
      ['huaianshi_2024.pdf', '淮安市人民政府', '2024', '0', '0'],
    ]);
    await page.click('#reports tbody tr:nth-child(2)');
    const findings = await cells(page, '#details tbody tr');
    assert.deepStrictEqual(findings.filter((f) => f[2] === 'litigation-total').map((f) => [f[0], f[1], f[3], f[4], f[5]]), [
      ['p.4 表四 行政复议 总计', '错误', '表四 行政复议 × 总计', '11', '0'],
      ['p.4 表四 行政诉讼·复议后起诉 总计', '错误', '表四 行政诉讼·复议后起诉 × 总计', '5', '0'],
    ]);
    // Sorted by year, ascending, then filtered to one body.
    await page.click('#reports th:nth-child(3)');
    await page.click('#reports th:nth-child(3)');
    assert.deepStrictEqual((await cells(page, '#reports tbody tr')).map((x) => x[2]), ['2020', '2020', '2021', '2021', '2021', '2023', '2024', '2024']);
    await page.fill('#filter', '洪泽');
    assert.deepStrictEqual((await cells(page, '#reports tbody tr')).map((x) => path.basename(x[0]!)), ['hongzequ_2023.pdf', 'hongzequ_2024.pdf']);
    await page.selectOption('#severity', 'errors');
    assert.deepStrictEqual((await cells(page, '#reports tbody tr')).map((x) => path.basename(x[0]!)), ['hongzequ_2023.pdf']);
    // The chart: a bar for each rule that fires, with the number of reports.
    assert.deepStrictEqual(await page.$$eval('#chart g', (gs) => gs.slice(0, 2).map((g) => [...g.querySelectorAll('text')].map((x) => x.textContent))), [['row-label', '4'], ['section-title', '2']]);
    await page.close();
  });

  it('report text with markup in it is shown as text: no script runs, no element is made, nothing is fetched', async () => {
    const dir = tempDir();
    const payloads = ['<script>window.pwned = 1</script>', '"><img src=x onerror="window.pwned = 2">', '</script><script>window.pwned = 3</script>'];
    const label = `一、本年新收政府信息公开申请数量${payloads.join('')}`;
    fs.writeFileSync(path.join(dir, `<img src=x onerror=window.pwned=4>.txt`), buildReportText({ layout: 'word', label: { '3:new': label } }).text.replace('示例县', `示例县${payloads[0]}`));
    const out = path.join(dir, 'review.html');
    runCli(['check', '.', '--format', 'html', '--output', out], dir);
    const html = fs.readFileSync(out, 'utf8');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+'; img-src 'none'/);
    assert.strictEqual(html.match(/<script/g)?.length, 2, 'the data block and the page\'s script, nothing else');
    const { page, problems } = await open(out, 'review-payloads.png');
    await page.click('#reports tbody tr');
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(await page.evaluate(() => (globalThis as { pwned?: number }).pwned), undefined);
    assert.strictEqual(await page.locator('img').count(), 0);
    assert.strictEqual(await page.locator('script').count(), 2);
    const rows = await cells(page, '#reports tbody tr');
    assert.strictEqual(rows[0][0], '<img src=x onerror=window.pwned=4>.txt');
    const messages = (await cells(page, '#details tbody tr')).map((f) => f[6]);
    assert.ok(messages.some((m) => m!.includes(payloads.join(''))), 'the planted label is in a message, as text');
    await page.close();
  });

  it('a thousand reports: all drawn, filtered and chosen', async () => {
    const dir = tempDir();
    // The five real reports as the CLI checks them, under a thousand names.
    const m = messagesFor('zh');
    const base = await Promise.all(fs.readdirSync(REPORTS_DIR).sort().map((f) => checkFile(path.join(REPORTS_DIR, f), { lang: 'zh', fix: false, rules: {}, maxBytes: 50 * 2 ** 20 }, m)));
    const results: FileResult[] = [];
    for (let i = 0; i < 1000; i++) results.push({ ...base[i % base.length], path: `region-${Math.floor(i / 5)}/${i}.txt` });
    const out = path.join(dir, 'thousand.html');
    fs.writeFileSync(out, formatHtml(results, 'zh', 'test'));
    const { page, problems } = await open(out, 'review-thousand.png');
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(await page.locator('#reports tbody tr').count(), 1000);
    await page.fill('#filter', 'region-7/');
    assert.strictEqual(await page.locator('#reports tbody tr').count(), 5);
    await page.click('#reports tbody tr');
    assert.ok((await page.locator('#details tbody tr').count()) > 0);
    await page.close();
  });
});

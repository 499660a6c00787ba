// LibreOffice in tests: turns .docx files into the PDF, HTML or plain text a site publishes or Word exports.
// One soffice call converts many files (its start-up costs seconds); outputs are cached under the temp folder by
// the hash of each input's bytes, so a test run converts each distinct document once.
import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';

export type Conversion = 'pdf' | 'html' | 'txt';

/** soffice's filter for each target: plain text as UTF-8, one cell per line like Word's export. */
const FILTERS: Record<Conversion, string> = { pdf: 'pdf', html: 'html', txt: 'txt:Text (encoded):UTF8' };

const CACHE = path.join(os.tmpdir(), 'govreport-soffice-cache');

/** Whether soffice is on the PATH; tests that need it fail with this message rather than skip. */
export function requireSoffice(): void {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error('These tests need LibreOffice: apt-get install libreoffice-writer-nogui fonts-noto-cjk (CI installs them).');
  }
}

/** One soffice call converting files with a filter into `outDir`, with a fresh user profile under `work`. */
export function runSoffice(files: string[], filter: string, outDir: string, work: string): void {
  requireSoffice();
  execFileSync('soffice', [`-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', '--convert-to', filter, '--outdir', outDir, ...files], {
    stdio: 'pipe', timeout: 180_000, env: { ...process.env, HOME: work },
  });
}

/**
 * Converts .docx files (paths or bytes) and returns the output path for each, in order. Cached outputs are reused;
 * the rest are converted in one soffice call with a fresh user profile, so parallel runs do not collide.
 */
export function convertDocx(inputs: (string | Uint8Array)[], to: Conversion): string[] {
  requireSoffice();
  mkdirSync(CACHE, { recursive: true });
  const jobs = inputs.map((input) => {
    const bytes = typeof input === 'string' ? readFileSync(input) : Buffer.from(input);
    const key = createHash('sha256').update(bytes).digest('hex').slice(0, 24);
    return { bytes, key, output: path.join(CACHE, `${key}.${to === 'txt' ? 'txt' : to}`) };
  });
  const todo = jobs.filter((j) => !existsSync(j.output));
  if (todo.length) {
    const work = mkdtempSync(path.join(os.tmpdir(), 'govreport-soffice-'));
    try {
      const files = [...new Set(todo.map((j) => j.key))].map((key) => {
        const file = path.join(work, `${key}.docx`);
        writeFileSync(file, todo.find((j) => j.key === key)!.bytes);
        return file;
      });
      const out = path.join(work, 'out');
      runSoffice(files, FILTERS[to], out, work);
      for (const j of todo) {
        const made = path.join(out, `${j.key}.${to}`);
        if (!existsSync(made)) throw new Error(`soffice did not convert ${j.key}.docx to ${to}`);
        copyFileSync(made, j.output);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  return jobs.map((j) => j.output);
}

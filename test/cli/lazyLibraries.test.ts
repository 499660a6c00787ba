import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as iconv from 'iconv-lite';
import { fillTemplate, specFromReport } from '../support/fillTemplate';
import { CLI, R001, readReport, removeTempDirs, runCli, tempDir } from './cliHarness';

/**
 * The libraries bundled apart (dist/lib/) that a run loaded: a preload module prints, as the process exits, the
 * modules in require's cache under dist/lib/.
 */
function librariesLoaded(args: string[], cwd: string): string[] {
  const preload = path.join(cwd, 'record-libraries.js');
  fs.writeFileSync(preload, `process.on('exit', () => process.stderr.write('\\nLIBRARIES ' + JSON.stringify(Object.keys(require.cache).filter((f) => f.includes('${path.sep}dist${path.sep}lib${path.sep}')).map((f) => require('path').basename(f)).sort()) + '\\n'));\n`);
  const r = spawnSync(process.execPath, ['-r', preload, CLI, ...args], { cwd, encoding: 'utf8' });
  const line = r.stderr.split('\n').find((l) => l.startsWith('LIBRARIES '));
  assert.ok(line, r.stderr);
  return JSON.parse(line.slice('LIBRARIES '.length));
}

describe('govreport check: the readers\' libraries are loaded by the files that need them', () => {
  after(removeTempDirs);

  it('a UTF-8 text file loads none; a .docx its XML parser (zlib inflates it); a GBK text file the decoder', () => {
    const dir = tempDir();
    const text = readReport(R001);
    fs.writeFileSync(path.join(dir, 'report.txt'), text);
    assert.deepStrictEqual(librariesLoaded(['check', 'report.txt'], dir), []);
    fs.writeFileSync(path.join(dir, 'report.docx'), fillTemplate(specFromReport(text)));
    assert.deepStrictEqual(librariesLoaded(['check', 'report.docx'], dir), ['saxes.js']);
    fs.writeFileSync(path.join(dir, 'gbk.txt'), iconv.encode(text, 'gb18030'));
    assert.deepStrictEqual(librariesLoaded(['check', 'gbk.txt'], dir), ['iconv-lite.js']);
  });

  it('a page loads parse5, and is read by it (the bundled parse5 is a CommonJS file, whose exports import() gives as its default)', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'report.html'), '<html><body><p>一、总体情况</p></body></html>');
    assert.deepStrictEqual(librariesLoaded(['check', 'report.html'], dir), ['parse5.js']);
    const r = runCli(['check', '--lang', 'en', 'report.html'], dir);
    assert.deepStrictEqual(r.stdout.trim().split('\n').map((l) => l.split('  ').slice(0, 3).join(' ')).slice(-2), [
      'report.html:1:13 error section-missing', '1 file checked: 5 errors, 0 warnings, 0 unreadable',
    ]);
  });
});

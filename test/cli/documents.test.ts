import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { unzipSync } from 'fflate';
import { readReport, removeTempDirs, runCli, tempDir } from './cliHarness';
import { fillTemplate, specFromReport } from '../support/fillTemplate';
import { LYING_DECLARED, lyingSize, nestedDivs, nestedTables } from '../support/readerShapes';

const PUBLISHED = path.resolve(__dirname, '../../../../shared/published');
const R002 = '002_0b0fce05247e3def.txt';

/** 002 filled into the official template, with 行政复议's 总计 written wrong (the text's is 0). */
function plantedDocx(total: string): Uint8Array {
  const spec = specFromReport(readReport(R002));
  spec.table4!.review = { ...spec.table4!.review, upheld: '3', total };
  return fillTemplate(spec);
}

describe('govreport check: .docx, PDF and HTML files', () => {
  after(removeTempDirs);

  it('the published PDFs: the two broken litigation totals of 洪泽区 2023 on page 4, and no error in the others', () => {
    const r = runCli(['check', '--format', 'json', PUBLISHED], process.cwd());
    const files = JSON.parse(r.stdout).files as { path: string; format?: string; diagnostics: { rule: string; severity: string; source?: unknown; row?: string; expected?: number; actual?: number }[] }[];
    const byName = (n: string) => files.find((f) => f.path.endsWith(n))!;
    const errors = (n: string) => byName(n).diagnostics.filter((d) => d.severity === 'error');
    assert.deepStrictEqual(errors('hongzequ_2023.pdf').map((d) => [d.rule, d.row, d.expected, d.actual, d.source]), [
      ['litigation-total', 'review', 11, 0, errors('hongzequ_2023.pdf')[0].source],
      ['litigation-total', 'suit_after_review', 5, 0, errors('hongzequ_2023.pdf')[1].source],
    ]);
    for (const d of errors('hongzequ_2023.pdf')) assert.deepStrictEqual(Object.keys(d.source as object), ['format', 'page', 'x', 'y']);
    assert.deepStrictEqual(errors('hongzequ_2023.pdf').map((d) => (d.source as { page: number }).page), [4, 4]);
    assert.deepStrictEqual(errors('hongzequ_2024.pdf'), []);
    assert.deepStrictEqual(errors('huaianshi_2024.pdf'), []);
    assert.deepStrictEqual(files.map((f) => [path.basename(f.path), f.format ?? null]), [['README.md', null], ['hongzequ_2023.pdf', 'pdf'], ['hongzequ_2024.pdf', 'pdf'], ['huaianshi_2024.pdf', 'pdf']]);
    assert.strictEqual((files[0] as { skipped?: string }).skipped, 'not a report', 'the README beside them');
    assert.strictEqual(r.status, 1);
  });

  it('text output names the page and the template cell of a PDF finding', () => {
    const r = runCli(['check', 'hongzequ_2023.pdf'], PUBLISHED);
    const lines = r.stdout.split('\n').filter((l) => l.includes('  error  '));
    assert.deepStrictEqual(lines.map((l) => l.slice(0, l.indexOf('  error  '))), ['hongzequ_2023.pdf: p.4 表四 行政复议 总计', 'hongzequ_2023.pdf: p.4 表四 行政诉讼·复议后起诉 总计']);
  });

  it('a .docx: findings at its table, row and cell; --fix repairs the planted total inside the Word file and nothing else', () => {
    const dir = tempDir();
    const file = path.join(dir, '年报.docx');
    const before = plantedDocx('9');
    fs.writeFileSync(file, before);
    const checked = runCli(['check', '年报.docx'], dir);
    assert.deepStrictEqual(checked.stdout.split('\n').filter((l) => l.includes('  error  ')).map((l) => l.slice(0, l.indexOf('  error  '))), ['年报.docx: 表格3 第4行第5格 表四 行政复议 总计']);
    assert.strictEqual(checked.status, 1);

    const fixed = runCli(['check', '--fix', '年报.docx'], dir);
    assert.strictEqual(fixed.status, 0, fixed.stdout);
    assert.match(fixed.stdout, /^年报\.docx {2}fixed {2}/m);
    const after = new Uint8Array(fs.readFileSync(file));
    const [a, b] = [unzipSync(before), unzipSync(after)];
    assert.deepStrictEqual(Object.keys(b), Object.keys(a));
    for (const name of Object.keys(a)) if (name !== 'word/document.xml') assert.ok(Buffer.from(a[name]).equals(Buffer.from(b[name])), name);
    // The XML differs in the total's text only: 9 → 3 (维持 3, the other outcomes 0).
    const [x, y] = [Buffer.from(a['word/document.xml']).toString('utf8'), Buffer.from(b['word/document.xml']).toString('utf8')];
    let from = 0;
    while (x[from] === y[from]) from++;
    let end = 0;
    while (x[x.length - 1 - end] === y[y.length - 1 - end]) end++;
    assert.deepStrictEqual([x.slice(from, x.length - end), y.slice(from, y.length - end)], ['9', '3']);
    // Checked again: nothing left to fix, the file is not written a second time.
    const again = runCli(['check', '--fix', '年报.docx'], dir);
    assert.strictEqual(again.status, 0);
    assert.ok(Buffer.from(after).equals(fs.readFileSync(file)));
  });

  it('--fix does not write a PDF, and says so', () => {
    const dir = tempDir();
    fs.copyFileSync(path.join(PUBLISHED, 'hongzequ_2023.pdf'), path.join(dir, 'a.pdf'));
    const before = fs.readFileSync(path.join(dir, 'a.pdf'));
    const r = runCli(['check', '--fix', '--lang', 'en', 'a.pdf'], dir);
    assert.match(r.stdout, /^a\.pdf {2}note {2}--fix does not write PDF files/m);
    assert.ok(before.equals(fs.readFileSync(path.join(dir, 'a.pdf'))));
    assert.strictEqual(r.status, 1);
  });

  it('an old .doc or .wps file is reported as one to save as .docx; files are recognised by content, not by name', () => {
    const dir = tempDir();
    // The OLE2 signature of a binary Word/WPS file, then padding.
    fs.writeFileSync(path.join(dir, 'old.doc'), Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(1024)]));
    // A .docx saved without an extension, and a PDF named .doc (sites publish both).
    fs.writeFileSync(path.join(dir, 'download'), plantedDocx('9'));
    fs.copyFileSync(path.join(PUBLISHED, 'hongzequ_2024.pdf'), path.join(dir, 'report.doc'));
    const r = runCli(['check', '--format', 'json', '--lang', 'en', dir], dir);
    const files = JSON.parse(r.stdout).files as { path: string; format?: string; error?: string }[];
    assert.deepStrictEqual(files.map((f) => [path.basename(f.path), f.format ?? null]), [['download', 'docx'], ['old.doc', null], ['report.doc', 'pdf']]);
    assert.match(files[1].error!, /old binary Word or WPS file .* save it as \.docx/);
    assert.strictEqual(r.status, 2);
  });

  it('a damaged .docx is reported as unreadable with a clear message', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'broken.docx'), Buffer.from(plantedDocx('9')).subarray(0, 3000));
    const r = runCli(['check', '--lang', 'en', 'broken.docx'], dir);
    assert.match(r.stdout, /^broken\.docx {2}error {2}unreadable {2}/m);
    assert.strictEqual(r.status, 2);
  });

  it('files nested far past any report, and a .docx whose part lies about its size, are unreadable, each said once with its reason', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'deep.docx'), nestedTables(1e5));
    fs.writeFileSync(path.join(dir, 'deep.html'), nestedDivs(1e5));
    fs.writeFileSync(path.join(dir, 'lying.docx'), lyingSize(1e6));
    const r = runCli(['check', '--lang', 'en', '.'], dir);
    assert.deepStrictEqual(r.stdout.split('\n'), [
      "deep.docx  error  unreadable  the file's tables or elements are nested far deeper than in any report: it cannot be read reliably, and is not checked (tables nested more than 64 deep)",
      "deep.html  error  unreadable  the page's elements are nested far deeper than in any report: it cannot be read reliably, and is not checked (elements nested more than 512 deep)",
      `lying.docx  error  unreadable  the file is damaged or not a valid Word (.docx) file (word/document.xml inflates to more than the ${LYING_DECLARED} bytes its zip entry declares)`,
      '0 files checked: 0 errors, 0 warnings, 3 unreadable',
      '',
    ]);
    assert.strictEqual(r.status, 2);
    const zh = runCli(['check', 'deep.docx', 'deep.html'], dir);
    assert.deepStrictEqual(zh.stdout.split('\n').slice(0, 2), [
      'deep.docx  error  unreadable  文件中的表格或元素嵌套层数远超任何报告，无法可靠读取，未检查（tables nested more than 64 deep）',
      'deep.html  error  unreadable  网页的元素嵌套层数远超任何报告，无法可靠读取，未检查（elements nested more than 512 deep）',
    ]);
  });
});

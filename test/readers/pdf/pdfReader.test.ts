// The PDF reader on the three real published PDFs (findings checked by hand against the rendered pages), a scanned
// page, and bad input.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pdfReader } from '../../../server/src/readers/pdf';
import { ReaderError } from '../../../server/src/readers/reader';
import { checkSource } from '../../../server/src/core';
import type { SourceLocation, SourceTable } from '../../../server/src/core/source/document';
import { numberRows, tables } from './helpers';

const PUBLISHED = path.resolve(__dirname, '../../../../../shared/published');
const read = (name: string) => pdfReader.read(new Uint8Array(readFileSync(path.join(PUBLISHED, name))));
const errors = (doc: Awaited<ReturnType<typeof read>>) =>
  checkSource(doc).diagnostics.filter((d) => d.severity === 'error').map((d) => ({ rule: d.rule, table: d.table, row: d.row, column: d.column, expected: d.expected, actual: d.actual }));

/** Table 3's label 三、本年度办理结果, set in a vertical font, read whole in its row beside （一）予以公开. */
function assertVerticalLabel(t3: SourceTable, source: SourceLocation) {
  const labels = t3.rows.map((r) => r.cells.filter((c) => c.text && !/^\d+$/.test(c.text)).map((c) => c.text));
  assert.deepStrictEqual(labels[5], ['三、本年度办理结果', '（一）予以公开']);
  assert.deepStrictEqual(t3.rows[5].cells[0].source, source);
}

describe('pdf reader: real published reports', function () {
  this.timeout(60000);

  it('hongzequ_2023: table 4 as printed, exactly the two litigation-total errors', async () => {
    const doc = await read('hongzequ_2023.pdf');
    assert.deepStrictEqual(errors(doc), [
      { rule: 'litigation-total', table: 4, row: 'review', column: 'total', expected: 11, actual: 0 },
      { rule: 'litigation-total', table: 4, row: 'suit_after_review', column: 'total', expected: 5, actual: 0 },
    ]);
    const [t2, t3, t4] = tables(doc);
    assert.strictEqual(tables(doc).length, 3);
    assert.ok(!t2.unreadable && !t3.unreadable && !t4.unreadable);
    assert.deepStrictEqual(numberRows(t2), [[0, 0, 0], [0, 5, 5], [550], [4119], [195], [7730.28]]);
    // Table 3 as printed: the v2019 form of （六） (one row), 23 data rows.
    assert.deepStrictEqual(numberRows(t3).map((r) => r.join(' ')), [
      '21 0 0 0 0 0 21', '0 0 0 0 0 0 0', '0 0 0 0 0 0 0', '4 0 0 0 0 0 4', '1 0 0 0 0 0 1', '0 0 0 0 0 0 0',
      '0 0 0 0 0 0 0', '0 0 0 0 0 0 0', '0 0 0 0 0 0 0', '1 0 0 0 0 0 1', '1 0 0 0 0 0 1', '0 0 0 0 0 0 0',
      '10 0 0 0 0 0 10', '3 0 0 0 0 0 3', '0 0 0 0 0 0 0', '1 0 0 0 0 0 1', '0 0 0 0 0 0 0', '0 0 0 0 0 0 0',
      '0 0 0 0 0 0 0', '0 0 0 0 0 0 0', '0 0 0 0 0 0 0', '21 0 0 0 0 0 21', '0 0 0 0 0 0 0',
    ]);
    assert.deepStrictEqual(numberRows(t4), [[10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0]]);
    // The table breaks across pages 3 and 4; the page number - 3 - between is gone.
    assert.ok(!t3.rows.some((r) => r.cells.some((c) => /^-\s*3\s*-$/.test(c.text))));
    const wrapped = t3.rows.find((r) => r.cells.some((c) => c.text === '5.要求行政机关确认或重 新出具已获取信息'));
    assert.ok(wrapped, 'the label wrapped over two lines is one cell');
    // The top of the row's first word: its baseline less 0.88 em.
    assert.deepStrictEqual(t4.rows[t4.rows.length - 1].cells[0].source, { format: 'pdf', page: 4, x: 86.2, y: 451.7 });
    // The label set in a vertical font: the whole label, left of its sub-items.
    assertVerticalLabel(t3, { format: 'pdf', page: 3, x: 85.6, y: 606.5 });
  });

  it('hongzequ_2024: consistent, no error', async () => {
    const doc = await read('hongzequ_2024.pdf');
    assert.deepStrictEqual(errors(doc), []);
    assert.strictEqual(tables(doc).filter((t) => !t.unreadable).length, 3);
    assertVerticalLabel(tables(doc)[1], { format: 'pdf', page: 3, x: 85.5, y: 614.6 });
  });

  it('huaianshi_2024: 25 rows of table 3 across pages 4–5, the vertical label, table 4’s 15 numbers; no error', async () => {
    const doc = await read('huaianshi_2024.pdf');
    assert.deepStrictEqual(errors(doc), []);
    const [t2, t3, t4] = tables(doc);
    assert.ok(t2.rows.some((r) => r.cells[0]?.text === '第二十条 第（一）项'));
    assert.deepStrictEqual(numberRows(t2), [[1, 0, 11], [8, 26, 66], [447228], [3985758], [88283], [96171.6]]);
    assert.deepStrictEqual(numberRows(t3), [
      [3001, 53, 0, 0, 61, 4, 3119], [34, 0, 0, 0, 0, 0, 34], [1288, 21, 0, 0, 50, 3, 1362], [447, 7, 0, 0, 0, 0, 454],
      [2, 0, 0, 0, 0, 0, 2], [30, 1, 0, 0, 0, 0, 31], [5, 0, 0, 0, 0, 0, 5], [6, 0, 0, 0, 0, 0, 6], [7, 1, 0, 0, 0, 0, 8],
      [12, 0, 0, 0, 0, 0, 12], [9, 0, 0, 0, 0, 0, 9], [105, 0, 0, 0, 0, 0, 105], [746, 12, 0, 0, 10, 1, 769],
      [11, 0, 0, 0, 0, 0, 11], [1, 0, 0, 0, 0, 0, 1], [56, 6, 0, 0, 0, 0, 62], [25, 0, 0, 0, 0, 0, 25], [0, 0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0, 1], [67, 3, 0, 0, 1, 0, 71], [6, 0, 0, 0, 0, 0, 6], [108, 2, 0, 0, 0, 0, 110],
      [2932, 53, 0, 0, 61, 4, 3050], [103, 0, 0, 0, 0, 0, 103],
    ]);
    const labels = t3.rows.map((r) => r.cells.filter((c) => c.text && !/^\d+$/.test(c.text)).map((c) => c.text));
    assert.deepStrictEqual(labels[5], ['三、本年度办理结果', '（一）予以公开'], 'the label set one character per line');
    assert.deepStrictEqual(labels[7], ['（三）不予公开', '1.属于国家秘密'], 'a group label left of its sub-items, on its first row');
    assert.deepStrictEqual(labels[15], ['（四）无法提供', '1.本机关不掌握相关政府信息'], 'a group label broken by the page, joined');
    assert.deepStrictEqual(numberRows(t4), [[72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20]]);
  });
});

describe('pdf reader: scanned and bad input', function () {
  this.timeout(60000);

  it('a scanned page (an image, no text layer) is the no-text-layer problem and no blocks', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'govreport-scan-'));
    try {
      execFileSync('pdftoppm', ['-png', '-r', '40', '-f', '3', '-l', '3', '-singlefile', path.join(PUBLISHED, 'hongzequ_2023.pdf'), path.join(dir, 'p')]);
      execFileSync('img2pdf', [path.join(dir, 'p.png'), '-o', path.join(dir, 'scan.pdf')]);
      const doc = await pdfReader.read(new Uint8Array(readFileSync(path.join(dir, 'scan.pdf'))));
      assert.deepStrictEqual(doc, { format: 'pdf', blocks: [], problem: 'no-text-layer' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('sniffs %PDF- within the first 1024 bytes only', () => {
    const at = (n: number) => { const b = new Uint8Array(n + 8); b.set(Buffer.from('%PDF-1.7'), n); return b; };
    assert.strictEqual(pdfReader.sniff(at(0)), true);
    assert.strictEqual(pdfReader.sniff(at(1019)), true);
    assert.strictEqual(pdfReader.sniff(at(1020)), false);
    assert.strictEqual(pdfReader.sniff(Buffer.from('PK\u0003\u0004')), false);
  });

  it('corrupt and truncated files are ReaderError corrupt', async () => {
    const real = readFileSync(path.join(PUBLISHED, 'hongzequ_2024.pdf'));
    for (const bytes of [Buffer.from('%PDF-1.7\nnot a pdf'), real.subarray(0, 2000), Buffer.alloc(0)]) {
      await assert.rejects(pdfReader.read(new Uint8Array(bytes)), (e: unknown) => e instanceof ReaderError && e.reason === 'corrupt');
    }
  });
});

// The five real reports filled into the official template (test/support/fillTemplate.ts), turned into the HTML page
// LibreOffice writes for a .docx, and read back. The table findings must be those of the same .docx read by the
// docx reader, finding for finding (checked by hand against the reports' text: FILLED_TABLE_FINDINGS); the text
// view of the page must be that of the .docx, line for line; nothing of the report may go missing.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { checkSource, fixSource, renderTextView } from '../../../server/src/core';
import type { SourceTable } from '../../../server/src/core/source/document';
import { readDocx } from '../../../server/src/readers/docx';
import { decodePage, htmlReader, readPage } from '../../../server/src/readers/html';
import { filledReports } from '../../support/fillTemplate';
import { FILLED_TABLE_FINDINGS } from '../../support/filledFindings';
import { convertDocx } from '../../support/libreoffice';
import { REPORT_FILES } from '../../support/reports';
import { assertPiecesVerbatim, LOSS_RULES, TABLE_RULES, tableFinding } from './helpers';

/** Lines of the two views that differ: [line number, page's line, .docx's line]. */
function differentLines(a: string, b: string): [number, string, string][] {
  const x = a.split('\n');
  const y = b.split('\n');
  const out: [number, string, string][] = [];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) out.push([i + 1, x[i], y[i]]);
  return out;
}

describe('html reader: LibreOffice pages of the filled template', function () {
  this.timeout(240_000);
  const docx = filledReports();
  let pages: Uint8Array[] = [];
  before(() => {
    pages = convertDocx(docx, 'html').map((p) => new Uint8Array(readFileSync(p)));
  });

  REPORT_FILES.forEach((name, i) => {
    it(`${name}: the .docx's table findings and text view, no section, table or row lost`, async () => {
      assert.strictEqual(htmlReader.sniff(pages[i]), true);
      const page = decodePage(pages[i]);
      assert.deepStrictEqual([page.encoding, page.bom, page.replaced], ['utf-8', false, false]);
      const doc = await readPage(page.text);
      assert.deepStrictEqual(await htmlReader.read(pages[i]), doc);
      assertPiecesVerbatim(doc, page.text);
      const fromHtml = checkSource(doc);
      const fromDocx = checkSource(readDocx(docx[i]));
      const findings = (ds: typeof fromHtml.diagnostics) => ds.filter((d) => TABLE_RULES.has(d.rule)).map(tableFinding);
      assert.deepStrictEqual(findings(fromHtml.diagnostics), FILLED_TABLE_FINDINGS[i]);
      assert.deepStrictEqual(findings(fromHtml.diagnostics), findings(fromDocx.diagnostics));
      assert.deepStrictEqual(fromHtml.diagnostics.filter((d) => LOSS_RULES.has(d.rule)).map((d) => d.rule), []);
      // LibreOffice writes 002's one number cell "0\u00a0" (table 4, 复议后起诉 结果维持) without its trailing NBSP.
      const expected = name.startsWith('002') ? [[364, '\t0', '\t0\u00a0']] : [];
      assert.deepStrictEqual(differentLines(fromHtml.view.text, renderTextView(readDocx(docx[i])).text), expected);
    });
  });

  it('a fix is placed in the page through the pieces: a wrong 总计 written into 002\'s page is restored, byte for byte', async () => {
    const page = decodePage(pages[2]).text;
    const table3 = (await readPage(page)).blocks.filter((b): b is SourceTable => b.kind === 'table')[1];
    const row = table3.rows.find((r) => r.cells[0].text === '一、本年新收政府信息公开申请数量')!;
    const total = row.cells[row.cells.length - 1];
    assert.deepStrictEqual([total.text, total.pieces?.length], ['31', 1]);
    const at = total.pieces![0].source;
    const wrong = `${page.slice(0, at)}32${page.slice(at + 2)}`;
    const doc = await readPage(wrong);
    assert.deepStrictEqual(checkSource(doc).diagnostics.filter((d) => d.rule === 'row-total').map(tableFinding), ['row-total 3 new total 31 32']);
    // The fix changes only the digit that differs, in the page's own text.
    const edits = fixSource(doc).sourceEdits!;
    assert.deepStrictEqual(edits, [{ start: at + 1, end: at + 2, text: '1' }]);
    assert.strictEqual(`${wrong.slice(0, edits[0].start)}${edits[0].text}${wrong.slice(edits[0].end)}`, page);
  });
});

// The five real reports (../shared/reports), filled into the official template as their writers would have filled
// it in Word, read back by the .docx reader: the table rules find what they find in the reports' text, to the
// row, column, expected and actual figure. The findings of the text versions were checked by hand (below); the
// few findings that differ come from what the template cannot hold, and are asserted exactly, with the reason.
// Then a planted wrong total is found in the .docx and fixed through the view's pieces and writeDocxEdits, and
// LibreOffice opens the fixed file and shows the fixed number in its cell.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { check, checkSource, fixSource } from '../../../server/src/core';
import type { Diagnostic } from '../../../server/src/core';
import { readDocx, writeDocxEdits } from '../../../server/src/readers/docx';
import { fillTemplate, specFromReport } from '../../support/fillTemplate';
import { convertDocx } from '../../support/libreoffice';
import { readReport, REPORT_FILES } from '../../support/reports';
import { documentText } from './helpers';

const TABLE_RULES = new Set(['row-total', 'column-total', 'balance', 'litigation-total', 'cell-missing', 'cell-invalid']);
const findings = (ds: Diagnostic[]) => ds.filter((d) => TABLE_RULES.has(d.rule)).map((d) => [d.rule, d.table, d.row, d.column, d.expected, d.actual].join(' ').trim());

/** The cell-missing findings of a table 2 left blank (a v2019 report: no v2021 column has an exact v2019 counterpart). */
const BLANK_TABLE2 = [
  'regulations issued', 'regulations repealed', 'regulations in_force', 'normative issued', 'normative repealed', 'normative in_force',
  'licensing decisions', 'penalty decisions', 'enforcement decisions', 'fees fee_amount',
].map((c) => `cell-missing 2 ${c}`);

/**
 * What the text versions find (checked by hand), and what only the filled .docx finds.
 * - 001: （七）总计 of 自然人 is 170 where the result rows add up to 87+16+1+1+2+2+3+4+37+1+1+7+9 = 171, and of
 *   总计 175 where they add up to 176; the balance holds in both columns (167+4 = 170+1, 172+4 = 175+1).
 * - 001 and 004 are v2019 reports (2020): their table 2 is left blank in the v2021 template, hence BLANK_TABLE2.
 *   Their v2019 （六）其他处理 row went into other.3 with other.1 and other.2 zero, so table 3's sums are the same.
 * - 003 (tab-separated): the text's （一）予以公开 row has six cells for seven columns (too-few; a page break cut
 *   the row), so the text claims nothing from it, nor the column totals that need it. Which column lost its
 *   number cannot be known, so the row is left blank in the template: the .docx reads seven blank cells
 *   (cell-missing) and, counting them as 0, finds （七）总计's 14 in 自然人 and 总计 against 0 from the result rows.
 */
const EXPECTED: Record<string, { text: string[]; docxOnly: string[] }> = {
  '000_686a82e6f5c2a14f.txt': { text: [], docxOnly: [] },
  '001_5f52f77d1e58bc3f.txt': { text: ['column-total 3 total natural 171 170', 'column-total 3 total total 176 175'], docxOnly: BLANK_TABLE2 },
  '002_0b0fce05247e3def.txt': { text: [], docxOnly: [] },
  '003_1ad31af01008103e.txt': {
    text: [],
    docxOnly: [
      ...['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'].map((c) => `cell-missing 3 granted ${c}`),
      'column-total 3 total natural 0 14', 'column-total 3 total total 0 14',
    ],
  },
  '004_46deb1f51ba2e893.txt': { text: [], docxOnly: BLANK_TABLE2 },
};

describe('docx reader: the real reports, filled into the official template', () => {
  for (const name of REPORT_FILES) {
    it(`${name}: the table rules find in the .docx what they find in the text`, () => {
      const text = readReport(name);
      const textFindings = findings(check(text).diagnostics);
      assert.deepStrictEqual(textFindings, EXPECTED[name].text);
      const docx = checkSource(readDocx(fillTemplate(specFromReport(text))));
      const docxFindings = findings(docx.diagnostics);
      assert.deepStrictEqual([...docxFindings].sort(), [...textFindings, ...EXPECTED[name].docxOnly].sort());
      // The title came through, and with it the year.
      assert.strictEqual(docx.report.reportYear, check(text).report.reportYear);
    });
  }

  describe('a planted wrong total (002: 2.没有现成信息需要另行制作 × 总计 written 81 for 18)', () => {
    const spec = specFromReport(readReport('002_0b0fce05247e3def.txt'));
    assert.strictEqual(spec.table3!['unable.2'].total, '18');
    spec.table3!['unable.2'] = { ...spec.table3!['unable.2'], total: '81' };
    const planted = fillTemplate(spec);
    const xml = documentText(planted);

    it('is found: the row total and the total column, with the one repair', () => {
      const found = findings(checkSource(readDocx(planted)).diagnostics);
      assert.deepStrictEqual(found, ['row-total 3 unable.2 total 18 81', 'column-total 3 total total 94 31']);
    });

    it('its fix, written through the pieces, changes only those two characters, and the file reads right again', () => {
      const fix = fixSource(readDocx(planted));
      assert.ok(fix.sourceEdits);
      assert.strictEqual(fix.sourceEdits.length, 1);
      const [edit] = fix.sourceEdits;
      assert.deepStrictEqual([xml.slice(edit.start, edit.end), edit.text], ['81', '18']);
      const fixed = writeDocxEdits(planted, fix.sourceEdits);
      assert.strictEqual(documentText(fixed), xml.slice(0, edit.start) + '18' + xml.slice(edit.end));
      const again = checkSource(readDocx(fixed));
      assert.deepStrictEqual(findings(again.diagnostics), []);
      const row = again.report.tables.find((t) => t.number === 3)!.rows.find((r) => r.key === 'unable.2')!;
      assert.strictEqual(row.cells.get('total')!.text, '18');
    });

    it('LibreOffice opens the fixed file and shows 18 in the row\'s 总计 cell', function () {
      this.timeout(200_000);
      const fixed = writeDocxEdits(planted, fixSource(readDocx(planted)).sourceEdits!);
      const [plantedTxt, fixedTxt] = convertDocx([planted, fixed], 'txt').map((f) => readFileSync(f, 'utf8').split(/\r?\n/));
      // LibreOffice's text export writes each cell on its own line (without Word's leading tab): the label, then seven numbers.
      const cellsAfter = (lines: string[]) => lines.slice(lines.indexOf('2.没有现成信息需要另行制作') + 1).slice(0, 7);
      assert.deepStrictEqual(cellsAfter(plantedTxt), ['16', '2', '0', '0', '0', '0', '81']);
      assert.deepStrictEqual(cellsAfter(fixedTxt), ['16', '2', '0', '0', '0', '0', '18']);
    });
  });
});

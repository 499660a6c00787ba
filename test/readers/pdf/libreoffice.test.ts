// The five real reports filled into the official template, turned into PDF by LibreOffice, and read back. What the
// PDF reader cannot place with certainty it marks unreadable: so every table finding it gives must be one the
// .docx gives too (never a false one). Tables 2 and 4 are read; table 3 is unreadable in all five (LibreOffice sets
// the cells of some rows at two heights, which the text alone cannot join into rows: the rules would tell).
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { checkSource } from '../../../server/src/core';
import type { Diagnostic } from '../../../server/src/core';
import { readDocx } from '../../../server/src/readers/docx';
import { pdfReader } from '../../../server/src/readers/pdf';
import { fillTemplate, specFromReport } from '../../support/fillTemplate';
import { convertDocx } from '../../support/libreoffice';
import { readReport, REPORT_FILES } from '../../support/reports';

const TABLE_RULES = new Set(['row-total', 'column-total', 'balance', 'litigation-total', 'cell-missing', 'cell-invalid']);
const LOSS_RULES = new Set(['section-missing', 'table-missing', 'row-missing']);
const finding = (d: Diagnostic) => [d.rule, d.table, d.row, d.column, d.expected, d.actual].map((x) => x ?? '').join(' ');

/**
 * Reports whose PDF the reader reads without loss. 001 and 004 are v2019 reports whose template table 2 stays blank:
 * with no number in it, nothing on the page tells it from paragraphs (its rules would), so table 2 is missing; and
 * table 3, unreadable there (cells set at two heights in one row), is taken by the model for another table.
 */
const WHOLE = new Set(['000_686a82e6f5c2a14f.txt', '002_0b0fce05247e3def.txt', '003_1ad31af01008103e.txt']);
/** Reports whose .docx has no table finding outside table 3: the same findings (none). */
const SAME = new Set(['000_686a82e6f5c2a14f.txt', '002_0b0fce05247e3def.txt']);

describe('pdf reader: LibreOffice PDFs of the filled template', function () {
  this.timeout(240_000);
  const docx = REPORT_FILES.map((name) => fillTemplate(specFromReport(readReport(name))));
  let pdfs: Uint8Array[] = [];
  before(() => {
    pdfs = convertDocx(docx, 'pdf').map((p) => new Uint8Array(readFileSync(p)));
  });

  REPORT_FILES.forEach((name, i) => {
    it(`${name}: no table finding the .docx does not have${SAME.has(name) ? ', the same findings' : ''}${WHOLE.has(name) ? ', nothing lost' : ''}`, async () => {
      const fromPdf = checkSource(await pdfReader.read(pdfs[i])).diagnostics;
      const fromDocx = checkSource(readDocx(docx[i])).diagnostics;
      const pdfFindings = fromPdf.filter((d) => TABLE_RULES.has(d.rule)).map(finding);
      const docxFindings = fromDocx.filter((d) => TABLE_RULES.has(d.rule)).map(finding);
      assert.deepStrictEqual(pdfFindings.filter((f) => !docxFindings.includes(f)), []);
      if (SAME.has(name)) assert.deepStrictEqual(pdfFindings, docxFindings);
      if (WHOLE.has(name)) assert.deepStrictEqual(fromPdf.filter((d) => LOSS_RULES.has(d.rule)).map(finding), []);
    });
  });
});

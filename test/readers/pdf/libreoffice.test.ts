// The five real reports filled into the official template, turned into PDF by LibreOffice, and read back. The
// tables are drawn with borders: the reader reads their grid from the rules, so every table comes out cell for
// cell as the .docx has it (merged cells, covered cells, the tables broken by a page, the blank table 2 of the
// v2019 reports), and every finding is the .docx's.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { checkSource } from '../../../server/src/core';
import type { SourceDocument, SourceTable } from '../../../server/src/core/source/document';
import { readDocx } from '../../../server/src/readers/docx';
import { pdfReader } from '../../../server/src/readers/pdf';
import { filledReports } from '../../support/fillTemplate';
import { FILLED_TABLE_FINDINGS, LOSS_RULES, TABLE_RULES, tableFinding } from '../../support/filledFindings';
import { convertDocx } from '../../support/libreoffice';
import { REPORT_FILES } from '../../support/reports';

/** Every table's rows as their cells' texts (spaces aside: a PDF's line breaks and padding are not the .docx's). */
const tableCells = (doc: SourceDocument) => doc.blocks.filter((b): b is SourceTable => b.kind === 'table')
  .map((t) => t.rows.map((r) => r.cells.map((c) => (c.covered ? '^' : c.text.replace(/[\s\u3000]/g, '')))));

describe('pdf reader: LibreOffice PDFs of the filled template', function () {
  this.timeout(240_000);
  const docx = filledReports();
  let pdfs: Uint8Array[] = [];
  before(() => {
    pdfs = convertDocx(docx, 'pdf').map((p) => new Uint8Array(readFileSync(p)));
  });

  REPORT_FILES.forEach((name, i) => {
    it(`${name}: the .docx's tables cell for cell, the .docx's findings, nothing lost`, async () => {
      const pdf = await pdfReader.read(pdfs[i]);
      const fromDocx = readDocx(docx[i]);
      const tables = tableCells(pdf);
      assert.deepStrictEqual(tables.map((t) => t.length), [14, 28, 4]);
      assert.deepStrictEqual(tables, tableCells(fromDocx));
      assert.ok(pdf.blocks.every((b) => b.kind !== 'table' || !b.unreadable));
      const findings = checkSource(pdf).diagnostics;
      assert.deepStrictEqual(findings.filter((d) => TABLE_RULES.has(d.rule)).map(tableFinding), FILLED_TABLE_FINDINGS[i]);
      assert.deepStrictEqual(findings.map(tableFinding), checkSource(fromDocx).diagnostics.map(tableFinding));
      assert.deepStrictEqual(findings.filter((d) => LOSS_RULES.has(d.rule)), []);
    });
  });
});

// Stepping over formatting blocks: only blocks that name nothing the reader reads, only where a `<w:rPr>` can only
// be a tag; and the document read is the same as when every block is streamed.
import * as assert from 'assert';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { readDocx } from '../../../server/src/readers/docx';
import { rangesToStream } from '../../../server/src/readers/docx/skipProperties';
import { filledReports, fillTemplate } from '../../support/fillTemplate';
import { assertPiecesVerbatim, blocksShort, documentText, documentXml } from './helpers';

/** The parts between the streamed ranges: what is stepped over. */
const steppedOver = (xml: string) => {
  const out: string[] = [];
  let at = 0;
  for (const [start, end] of rangesToStream(xml)) {
    if (start > at) out.push(xml.slice(at, start));
    at = end;
  }
  return out;
};

/** The same .docx with a comment before the body: no block can then be stepped over. */
function withComment(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  files['word/document.xml'] = strToU8(new TextDecoder().decode(files['word/document.xml']).replace('<w:body>', '<w:body><!-- a comment -->'));
  return zipSync(files);
}

describe('docx reader: stepping over formatting', () => {
  it('steps over blocks that name none of the properties read, and streams the others', () => {
    const rPr = '<w:rPr><w:rFonts w:ascii="宋体"/><w:sz w:val="24"/></w:rPr>';
    const xml = documentXml(
      `<w:p><w:pPr><w:jc w:val="center"/>${rPr}</w:pPr><w:r>${rPr}<w:t>a</w:t></w:r>` +
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t>b</w:t></w:r>' +
        '<w:r><w:rPr><w:b/><w:rPrChange w:id="1"><w:rPr><w:i/></w:rPr></w:rPrChange></w:rPr><w:t>c</w:t></w:r></w:p>' +
        '<w:tbl><w:tblPr><w:tblW w:w="0"/></w:tblPr><w:tr><w:tc><w:tcPr><w:tcW w:w="9"/></w:tcPr><w:p/></w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>',
    );
    // The run with w:vanish and the one with a tracked change are streamed (the old properties inside the change,
    // which the reader leaves out anyway, are stepped over); so is the cell with w:gridSpan.
    assert.deepStrictEqual(steppedOver(xml), [
      `<w:pPr><w:jc w:val="center"/>${rPr}</w:pPr>`, rPr, '<w:rPr><w:i/></w:rPr>', '<w:tblPr><w:tblW w:w="0"/></w:tblPr>', '<w:tcPr><w:tcW w:w="9"/></w:tcPr>',
    ]);
  });

  it('steps over nothing in a part with a comment, a CDATA section or a processing instruction, or without the w: prefix', () => {
    const body = '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>x</w:t></w:r></w:p>';
    assert.strictEqual(steppedOver(documentXml(body)).length, 1);
    for (const extra of ['<!-- <w:rPr> -->', '<?mso-application progid="Word.Document"?>']) {
      assert.deepStrictEqual(steppedOver(documentXml(extra + body)), [], extra);
    }
    assert.deepStrictEqual(steppedOver(documentXml(body).replace('<w:t>x</w:t>', '<w:t><![CDATA[x]]></w:t>')), []);
    assert.deepStrictEqual(steppedOver('<d xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><body><p><r><rPr><b/></rPr></r></p></body></d>'), []);
  });

  it('reads the template and the five filled reports exactly as when every block is streamed', () => {
    const files = [fillTemplate({ title: '政府信息公开工作年度报告格式模板' }), ...filledReports()];
    for (const bytes of files) {
      const fast = readDocx(bytes);
      const whole = readDocx(withComment(bytes));
      assert.deepStrictEqual(blocksShort(fast), blocksShort(whole));
      assertPiecesVerbatim(fast, documentText(bytes));
      assertPiecesVerbatim(whole, documentText(withComment(bytes)));
    }
    const xml = documentText(files[0]);
    const streamed = rangesToStream(xml).reduce((n, [a, b]) => n + b - a, 0);
    // The template's 246 840 characters: a third is streamed.
    assert.deepStrictEqual([xml.length, streamed], [246840, 81943]);
  });
});

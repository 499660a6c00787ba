// The reader on the official template itself (../shared/templates/official-template-2021.docx): every paragraph,
// row, label and merge as the template has them. The expected grids were written from the template's XML (its
// w:gridSpan and w:vMerge cells), and compared with the Word export of a filled template
// (../shared/reports/000_*.txt): Word lists a cell merged down as an empty cell, and a cell spanning columns once.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import type { SourceTable } from '../../../server/src/core/source/document';
import { checkSource } from '../../../server/src/core';
import { docxReader, readDocx } from '../../../server/src/readers/docx';
import { fillTemplate, specFromReport, TEMPLATE_PATH } from '../../support/fillTemplate';
import { readReport } from '../../support/reports';
import { assertPiecesVerbatim, documentText, gridOf } from './helpers';

const bytes = new Uint8Array(readFileSync(TEMPLATE_PATH));
const doc = readDocx(bytes);
const tables = doc.blocks.filter((b): b is SourceTable => b.kind === 'table');

const ZEROS7 = ['', '', '', '', '', '', ''];
const sub = (label: string) => ['^', '^', label, ...ZEROS7];

describe('docx reader: the official template', () => {
  it('is sniffed as a Word document and read through the Reader interface', async () => {
    assert.strictEqual(docxReader.sniff(bytes), true);
    assert.deepStrictEqual(await docxReader.read(bytes), doc);
  });

  it('reads the paragraphs in order: title, the six headings with their numbers, the placeholders', () => {
    const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => [b.text, b.source]);
    assert.deepStrictEqual(paragraphs, [
      ['政府信息公开工作年度报告格式模板', { format: 'docx', paragraph: 2 }],
      ['一、总体情况', { format: 'docx', paragraph: 4 }],
      ['（文字描述）', { format: 'docx', paragraph: 5 }],
      ['二、主动公开政府信息情况', { format: 'docx', paragraph: 7 }],
      ['三、收到和处理政府信息公开申请情况', { format: 'docx', paragraph: 19 }],
      ['四、政府信息公开行政复议、行政诉讼情况', { format: 'docx', paragraph: 24 }],
      ['五、存在的主要问题及改进情况', { format: 'docx', paragraph: 29 }],
      ['（文字描述）', { format: 'docx', paragraph: 30 }],
      ['六、其他需要报告的事项', { format: 'docx', paragraph: 31 }],
      ['（文字描述，收取信息处理费情况在此处报告。）', { format: 'docx', paragraph: 32 }],
    ]);
    assert.deepStrictEqual(doc.blocks.map((b) => b.kind === 'table' ? `table ${(b.source as { table: number }).table}` : 'p').join(' '), 'p p p p table 1 p table 2 p table 3 p p p p');
  });

  it('table 2: four captioned sub-tables, captions spanning the 4 columns, the empty cells with their full-width spaces', () => {
    assert.deepStrictEqual(gridOf(tables[0]), [
      ['第二十条第（一）项|c4'],
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '\u3000\u3000', '\u3000', ''],
      ['行政规范性文件', '\u3000\u3000', '\u3000', ''],
      ['第二十条第（五）项|c4'],
      ['信息内容', '本年处理决定数量|c3'],
      ['行政许可', '|c3'],
      ['第二十条第（六）项|c4'],
      ['信息内容', '本年处理决定数量|c3'],
      ['行政处罚', '\u3000|c3'],
      ['行政强制', '\u3000|c3'],
      ['第二十条第（八）项|c4'],
      ['信息内容', '本年收费金额（单位：万元）|c3'],
      ['行政事业性收费', '|c3'],
    ]);
  });

  it('table 3: the merged header, the group labels merged down with covered cells below, 25 data rows of 7 cells', () => {
    assert.deepStrictEqual(gridOf(tables[1]), [
      ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）|c3|r3', '申请人情况|c7'],
      ['^|c3', '自然人|r2', '法人或其他组织|c5', '总计|r2'],
      // 商业 / 企业 and 科研 / 机构 are two paragraphs each in the template: a cell joins them without a separator.
      ['^|c3', '^', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '^'],
      ['一、本年新收政府信息公开申请数量|c3', ...ZEROS7],
      ['二、上年结转政府信息公开申请数量|c3', ...ZEROS7],
      ['三、本年度办理结果|r22', '（一）予以公开|c2', ...ZEROS7],
      ['^', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）|c2', ...ZEROS7],
      ['^', '（三）不予公开|r8', '1.属于国家秘密', ...ZEROS7],
      sub('2.其他法律行政法规禁止公开'),
      sub('3.危及“三安全一稳定”'),
      sub('4.保护第三方合法权益'),
      sub('5.属于三类内部事务信息'),
      sub('6.属于四类过程性信息'),
      sub('7.属于行政执法案卷'),
      sub('8.属于行政查询事项'),
      ['^', '（四）无法提供|r3', '1.本机关不掌握相关政府信息', ...ZEROS7],
      sub('2.没有现成信息需要另行制作'),
      sub('3.补正后申请内容仍不明确'),
      ['^', '（五）不予处理|r5', '1.信访举报投诉类申请', ...ZEROS7],
      sub('2.重复申请'),
      sub('3.要求提供公开出版物'),
      sub('4.无正当理由大量反复申请'),
      sub('5.要求行政机关确认或重新出具已获取信息'),
      ['^', '（六）其他处理|r3', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', ...ZEROS7],
      sub('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'),
      sub('3.其他'),
      ['^', '（七）总计|c2', ...ZEROS7],
      ['四、结转下年度继续办理|c3', ...ZEROS7],
    ]);
    // Row 8's cells: the covered 三、 cell is the row's first w:tc, the number cells its 4th to 10th.
    const row8 = tables[1].rows[7];
    assert.deepStrictEqual(row8.source, { format: 'docx', table: 2, row: 8 });
    assert.deepStrictEqual(row8.cells.map((c) => (c.source as { cell: number }).cell), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('table 4: two header rows (five labels merged down, then the two litigation groups) and one row of 15 cells', () => {
    const labels = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    assert.deepStrictEqual(gridOf(tables[2]), [
      ['行政复议|c5', '行政诉讼|c10'],
      // 结果<w:br/>纠正: a line break in a cell joins its pieces without a separator.
      [...labels.map((l) => `${l}|r2`), '未经复议直接起诉|c5', '复议后起诉|c5'],
      ['^', '^', '^', '^', '^', ...labels, ...labels],
      new Array(15).fill(''),
    ]);
  });

  it('every piece stands verbatim in word/document.xml, and every character of the template text is in one', () => {
    const xml = documentText(bytes);
    const covered = assertPiecesVerbatim(doc, xml);
    let chars = 0;
    for (const b of doc.blocks) {
      if (b.kind === 'paragraph') chars += b.text.length;
      else for (const r of b.rows) for (const c of r.cells) chars += c.text.length;
    }
    assert.strictEqual(covered, chars);
  });

  it('filled with 000\'s numbers, tables 2 and 3 read line for line as Word exported that report (the same template)', () => {
    // 000 is this template filled in Word and exported by Word to text: its tables 2 and 3 (43 and 282 lines, the
    // merged header and every covered cell) are what the reader's view gives for the template filled with its numbers.
    const text = readReport('000_686a82e6f5c2a14f.txt');
    const view = checkSource(readDocx(fillTemplate(specFromReport(text)))).view.text;
    const tableLines = (s: string, first: string) => {
      const lines = s.split(/\r?\n/);
      const out: string[] = [];
      for (let i = lines.indexOf(first); i >= 0 && i < lines.length && (lines[i] === '' || lines[i].startsWith('\t')); i++) out.push(lines[i]);
      while (out[out.length - 1] === '') out.pop();
      return out;
    };
    for (const [first, count] of [['\t第二十条第（一）项', 43], ['\t（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 282]] as const) {
      // Word's export writes a bookmark as a marker (`[bookmark: _GoBack]0`); the .docx holds an element there.
      const exported = tableLines(text, first).map((l) => l.replace(/\[bookmark:[^\]]*\]/g, ''));
      assert.strictEqual(exported.length, count);
      assert.deepStrictEqual(tableLines(view, first), exported);
    }
  });

  it('the core reads the blank template as a v2021 report: six sections, tables 2–4, every row in place', () => {
    const { report } = checkSource(doc);
    assert.deepStrictEqual(report.sections.map((s) => [s.canonical, s.numberText, s.title]), [
      [1, '一', '总体情况'], [2, '二', '主动公开政府信息情况'], [3, '三', '收到和处理政府信息公开申请情况'],
      [4, '四', '政府信息公开行政复议、行政诉讼情况'], [5, '五', '存在的主要问题及改进情况'], [6, '六', '其他需要报告的事项'],
    ]);
    const t3 = report.tables.find((t) => t.number === 3)!;
    assert.strictEqual(t3.version, 'v2021');
    assert.strictEqual(t3.rows.length, 25);
    assert.deepStrictEqual(t3.missingRows, []);
    assert.deepStrictEqual(report.tables.map((t) => t.number), [2, 3, 4]);
  });
});

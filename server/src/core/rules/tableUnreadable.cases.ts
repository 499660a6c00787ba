import { FIRST_ROW, inEachLayout, type BuiltLayout, type InvalidCase, type RuleCase, type RuleCases } from '../../../../test/support/ruleCases';
import { buildReportText, consistentTable3 } from '../../../../test/support/reportBuilder';
import { sourceFromText } from '../../../../test/support/sourceFromText';
import { table3RowsFor } from '../template/table3';

// A table that cannot be read with certainty gets one warning at its first row, and nothing is claimed from it:
// no sum, no missing row, no cell. A reader may say so (a picture, text read column by column); the model says so
// of a table read from text when a third or more of its rows cannot be read (wrong cell count, digits with a space
// between them, cells that are not numbers): table 3 has 25 data rows, so 9 such rows (27 ≥ 25), not 8 (24).
// Fewer are the report's own errors, each reported by its rule.

const H3 = '三、收到和处理政府信息公开申请情况';
const H4 = '四、政府信息公开行政复议、行政诉讼情况';
const NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
const ROWS = table3RowsFor('v2021');
const reason = (why: string) => new RegExp(`^表三（第三部分）无法可靠读取：${why}；未校验此表，也未据此表报告任何错误$`);

/** One number too many after each of the first `n` rows' 总计 (a cell more than the seven columns). */
function extraCell(layout: BuiltLayout, n: number): Record<string, string> {
  const sep = layout === 'word' ? '\n\t' : layout === 'markdown' ? ' | ' : '\t';
  const data = consistentTable3('v2021');
  return Object.fromEntries(ROWS.slice(0, n).map((r) => [`3:${r.key}|total`, `${data[r.key][6]}${sep}3`]));
}

/** The Markdown report with `n` data rows of table 3 mangled, every other one from the top, as OCR mangles them. */
function ocrTable3(n: number, mangle: (line: string) => string): string {
  const lines = buildReportText({ layout: 'markdown' }).text.split('\n');
  let seen = 0;
  let done = 0;
  for (let i = lines.indexOf(H3); i < lines.indexOf(H4) && done < n; i++) {
    if (!/\| \d+ \| \d+ \|/.test(lines[i]) || seen++ % 2) continue;
    lines[i] = mangle(lines[i]);
    done++;
  }
  if (done < n) throw new Error(`only ${done} rows to mangle`);
  return lines.join('\n');
}
/** Two neighbouring number cells read as one: `| 3 | 0 |` → `| 3 0 |`. */
const mergeCells = (line: string) => line.replace(/\| (\d+) \| (\d+) \|/, '| $1 $2 |');
/** Digits misread as letters. */
const letters = (line: string) => line.replace(/\| 0 \|/g, '| O |').replace(/\| 1 \|/g, '| l |');

/** The Word report with table 3 replaced by `lines`, in section 三. */
function table3As(lines: string[]): string {
  const { text } = buildReportText({ layout: 'word' });
  return text.slice(0, text.indexOf(H3) + H3.length + 1) + lines.map((l) => l + '\n').join('') + text.slice(text.indexOf(H4));
}

/** Table 3 as plain `pdftotext` lists it: the header cells and row labels a line each, then each column's numbers, top to bottom. */
function columnByColumn(): string {
  const data = consistentTable3('v2021');
  const header = ['申请人情况', NOTE, '自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
  const numbers = [0, 1, 2, 3, 4, 5, 6].flatMap((c) => ROWS.map((r) => String(data[r.key][c])));
  return table3As([...header, ...ROWS.map((r) => r.label), ...numbers]);
}

/** The Word report as a document whose reader could not read table 3 (`column-order`), with a wrong total in it. */
function table3UnreadableDocument() {
  const doc = sourceFromText(buildReportText({ layout: 'word', override: { '3:granted|total': '13' } }).text);
  for (const b of doc.blocks) if (b.kind === 'table' && b.rows.some((r) => r.cells.some((c) => c.text === NOTE))) b.unreadable = 'column-order';
  return doc;
}

export const cases: RuleCases = {
  rule: 'table-unreadable',
  valid: [
    { name: 'a consistent v2021 report', spec: {}, docx: true },
    ...inEachLayout((layout): RuleCase => ({ name: '8 of 25 rows with a number too many: each row\'s own error', spec: { override: extraCell(layout, 8) }, alsoFires: ['cell-count'] })),
    { name: 'two rows whose cells OCR merged: each row\'s own error', text: ocrTable3(2, mergeCells), alsoFires: ['cell-count'] },
  ],
  invalid: [
    ...inEachLayout((layout): InvalidCase => ({
      name: '9 of 25 rows with a number too many: one warning, no error per row',
      spec: { override: extraCell(layout, 9) },
      findings: [{ at: { find: FIRST_ROW[3][layout] }, table: 3, message: reason('单元格无法确定地对应到各列') }],
    })),
    {
      // Most merged rows hold a cell such as `117 2`: one number or two?
      name: 'a Markdown table whose columns OCR merged in 10 rows',
      text: ocrTable3(10, mergeCells),
      findings: [{ at: { find: FIRST_ROW[3].markdown }, table: 3, message: reason('有一串数字可以有不止一种读法') }],
    },
    {
      name: 'a Markdown table whose digits OCR read as letters in 12 rows',
      text: ocrTable3(12, letters),
      findings: [{ at: { find: FIRST_ROW[3].markdown }, table: 3, message: reason('许多单元格不是数字（可能是识别错误）') }],
    },
    {
      // The table has no rows: its finding stands on the region's first line, not over all of it (TableModel.anchor).
      name: 'table 3 as plain pdftotext lists it, column by column',
      text: columnByColumn(),
      findings: [{ at: { find: '申请人情况' }, table: 3, message: reason('文本是按列提取的，行标签与数字分离') }],
    },
    {
      // The labels but 四、结转下年度继续办理, which would be taken for a section (see section-extra's cases).
      name: 'table 3\'s labels as lines of text, without its cells: at the first label',
      text: table3As([NOTE, '申请人情况', ...ROWS.filter((r) => r.key !== 'carried_out').map((r) => r.label)]),
      findings: [{ at: { find: NOTE }, table: 3, message: reason('只找到表格的标签，找不到其单元格（数字可能是图片，或文本未按行提取）') }],
    },
    {
      name: 'a table the reader could not read: its wrong total is not claimed',
      document: table3UnreadableDocument,
      findings: [{ at: { find: FIRST_ROW[3].word }, table: 3, message: reason('文本是按列提取的，行标签与数字分离') }],
    },
  ],
};

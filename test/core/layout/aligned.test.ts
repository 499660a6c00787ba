// Space-aligned tables in text: the real pdftotext extractions of the published reports (tables checked by hand
// against the PDFs' pages), small texts written here, and the cost on Word-export text.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { alignedTables, AlignedTable, TextLines } from '../../../server/src/core/layout';
import { readReport, REPORT_FILES } from '../../support/reports';

const FROM_PDF = path.resolve(__dirname, '../../../../../shared/reports-from-pdf');

function linesOf(text: string): TextLines & { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) if (i === text.length || text[i] === '\n') { starts.push(start); ends.push(i); start = i + 1; }
  return { count: starts.length, starts, ends };
}
const tablesOf = (text: string) => alignedTables(text, linesOf(text));
/** A table's rows as cell texts (a cell's ranges joined), `^` for a covered cell. */
const grid = (text: string, t: AlignedTable) => t.rows.map((r) => r.cells.map((c) => (c.covered ? '^' : '') + c.ranges.map((g) => text.slice(g.start, g.end)).join('')));
const shape = (ts: AlignedTable[]) => ts.map((t) => [t.firstLine + 1, t.lastLine + 1, t.unreadable ?? '']);

describe('layout: aligned tables in pdftotext -layout text', () => {
  it('01 (hongzequ_2023): table 2 with its four sub-tables, table 4’s 15 numbers; table 3 unreadable (columns)', () => {
    const text = readFileSync(path.join(FROM_PDF, '01_hongzequ_2023_pdf_layout.txt'), 'utf8');
    const ts = tablesOf(text);
    assert.deepStrictEqual(shape(ts), [[45, 79, ''], [87, 132, 'columns'], [137, 149, '']]);
    assert.deepStrictEqual(grid(text, ts[0]), [
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '0', '0', '0'], ['行政规范性文件', '0', '5', '5'],
      ['第二十条第（五）项'], ['信息内容', '本年处理决定数量'], ['行政许可', '550'],
      ['第二十条第（六）项'], ['信息内容', '本年处理决定数量'], ['行政处罚', '4119'], ['行政强制', '195'],
      ['第二十条第（八）项'], ['信息内容', '本年收费金额（单位：万元）'], ['行政事业性收费', '7730.28'],
    ]);
    const t4 = grid(text, ts[2]);
    assert.deepStrictEqual(t4.slice(-1), [['10', '1', '0', '0', '0', '0', '0', '0', '0', '0', '5', '0', '0', '0', '0']]);
    // Offsets: the number 550 is the text's own characters.
    const cell = ts[0].rows[5].cells[1].ranges[0];
    assert.strictEqual(text.slice(cell.start, cell.end), '550');
    const { starts, ends } = linesOf(text);
    const line = starts.findIndex((start, i) => start <= cell.start && cell.end <= ends[i]);
    assert.strictEqual(text.slice(starts[line], cell.end).trim().replace(/\s+/g, ' '), '行政许可 550');
    assert.strictEqual(line + 1, 59);
  });

  it('03 (huaianshi_2024): table 2 across the page break, table 4’s 15 numbers; table 3 unreadable (columns)', () => {
    const text = readFileSync(path.join(FROM_PDF, '03_huaianshi_2024_pdf_layout.txt'), 'utf8');
    const ts = tablesOf(text);
    assert.deepStrictEqual(shape(ts), [[69, 106, ''], [115, 197, 'columns'], [203, 220, '']]);
    assert.deepStrictEqual(grid(text, ts[0]), [
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '1', '0', '11'], ['行政规范性文件', '8', '26', '66'],
      ['第二十条 第（五）项'], ['信息内容', '本年处理决定数量'], ['行政许可', '447228'],
      ['第二十条 第（六）项'], ['信息内容', '本年处理决定数量'], ['行政处罚', '3985758'], ['行政强制', '88283'],
      ['第二十条 第（八）项'], ['信息内容', '本年收费金额（单位：万元）'], ['行政事业性收费', '96171.6'],
    ]);
    assert.deepStrictEqual(grid(text, ts[2]).slice(-1), [['72', '64', '178', '37', '351', '13', '4', '8', '1', '26', '12', '1', '1', '6', '20']]);
  });

  it('02 (plain pdftotext, column by column): tables 3 and 4 are column-order regions, each between its heading and the next', () => {
    const text = readFileSync(path.join(FROM_PDF, '02_hongzequ_2024_pdf_raw.txt'), 'utf8');
    const lines = text.split('\n');
    const ts = tablesOf(text);
    assert.deepStrictEqual(ts, [
      { firstLine: 97, lastLine: 388, rows: [], unreadable: 'column-order' },
      { firstLine: 391, lastLine: 445, rows: [], unreadable: 'column-order' },
    ]);
    // Each region runs from the line after its section's heading to the line before the next heading.
    assert.strictEqual(lines[96], '三、收到和处理政府信息公开申请情况');
    assert.strictEqual(lines[390], '四、政府信息公开行政复议、行政诉讼情况');
    assert.strictEqual(lines[447], '五、存在的主要问题及改进情况');
    // Table 4 there: its 15 numbers one blank line apart, 总计 between the 14th and the 15th.
    assert.deepStrictEqual(lines.slice(414, 446).filter((l) => l).join(' '), '1 1 0 0 2 1 0 0 0 1 2 0 1 0 总计 3');
  });

  it('a small table: cells as ranges, a wrapped label’s two lines one cell, an empty number cell', () => {
    // pdftotext counts every character as one column: cells start at columns 0, 30 and 41.
    const row = (label: string, a = '', b = '') => (label.padEnd(30) + a.padEnd(11) + b).trimEnd();
    const text = [row('', '甲数', '乙数'), '', row('规章', '1', '2'), '', row('部分公开（区分处理的，只计'), row('', '3', '4'), row('这一情形）'), '', row('行政规范性文件', '5')].join('\n');
    const ts = tablesOf(text);
    assert.deepStrictEqual(shape(ts), [[1, 9, '']]);
    assert.deepStrictEqual(grid(text, ts[0]), [['甲数', '乙数'], ['规章', '1', '2'], ['部分公开（区分处理的，只计这一情形）', '3', '4'], ['行政规范性文件', '5', '']]);
    const wrapped = ts[0].rows[2].cells[0].ranges;
    assert.deepStrictEqual(wrapped.map((r) => text.slice(r.start, r.end)), ['部分公开（区分处理的，只计', '这一情形）']);
  });

  it('digits with a space between (10 1: one number or two) make the table ambiguous', () => {
    const text = ['名称        甲数      乙数', '规章        10 1      2', '文件        3         4'].join('\n');
    assert.deepStrictEqual(shape(tablesOf(text)), [[1, 3, 'ambiguous']]);
  });

  it('a table of 30,000 rows is read whole, row by row (each line was compared with every other: minutes)', () => {
    const text = '行政许可          12          3          0          15\n'.repeat(30_000);
    const ts = tablesOf(text);
    assert.deepStrictEqual(shape(ts), [[1, 30_000, '']]);
    assert.strictEqual(ts[0].rows.length, 30_000);
    for (const k of [0, 14_999, 29_999]) assert.deepStrictEqual(grid(text, ts[0])[k], ['行政许可', '12', '3', '0', '15']);
  });

  it('a label set one character per line down 30,000 rows is one cell over them all (its rows overflowed the stack)', () => {
    const text = '名称    1    2    3    4    5    6    7\n'.repeat(30_000);
    const [t] = tablesOf(text);
    assert.strictEqual(t.rows.length, 30_000);
    assert.strictEqual(t.rows[0].cells[0].rowSpan, 30_000);
    assert.strictEqual(t.rows[0].cells[0].ranges.length, 30_000);
    assert.deepStrictEqual(grid(text, t)[29_999], ['^', '1', '2', '3', '4', '5', '6', '7']);
  });

  // What the search costs on such text is the bench's to measure (part 1 reads the same text), not a unit test's.
  it('Word-export text (tab-led cells) has no aligned table', () => {
    const text = REPORT_FILES.map((n) => readReport(n)).join('\n');
    assert.deepStrictEqual(tablesOf(text), []);
  });
});

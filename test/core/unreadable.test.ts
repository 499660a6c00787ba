import * as assert from 'assert';
import { check } from '../../server/src/core';
import { buildReportText } from '../support/reportBuilder';

const rules = (text: string) => check(text, { lang: 'en' }).diagnostics.map((d) => `${d.rule}${d.table ? ` ${d.table}` : ''}`);

/** The Markdown report with `n` rows of table 3 mangled by `mangle` (every other data row from the top). */
function ocrTable3(n: number, mangle: (line: string) => string): string {
  const lines = buildReportText({ layout: 'markdown' }).text.split('\n');
  const from = lines.indexOf('三、收到和处理政府信息公开申请情况');
  const to = lines.indexOf('四、政府信息公开行政复议、行政诉讼情况');
  let done = 0;
  let seen = 0;
  for (let i = from; i < to && done < n; i++) {
    if (!/\| \d+ \| \d+ \|/.test(lines[i]) || seen++ % 2) continue;
    lines[i] = mangle(lines[i]);
    done++;
  }
  assert.strictEqual(done, n, 'rows mangled');
  return lines.join('\n');
}

/** Two neighbouring number cells read as one, as OCR merges columns: `| 3 | 0 |` → `| 3 0 |`. */
const mergeCells = (line: string) => line.replace(/\| (\d+) \| (\d+) \|/, '| $1 $2 |');
/** Digits misrecognised as letters. */
const letters = (line: string) => line.replace(/\| 0 \|/g, '| O |').replace(/\| 1 \|/g, '| l |');

describe('tables that cannot be read with certainty', () => {
  it('a Markdown table whose columns OCR merged in many rows: one warning instead of a cell-count error per row', () => {
    const text = ocrTable3(10, mergeCells);
    assert.deepStrictEqual(rules(text), ['table-unreadable 3']);
    const [d] = check(text, { lang: 'en' }).diagnostics;
    // Most mangled rows hold a merged cell such as `117 2`: one number or two?
    assert.match(d.message, /^Table 3 \(section 3\) cannot be read with certainty: a run of digits has more than one reading;/);
    assert.strictEqual(d.range.start, text.indexOf('| （本列数据的勾稽关系'), 'at the table\'s first row');
  });

  it('two rows with merged cells are the report\'s own errors: each gets its cell-count error', () => {
    assert.deepStrictEqual(rules(ocrTable3(2, mergeCells)), ['cell-count 3', 'cell-count 3']);
  });

  it('a table whose digits OCR read as letters in many rows: one warning', () => {
    const text = ocrTable3(12, letters);
    assert.deepStrictEqual(rules(text), ['table-unreadable 3']);
    assert.match(check(text, { lang: 'en' }).diagnostics[0].message, /many cells are not numbers/);
  });

  it('a cell with space between its digits is one cell-count error for its row, and the row stays out of the sums', () => {
    const { text } = buildReportText({ layout: 'word', override: { '3:granted|natural': '1 0' } });
    const d = check(text, { lang: 'en' }).diagnostics;
    assert.deepStrictEqual(d.map((x) => [x.rule, x.row]), [['cell-count', 'granted']]);
    assert.match(d[0].message, /"1 0" has space between its digits and may be one number or two/);
    assert.deepStrictEqual(d[0].related?.map((r) => text.slice(r.range.start, r.range.end)), ['1 0']);
    // Padding around a number, or before its unit, is not such a space.
    for (const padded of [' 10 ', '\u00a010', '10 件', '１０\u3000']) {
      const t = buildReportText({ layout: 'word', override: { '3:granted|natural': padded } }).text;
      assert.deepStrictEqual(check(t).diagnostics.map((x) => x.rule), [], padded);
    }
  });

  it('a single misread digit is a cell-invalid error and the sums it breaks are not claimed', () => {
    const lines = buildReportText({ layout: 'word' }).text;
    const broken = lines.replace('\t二、上年结转政府信息公开申请数量\n\t\n\t\n\t2\n', '\t二、上年结转政府信息公开申请数量\n\t\n\t\n\tZ\n');
    assert.notStrictEqual(broken, lines);
    assert.deepStrictEqual(rules(broken), ['cell-invalid 3']);
  });
});

describe('a report whose structure cannot be read', () => {
  const noHeadings = { 1: null, 2: null, 3: null, 4: null, 5: null, 6: null };

  it('no section heading recognised: one warning at the title, no section-missing and no table-missing', () => {
    const { text } = buildReportText({ layout: 'word', headings: noHeadings });
    const d = check(text, { lang: 'en' }).diagnostics;
    assert.deepStrictEqual(d.map((x) => x.rule), ['structure-unreadable']);
    assert.strictEqual(text.slice(d[0].range.start, d[0].range.end), '示例县人民政府办公室2022年政府信息公开工作年度报告');
  });

  it('the tables of such a report are still checked', () => {
    const { text } = buildReportText({ layout: 'word', headings: noHeadings, override: { '4:review|total': '9' } });
    assert.deepStrictEqual(rules(text), ['structure-unreadable', 'litigation-total 4']);
  });

  it('one section recognised: the five others are missing, as errors', () => {
    const { text } = buildReportText({ layout: 'word', headings: { 2: null, 3: null, 4: null, 5: null, 6: null } });
    assert.deepStrictEqual(rules(text).filter((r) => r.startsWith('section')), Array(5).fill('section-missing'));
  });
});

import * as assert from 'assert';
import { buildReport } from '../../server/src/core/model/build';
import { readBlocks } from '../../server/src/core/parse/blocks';
import { cellList, rowList } from '../../server/src/core/parse/rawTable';
import { RowCells } from '../../server/src/core/model/rowCells';
import type { Cell, ReportModel } from '../../server/src/core/types';
import { readReport, REPORT_FILES } from '../support/reports';

const never = () => false;

/** What a block list says, line by line: text lines by their text, tables by layout and cell texts. */
function describeBlocks(text: string): string[] {
  return [...readBlocks(text, never).blocks].map((b) =>
    b.kind === 'text' ? `text ${JSON.stringify(b.line.text)}` : `${b.table.layout} ${rowList(b.table.rows).map((r) => cellList(r.cells).map((c) => c.text).join(',')).join(' / ')}`,
  );
}

/** Every table cell of a model as `table row column value text`, positions left out. */
function cellValues(report: ReportModel): string[] {
  return report.tables.flatMap((t) => t.rows.flatMap((r) => [...r.cells.values()].map((c) => `${t.number} ${r.key} ${c.column} ${c.value} ${c.text}`)));
}

describe('reading lines into blocks', () => {
  it('Word cells, tab-separated rows and pipe rows are told apart by their tabs and first character', () => {
    assert.deepStrictEqual(describeBlocks('标题\n\t1\n\t2\n\n\t3\n这是一段正文。\na\tb\n\tc\td\n| x | y |\n|---|---|\n| 1 | 2 |\n'), [
      'text "标题"',
      'word 1,2 / 3',
      'text "这是一段正文。"',
      'tsv a,b / ,c,d',
      'markdown x,y / 1,2',
    ]);
  });

  it('lines of white space make no block (a form feed too), but a line holding a zero-width space stays a text line', () => {
    assert.deepStrictEqual(describeBlocks('一\n\n \u3000\u00a0\n\f\n\u200b\n二'), ['text "一"', 'text "\u200b"', 'text "二"']);
  });

  it('a cell carries the number of its digits, in every layout, and a wrapped cell joined from two lines is read again', () => {
    const digitsOf = (text: string) => [...readBlocks(text, never).blocks].flatMap((b) => (b.kind === 'table' ? rowList(b.table.rows).flatMap((r) => cellList(r.cells).map((c) => [c.text, c.digits])) : []));
    // Plain digits up to nine (a leading zero kept in the text), and -1 for anything else: padding, a sign, ten digits, a label.
    assert.deepStrictEqual(digitsOf('\t0\n\t007\n\t123456789\n\t1234567890\n\t 5\n\t-1\n\t１\n\t标签\n\t\n'), [
      ['0', 0], ['007', 7], ['123456789', 123456789], ['1234567890', -1], [' 5', -1], ['-1', -1], ['１', -1], ['标签', -1], ['', -1],
    ]);
    assert.deepStrictEqual(digitsOf('a\t12\t\n| x | 34 |\n'), [['a', -1], ['12', 12], ['', -1], ['x', -1], ['34', 34]]);
    // A short tab-less line after a cell continues it: 1 and 2 wrapped make the cell 12.
    assert.deepStrictEqual(digitsOf('\t标签\n\t1\n2\n'), [['标签', -1], ['12', 12]]);
    // A label wrapped over two lines (商业 / 企业) is one cell of both, however often its text is read.
    assert.deepStrictEqual(digitsOf('\t商业\n企业\n\t007\n0\n'), [['商业企业', -1], ['0070', 70]]);
    for (const name of REPORT_FILES) {
      for (const b of readBlocks(readReport(name), never).blocks) {
        if (b.kind !== 'table') continue;
        for (const c of rowList(b.table.rows).flatMap((r) => cellList(r.cells))) assert.strictEqual(c.digits, /^\d{1,9}$/.test(c.text) ? Number(c.text) : -1, `${name}: ${c.text}`);
      }
    }
  });

  it('the lines are all there as offsets, blank ones included, their breaks left out', () => {
    const { lines } = readBlocks('a\r\n\r\n\tb\rc', never);
    const spans = Array.from({ length: lines.count }, (_, i) => [lines.starts[i], lines.ends[i]]);
    assert.deepStrictEqual(spans, [[0, 1], [3, 3], [5, 7], [8, 9]]);
  });

  it('what one text was read into stays its own when another text is read: nothing is shared between calls', () => {
    const first = readBlocks('标题\n\t1\n\t2\n\n正文。\n', never);
    const second = readBlocks('\t7\t8\n另一段。\n\t9\n', never);
    const shown = (r: ReturnType<typeof readBlocks>) => [...r.blocks].map((b) => (b.kind === 'text' ? b.line.text : rowList(b.table.rows).map((row) => cellList(row.cells).map((c) => c.text))));
    assert.deepStrictEqual(shown(first), ['标题', [['1', '2']], '正文。']);
    assert.deepStrictEqual(shown(second), [[['', '7', '8']], '另一段。', [['9']]]);
    assert.deepStrictEqual([first.lines.count, first.lines.starts[1], first.lines.ends[1]], [6, 3, 5]);
  });

  for (const eol of ['\r\n', '\r']) {
    it(`a real report with ${JSON.stringify(eol)} line ends reads the same cells as with LF`, () => {
      for (const name of REPORT_FILES) {
        const lf = readReport(name).replace(/\r\n?/g, '\n');
        const other = lf.replace(/\n/g, eol);
        const a = buildReport(lf);
        const b = buildReport(other);
        assert.deepStrictEqual(cellValues(b), cellValues(a), name);
        assert.ok(cellValues(a).length >= 190, name);
        assert.deepStrictEqual(b.sections.map((s) => s.title), a.sections.map((s) => s.title), name);
      }
    });
  }
});

describe('a row of cells (RowCells)', () => {
  const cell = (column: string, value: number): Cell => ({ text: String(value), range: { start: value, end: value + 1 }, valueRange: { start: value, end: value + 1 }, state: 'number', value, invalid: undefined, row: 'new', column });
  const row = new RowCells([cell('natural', 3), cell('commercial', 0), cell('total', 3)]);

  it('finds a cell by its column and reads like a map, in column order', () => {
    assert.strictEqual(row.get('commercial')?.value, 0);
    assert.strictEqual(row.get('research'), undefined);
    assert.deepStrictEqual([row.has('total'), row.has('legal'), row.size], [true, false, 3]);
    assert.deepStrictEqual([...row.keys()], ['natural', 'commercial', 'total']);
    assert.deepStrictEqual([...row.values()].map((c) => c.value), [3, 0, 3]);
    assert.deepStrictEqual([...new Map(row)].map(([k, c]) => `${k}=${c.value}`), ['natural=3', 'commercial=0', 'total=3']);
    const seen: string[] = [];
    row.forEach((c, k) => seen.push(`${k}:${c.text}`));
    assert.deepStrictEqual(seen, ['natural:3', 'commercial:0', 'total:3']);
  });

  it('the rows of a real report hold their cells in the template column order', () => {
    const t3 = buildReport(readReport(REPORT_FILES[0])).tables.find((t) => t.number === 3)!;
    for (const r of t3.rows) assert.deepStrictEqual([...r.cells.keys()], t3.columns.map((c) => c.key), r.key);
  });
});

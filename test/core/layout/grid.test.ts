// Ruled tables: the grid read from a page's border strokes, written here as a PDF draws them (points, y from the
// top), with words placed in its cells.
import * as assert from 'assert';
import { layoutDocument, LayoutBlock, LayoutPage, LayoutWord, Rule } from '../../../server/src/core/layout';
import { pageGrids } from '../../../server/src/core/layout/grid';

/** A word at x with its baseline at y, 10 points, CJK one em per character, digits half an em. */
const w = (text: string, x: number, y: number, page = 1, size = 10): LayoutWord<string> => ({
  text, page, x0: x, x1: x + text.length * size * (/^[\d.]+$/.test(text) ? 0.5 : 1), top: y - 0.88 * size, bottom: y + 0.12 * size, size, ref: text,
});
const h = (y: number, x0: number, x1: number): Rule => ({ x0, y0: y, x1, y1: y });
const v = (x: number, y0: number, y1: number): Rule => ({ x0: x, y0, x1: x, y1 });
const body = (y: number, page = 1) => w('这是正文的一行文字，字号比表格大，用来确定正文字号。', 60, y, page, 16);

const shape = (b: LayoutBlock<string>) => b.kind === 'table'
  ? { unreadable: b.unreadable, rows: b.rows.map((r) => r.cells.map((c) => (c.covered ? '^' : c.text) + (c.colSpan ? `|c${c.colSpan}` : '') + (c.rowSpan ? `|r${c.rowSpan}` : ''))) }
  : b.kind === 'paragraph' ? b.text : `picture p.${b.page} ${b.box.x0},${b.box.top}`;
const read = (pages: LayoutPage<string>[]) => layoutDocument(pages).map(shape);
const page = (words: LayoutWord<string>[], rules: Rule[], more: Partial<LayoutPage<string>> = {}): LayoutPage<string> => ({ height: 842, width: 595, words, rules, ...more });

/**
 * Columns at x 50 | 150 | 200 | 250, rows at y 100 | 120 | 140 | 160: a header cell over the two number columns,
 * a label merged over the two data rows (no rule between them in the first column).
 */
const TABLE_RULES = [
  h(100, 50, 250), h(120, 150, 250), h(140, 150, 250), h(160, 50, 250),
  v(50, 100, 160), v(150, 100, 160), v(200, 120, 160), v(250, 100, 160),
];
const tableWords = (page = 1) => [w('行政处罚', 60, 135, page), w('数量', 160, 115, page), w('3', 160, 135, page), w('4', 210, 135, page), w('5', 160, 155, page), w('6', 210, 155, page)];

describe('layout: ruled tables', () => {
  it('reads the grid: a cell spanning two columns, a cell merged down two rows and listed covered below', () => {
    assert.deepStrictEqual(read([page([body(60), ...tableWords(), body(200)], TABLE_RULES)]), [
      '这是正文的一行文字，字号比表格大，用来确定正文字号。',
      { unreadable: undefined, rows: [['行政处罚|r3', '数量|c2'], ['^', '3', '4'], ['^', '5', '6']] },
      '这是正文的一行文字，字号比表格大，用来确定正文字号。',
    ]);
  });

  it('a border drawn twice 1.5 points apart, or in pieces, is one border; a table without side borders keeps its outer columns', () => {
    const doubled = [...TABLE_RULES, h(141.5, 150, 250), h(160, 50, 120), h(160, 118, 250)];
    const grid = pageGrids(doubled)[0];
    assert.deepStrictEqual([grid.xs.length, grid.ys.length], [4, 4]);
    const sideless = TABLE_RULES.filter((r) => !(r.x0 === r.x1 && (r.x0 === 50 || r.x0 === 250)));
    assert.deepStrictEqual(read([page(tableWords(), sideless)]).map((t) => typeof t === 'object' && t.rows), [[['行政处罚|r3', '数量|c2'], ['^', '3', '4'], ['^', '5', '6']]]);
  });

  it('a lone box or a lone line is no table: its text is read as text', () => {
    const box = [h(100, 50, 250), h(160, 50, 250), v(50, 100, 160), v(250, 100, 160)];
    assert.deepStrictEqual(pageGrids(box), []);
    assert.deepStrictEqual(pageGrids([h(100, 50, 550)]), []);
    assert.deepStrictEqual(read([page([body(60), w('说明', 60, 130), body(200)], box)]).length, 3);
  });

  it('bounds for a hostile page: more rules than a page of tables has, or a grid of more cells than a table has, is no grid', () => {
    // n horizontal and n vertical rules 2.5 points apart: a grid of (n − 1)² cells.
    const lines = (n: number) => Array.from({ length: n }, (_, k) => [h(10 + k * 2.5, 10, 10 + (n - 1) * 2.5), v(10 + k * 2.5, 10, 10 + (n - 1) * 2.5)]).flat();
    assert.deepStrictEqual(pageGrids(lines(2001)), []);
    assert.strictEqual(pageGrids(lines(102)).length, 0, '101 × 101 cells');
    assert.deepStrictEqual(pageGrids(lines(90)).map((g) => [g.xs.length, g.ys.length]), [[90, 90]]);
  });

  it('a merged cell that is not a rectangle, or a word set across a border: unreadable (columns)', () => {
    // No rule under the first column's first row nor right of the second row's first cell: an L-shaped cell.
    const lShape = [h(100, 50, 250), h(120, 150, 250), h(140, 50, 250), h(160, 50, 250), v(50, 100, 160), v(150, 100, 120), v(150, 140, 160), v(200, 100, 160), v(250, 100, 160)];
    assert.strictEqual(pageGrids(lShape)[0].regular, false);
    const [l] = read([page(tableWords(), lShape)]);
    assert.strictEqual(typeof l === 'object' && l.unreadable, 'columns');
    const across = [...tableWords().filter((x) => x.text !== '4'), w('44444', 190, 135)];
    const [t] = read([page(across, TABLE_RULES)]);
    assert.strictEqual(typeof t === 'object' && t.unreadable, 'columns');
  });

  it('a table broken by a page: one table; the header repeated on the new page dropped', () => {
    const header = [h(700, 50, 250), h(720, 50, 250), v(50, 700, 720), v(150, 700, 720), v(250, 700, 720)];
    const first = [w('信息内容', 60, 715), w('数量', 160, 715), w('甲', 60, 735), w('1', 160, 735)];
    const part1 = [...header, h(740, 50, 250), v(50, 700, 740), v(150, 700, 740), v(250, 700, 740)];
    const part2 = [h(100, 50, 250), h(120, 50, 250), h(140, 50, 250), v(50, 100, 140), v(150, 100, 140), v(250, 100, 140)];
    const second = [w('信息内容', 60, 115, 2), w('数量', 160, 115, 2), w('乙', 60, 135, 2), w('2', 160, 135, 2)];
    assert.deepStrictEqual(read([page([body(600), ...first], part1), page(second, part2)]), [
      '这是正文的一行文字，字号比表格大，用来确定正文字号。',
      { unreadable: undefined, rows: [['信息内容', '数量'], ['甲', '1'], ['乙', '2']] },
    ]);
  });

  it('across a page: a row broken by it is joined; a merged label broken by it is joined; a new item is not', () => {
    // Page 1 ends with the group label （四）无 beside its first sub-item; page 2 goes on with 法提供 over two rows,
    // then a new group （五）. Then the same page 1 with a page 2 that starts with the rest of 1.丙's label: 公开.
    const rules1 = [h(700, 50, 300), h(720, 100, 300), h(740, 50, 300), h(760, 50, 300), v(50, 700, 760), v(100, 700, 760), v(200, 700, 760), v(300, 700, 760)];
    const words1 = [w('（三）', 55, 715), w('1.甲', 105, 715), w('7', 210, 715), w('2.乙', 105, 735), w('8', 210, 735), w('（四）无', 55, 755), w('1.丙', 105, 755), w('9', 210, 755)];
    const rules2 = [h(100, 50, 300), h(120, 100, 300), h(140, 50, 300), h(160, 50, 300), v(50, 100, 160), v(100, 100, 160), v(200, 100, 160), v(300, 100, 160)];
    const words2 = [w('法提供', 55, 115, 2), w('2.丁', 105, 115, 2), w('1', 210, 115, 2), w('3.戊', 105, 135, 2), w('2', 210, 135, 2), w('（五）', 55, 155, 2), w('1.己', 105, 155, 2), w('3', 210, 155, 2)];
    const [t] = read([page(words1, rules1), page(words2, rules2)]);
    assert.deepStrictEqual(typeof t === 'object' && t.rows, [
      ['（三）|r2', '1.甲', '7'], ['^', '2.乙', '8'], ['（四）无法提供|r3', '1.丙', '9'], ['^', '2.丁', '1'], ['^', '3.戊', '2'], ['（五）', '1.己', '3'],
    ]);
    const broken = [w('公开', 105, 115, 2), w('3.戊', 105, 135, 2), w('2', 210, 135, 2)];
    const rules3 = [h(100, 50, 300), h(120, 50, 300), h(140, 50, 300), v(50, 100, 140), v(100, 100, 140), v(200, 100, 140), v(300, 100, 140)];
    const [u] = read([page(words1, rules1), page(broken, rules3)]);
    assert.deepStrictEqual(typeof u === 'object' && u.rows.slice(2), [['（四）无', '1.丙公开', '9'], ['', '3.戊', '2']]);
    // A new group at the top of page 2, merged over two rows like the one it follows: its own cell.
    const group = [w('（五）', 55, 115, 2), w('1.庚', 105, 115, 2), w('4', 210, 115, 2), w('2.辛', 105, 135, 2), w('5', 210, 135, 2)];
    const rules4 = [h(100, 50, 300), h(120, 100, 300), h(140, 50, 300), v(50, 100, 140), v(100, 100, 140), v(200, 100, 140), v(300, 100, 140)];
    const [g] = read([page(words1, rules1), page(group, rules4)]);
    assert.deepStrictEqual(typeof g === 'object' && g.rows.slice(2), [['（四）无', '1.丙', '9'], ['（五）|r2', '1.庚', '4'], ['^', '2.辛', '5']]);
  });

  it('a picture as wide as a table with no text on it is a picture block; a seal, or a picture under text, is not', () => {
    const picture = { x0: 60, top: 300, x1: 540, bottom: 600 };
    const seal = { x0: 400, top: 650, x1: 520, bottom: 770 };
    assert.deepStrictEqual(read([page([body(100), body(700)], [], { pictures: [picture, seal] })]), [
      '这是正文的一行文字，字号比表格大，用来确定正文字号。', 'picture p.1 60,300', '这是正文的一行文字，字号比表格大，用来确定正文字号。',
    ]);
    assert.deepStrictEqual(read([page([body(100), body(450)], [], { pictures: [picture] })]).length, 1);
  });
});

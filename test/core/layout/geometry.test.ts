// The layout on positioned words written here, as a PDF's text layer gives them (points, y from the top).
import * as assert from 'assert';
import { layoutDocument, LayoutBlock, LayoutWord } from '../../../server/src/core/layout';

let id = 0;
/** A word at x, with its baseline at y, in a 10-point font. */
const w = (text: string, x: number, y: number, size = 10): LayoutWord<number> => ({
  text, page: 1, x0: x, x1: x + text.length * size * (/^[\d.]+$/.test(text) ? 0.5 : 1), top: y - 0.88 * size, bottom: y + 0.12 * size, size, ref: id++,
});
const grid = (b: LayoutBlock<number>) => (b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => (c.covered ? '^' : '') + c.text + (c.rowSpan ? `|r${c.rowSpan}` : ''))) : b.kind === 'paragraph' ? b.text : 'picture');
const page = (words: LayoutWord<number>[]) => layoutDocument([{ height: 842, words }]);
const body = (y: number) => w('这是正文的一行文字，字号比表格大，用来确定正文字号。', 60, y, 16);

describe('layout: positioned words', () => {
  it('a wrapped label around its number line, a group label in the middle of its rows, an empty cell', () => {
    const blocks = page([
      body(100),
      w('（二）部分公开（区分', 60, 200), w('处理的）', 60, 215), w('4', 300, 208), w('0', 340, 208),
      w('（三）不予', 60, 265), w('公开', 60, 280),
      w('1.属于国家秘密', 140, 236), w('1', 300, 236), w('0', 340, 236),
      w('2.其他', 140, 260), w('0', 300, 260), w('0', 340, 260),
      w('3.危及', 140, 284), w('2', 300, 284),
      w('4.保护', 140, 308), w('0', 300, 308), w('0', 340, 308),
      body(400),
    ]);
    assert.deepStrictEqual(blocks.map(grid), [
      '这是正文的一行文字，字号比表格大，用来确定正文字号。',
      [['（二）部分公开（区分处理的）', '4', '0'], ['（三）不予公开|r4', '1.属于国家秘密', '1', '0'], ['^', '2.其他', '0', '0'], ['^', '3.危及', '2', ''], ['^', '4.保护', '0', '0']],
      '这是正文的一行文字，字号比表格大，用来确定正文字号。',
    ]);
    const t = blocks[1];
    assert.ok(t.kind === 'table' && !t.unreadable);
  });

  it('digits with a space inside one run (10 1) make the table ambiguous; two close numbers are two cells', () => {
    const ambiguous = page([body(100), w('规章', 60, 200), w('10 1', 300, 200), w('文件', 60, 224), w('3', 300, 224), w('4', 340, 224), body(400)]);
    assert.strictEqual(ambiguous[1].kind === 'table' && ambiguous[1].unreadable, 'ambiguous');
  });

  it('a row whose numbers stand in the columns the next row leaves empty: unreadable (columns), nothing guessed', () => {
    const blocks = page([body(100), w('规章', 60, 200), w('1', 300, 200), w('2', 340, 200), w('甲', 60, 224), w('3', 300, 224), w('乙', 60, 248), w('5', 340, 248), body(400)]);
    assert.strictEqual(blocks[1].kind === 'table' && blocks[1].unreadable, 'columns');
  });
});

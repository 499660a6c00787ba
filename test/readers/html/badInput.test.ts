// Pages that are broken, odd or not pages at all: read without a crash or a hang, into what they hold.
import * as assert from 'assert';
import { htmlReader, mhtmlReader } from '../../../server/src/readers/html';
import { ReaderError } from '../../../server/src/readers/reader';
import { nestedDivs, nestedHtmlTables } from '../../support/readerShapes';
import { blocksShort, read } from './helpers';

describe('html reader: bad input', () => {
  it('a page cut off inside a tag, a table or an entity keeps what came before', async () => {
    assert.deepStrictEqual(blocksShort(await read('<html><body><p>一、总体情况</p><p>全年公开&nb')), ['一、总体情况', '全年公开&nb']);
    assert.deepStrictEqual(blocksShort(await read('<p>甲</p><table><tr><td>自然人</td><td>总')), ['甲', [['自然人', '总']]]);
    assert.deepStrictEqual(blocksShort(await read('<p>甲</p><p class="x')), ['甲']);
  });

  it('random bytes and binary files read as whatever text they hold, never throw', async () => {
    let seed = 7;
    const random = new Uint8Array(20_000).map(() => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff);
    const doc = await htmlReader.read(random);
    assert.strictEqual(doc.format, 'html');
    assert.strictEqual(htmlReader.sniff(random), false);
    assert.deepStrictEqual(await htmlReader.read(new Uint8Array(0)), { format: 'html', blocks: [] });
  });

  it('a page nested deeper than browsers nest (512 elements, <html> and <body> counted) is too-deep, not read in part; 512 deep is read', async () => {
    const divs = (depth: number) => `<html><body><p>顶</p>${'<div>'.repeat(depth)}深${'</div>'.repeat(depth)}</body></html>`;
    assert.deepStrictEqual(blocksShort(await read(divs(510))), ['顶', '深']);
    await assert.rejects(read(divs(511)), (e: unknown) => e instanceof ReaderError && e.reason === 'too-deep' && e.message === 'too-deep: elements nested more than 512 deep');
    // The shapes the fuzz run met, refused by the parser at the 513th element (the small-heap test shows it stops there).
    for (const bytes of [nestedDivs(1e5), nestedHtmlTables(1e5)]) {
      await assert.rejects(htmlReader.read(bytes), (e: unknown) => e instanceof ReaderError && e.reason === 'too-deep');
    }
    // Tables nested in cells: each level is four elements deep (table, tbody, tr, td).
    assert.deepStrictEqual(blocksShort(await read(`<p>顶</p>${'<table><tr><td>'.repeat(127)}深`)), ['顶', '深']);
    await assert.rejects(read(`<p>顶</p>${'<table><tr><td>'.repeat(128)}深`), (e: unknown) => e instanceof ReaderError && e.reason === 'too-deep');
  });

  it('a table of a thousand columns and huge spans is read in one pass, its spans clamped as the standard clamps them', async () => {
    const wide = `<table><tr>${'<td>1</td>'.repeat(1000)}</tr><tr><td colspan="99999" rowspan="99999">甲</td></tr></table>`;
    const doc = await read(wide);
    const table = doc.blocks[0];
    assert.ok(table.kind === 'table');
    assert.deepStrictEqual([table.rows.length, table.rows[0].cells.length, table.rows[1].cells[0].colSpan, table.rows[1].cells[0].rowSpan], [2, 1000, 1000, undefined]);
  });

  it('an MHTML message cut off in its part headers is a reader error, not a crash', async () => {
    const cut = new TextEncoder().encode('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/ht');
    await assert.rejects(mhtmlReader.read(cut), (e: unknown) => e instanceof ReaderError);
  });
});

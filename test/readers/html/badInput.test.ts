// Pages that are broken, odd or not pages at all: read without a crash or a hang, into what they hold.
import * as assert from 'assert';
import { htmlReader, mhtmlReader } from '../../../server/src/readers/html';
import { ReaderError } from '../../../server/src/readers/reader';
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

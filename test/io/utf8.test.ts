import * as assert from 'assert';
import { decodeFile } from '../../server/src/io/encoding';
import { utf8Text } from '../../server/src/io/utf8';
import { readReport, REPORT_FILES } from '../support/reports';

/** The reports one after another until the bytes pass the size below which V8's decoder is used. */
function collection(): string {
  const parts: string[] = [];
  for (let k = 0; Buffer.byteLength(parts.join('\n')) < 200_000; k++) parts.push(readReport(REPORT_FILES[k % REPORT_FILES.length]));
  return parts.join('\n');
}

describe('UTF-8 bytes to text', () => {
  it('gives the string V8 decodes, for each real report and for a collection of them past 64 KB', () => {
    for (const text of [...REPORT_FILES.map(readReport), collection()]) {
      const bytes = Buffer.from(text, 'utf8');
      assert.strictEqual(utf8Text(bytes), bytes.toString('utf8'));
      assert.strictEqual(utf8Text(bytes), text);
    }
  });

  it('keeps a BOM as U+FEFF, surrogate pairs whole, and reads a view of a larger buffer exactly', () => {
    const text = '\uFEFF' + collection() + '𠀀😀\u0000é';
    const bytes = Buffer.from(text, 'utf8');
    assert.strictEqual(utf8Text(bytes), text);
    const padded = Buffer.concat([Buffer.from('前'), bytes, Buffer.from('后')]);
    assert.strictEqual(utf8Text(padded.subarray(3, 3 + bytes.length)), text);
  });

  it('a large text of Latin characters only reads the same', () => {
    const text = 'é'.repeat(100_000) + '\n' + 'ab'.repeat(50_000) + '中';
    assert.strictEqual(utf8Text(Buffer.from(text, 'utf8')), text);
  });

  it('is undefined for bytes that are not UTF-8, wherever the bad byte stands', () => {
    const good = Buffer.from(collection(), 'utf8');
    for (const at of [0, 1000, good.length - 1]) {
      const bad = Buffer.from(good);
      bad[at] = 0xff;
      assert.strictEqual(utf8Text(bad), undefined, `0xff at ${at}`);
    }
    const cut = Buffer.from(collection() + '中', 'utf8');
    assert.strictEqual(utf8Text(cut.subarray(0, cut.length - 1)), undefined, 'a character cut short at the end');
  });
});

describe('a file that is mostly control characters reads as binary', () => {
  const decode = (s: string) => decodeFile(Buffer.from(s, 'utf8'));
  it('a tenth is allowed, more is not', () => {
    assert.deepStrictEqual(decode('\u0001'.repeat(10) + 'a'.repeat(90)), { ok: true, text: '\u0001'.repeat(10) + 'a'.repeat(90), encoding: 'utf-8', bom: false });
    assert.deepStrictEqual(decode('\u0001'.repeat(11) + 'a'.repeat(90)), { ok: false, reason: 'binary' });
    assert.deepStrictEqual(decode('\u007f\ufffd\u001b' + 'x'.repeat(20)), { ok: false, reason: 'binary' });
  });
  it('tab, line breaks, vertical tab and form feed are text', () => {
    const text = '\t\n\r\u000b\u000c'.repeat(1000) + '报告';
    assert.deepStrictEqual(decode(text), { ok: true, text, encoding: 'utf-8', bom: false });
  });
});

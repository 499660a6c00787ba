// The .docx fix writer: only word/document.xml changes, every other entry's local record is copied byte for byte,
// the directory points at the moved entries; archives it cannot rewrite exactly are refused.
import * as assert from 'assert';
import { crc32 } from 'zlib';
import { strToU8, unzipSync, Zip, ZipDeflate, zipSync } from 'fflate';
import { readDocx, writeDocxEdits } from '../../../server/src/readers/docx';
import { readZipDirectory, u16 } from '../../../server/src/readers/docx/zip';
import { fillTemplate } from '../../support/fillTemplate';
import { docxOf, documentText, documentXml, p, tbl, tc, tr } from './helpers';

/** Each entry's local record (header, name, extra field, data), by name. */
function localRecords(bytes: Uint8Array): Map<string, Uint8Array> {
  const dir = readZipDirectory(bytes)!;
  return new Map(dir.entries.map((e) => {
    const length = 30 + u16(bytes, e.localOffset + 26) + u16(bytes, e.localOffset + 28) + e.compressedSize;
    return [e.name, bytes.subarray(e.localOffset, e.localOffset + length)];
  }));
}

/** The central directory record of every entry with its local-header offset and document.xml's sizes and CRC zeroed. */
function directoryRecords(bytes: Uint8Array): Map<string, number[]> {
  const dir = readZipDirectory(bytes)!;
  return new Map(dir.entries.map((e) => {
    const record = Array.from(bytes.subarray(e.recordOffset, e.recordOffset + e.recordLength));
    record.fill(0, 42, 46);
    if (e.name === 'word/document.xml') record.fill(0, 16, 28);
    return [e.name, record];
  }));
}

describe('docx fix writer', () => {
  const bytes = fillTemplate({ title: '某县2021年度政府信息公开工作年度报告', table3: { new: { natural: '12', total: '12' } } });
  const xml = documentText(bytes);
  const at = xml.indexOf('>12<') + 1;

  it('changes only the edited characters of document.xml; every other entry is copied byte for byte', () => {
    const fixed = writeDocxEdits(bytes, [{ start: at, end: at + 2, text: '345' }]);
    assert.strictEqual(documentText(fixed), xml.slice(0, at) + '345' + xml.slice(at + 2));
    const before = localRecords(bytes);
    const after = localRecords(fixed);
    assert.deepStrictEqual([...after.keys()], [...before.keys()]);
    assert.strictEqual(before.size, 16);
    for (const [name, record] of before) if (name !== 'word/document.xml') assert.deepStrictEqual(after.get(name), record, name);
    assert.deepStrictEqual(directoryRecords(fixed), directoryRecords(bytes));
    // fflate checks no CRC when it reads, so check the new CRC and sizes here (with Node's own CRC-32).
    const dir = readZipDirectory(fixed)!;
    const doc = dir.entries.find((e) => e.name === 'word/document.xml')!;
    const raw = unzipSync(fixed, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'];
    assert.strictEqual(doc.size, raw.length);
    assert.strictEqual(doc.crc, crc32(raw));
    assert.strictEqual(doc.method, 8);
  });

  it('a Buffer that is a view into a larger one (as fs gives) is written the same, and left as it was', () => {
    const pooled = Buffer.concat([Buffer.from('junk before'), Buffer.from(bytes), Buffer.from('junk after')]);
    const input = pooled.subarray(11, 11 + bytes.length);
    const copy = Buffer.from(pooled);
    const fixed = writeDocxEdits(input, [{ start: at, end: at + 2, text: '345' }]);
    assert.ok(Buffer.from(fixed).equals(Buffer.from(writeDocxEdits(bytes, [{ start: at, end: at + 2, text: '345' }]))));
    assert.ok(pooled.equals(copy), 'the input bytes changed');
  });

  it('the result re-reads with the new number in its cell', () => {
    const fixed = writeDocxEdits(bytes, [{ start: at, end: at + 2, text: '345' }]);
    const table3 = readDocx(fixed).blocks.filter((b) => b.kind === 'table')[1];
    assert.ok(table3.kind === 'table');
    assert.deepStrictEqual(table3.rows[3].cells.map((c) => c.text), ['一、本年新收政府信息公开申请数量', '345', '', '', '', '', '', '12']);
  });

  it('several edits, a stored (not deflated) document.xml, and a byte order mark are written right', () => {
    const body = documentXml(tbl(tr(tc(p('1')), tc(p('2')))));
    const stored = zipSync({ 'word/document.xml': [new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(body)]), { level: 0 }], 'word/styles.xml': strToU8('<w:styles/>') });
    const text = documentText(stored);
    assert.strictEqual(text, body); // the decoded string leaves the byte order mark out
    const one = text.indexOf('>1<') + 1;
    const two = text.indexOf('>2<') + 1;
    const fixed = writeDocxEdits(stored, [{ start: one, end: one + 1, text: '10' }, { start: two, end: two + 1, text: '' }]);
    const raw = unzipSync(fixed)['word/document.xml'];
    assert.deepStrictEqual(Array.from(raw.subarray(0, 3)), [0xef, 0xbb, 0xbf]);
    assert.strictEqual(documentText(fixed), body.slice(0, one) + '10' + body.slice(one + 1, two) + body.slice(two + 1));
    assert.deepStrictEqual(readDocx(fixed).blocks.map((b) => b.kind === 'table' && b.rows[0].cells.map((c) => c.text)), [['10', '']]);
  });

  it('rewrites a document.xml followed by a data descriptor (as LibreOffice and streaming zippers write it)', () => {
    const body = documentXml(tbl(tr(tc(p('81')), tc(p('x')))));
    const chunks: Uint8Array[] = [];
    const zip = new Zip((err, chunk) => {
      if (err) throw err;
      chunks.push(chunk);
    });
    for (const [name, text] of [['word/document.xml', body], ['word/styles.xml', '<w:styles/>']]) {
      const entry = new ZipDeflate(name);
      zip.add(entry);
      entry.push(strToU8(text), true);
    }
    zip.end();
    const streamed = new Uint8Array(Buffer.concat(chunks));
    const before = readZipDirectory(streamed)!.entries;
    assert.deepStrictEqual(before.map((e) => e.flags & 8), [8, 8]);
    const at = body.indexOf('>81<') + 1;
    const fixed = writeDocxEdits(streamed, [{ start: at, end: at + 2, text: '18' }]);
    const after = readZipDirectory(fixed)!.entries;
    assert.deepStrictEqual(after.map((e) => e.flags & 8), [0, 8]);
    // The styles entry, header, data and descriptor, moved as it was.
    const tail = (b: Uint8Array, e: { localOffset: number }, dirStart: number) => b.subarray(e.localOffset, dirStart);
    assert.deepStrictEqual(tail(fixed, after[1], readZipDirectory(fixed)!.start), tail(streamed, before[1], readZipDirectory(streamed)!.start));
    assert.strictEqual(documentText(fixed), body.slice(0, at) + '18' + body.slice(at + 2));
    assert.strictEqual(after[0].crc, crc32(unzipSync(fixed)['word/document.xml']));
  });

  it('refuses archives it cannot rewrite exactly, and edits out of order', () => {
    const good = docxOf({ document: documentXml(p('1')) });
    const withFlag = (bit: number) => {
      const b = good.slice();
      const e = readZipDirectory(b)!.entries.find((x) => x.name === 'word/document.xml')!;
      b[e.recordOffset + 8] |= bit;
      return b;
    };
    assert.throws(() => writeDocxEdits(withFlag(1), []), /encrypted/);
    // Flag bit 3 without the data descriptor after the data: the record's end cannot be known.
    assert.throws(() => writeDocxEdits(withFlag(8), []), /data descriptor that does not match/);
    assert.throws(() => writeDocxEdits(strToU8('not a zip'), []), /not a zip/);
    // An end record saying 0xFFFF entries: the counts are in a zip64 record.
    const zip64 = good.slice();
    const end = readZipDirectory(zip64)!.endRecord;
    zip64.set([0xff, 0xff, 0xff, 0xff], end + 8);
    assert.throws(() => writeDocxEdits(zip64, []), /zip64/);
    assert.throws(() => writeDocxEdits(zipSync({ 'a.xml': strToU8('<a/>') }), []), /no word\/document\.xml/);
    assert.throws(() => writeDocxEdits(good, [{ start: 10, end: 12, text: '' }, { start: 5, end: 6, text: '' }]), /out of order/);
  });
});

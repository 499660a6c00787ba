// Files the reader cannot read give a ReaderError with the reason, never a crash; sniff and isLegacyWord judge by
// content. The OLE files are built here: a 512-byte-sector compound file whose directory names the given streams.
import * as assert from 'assert';
import { strToU8, zipSync } from 'fflate';
import { ReaderError } from '../../../server/src/readers/reader';
import { docxReader, isLegacyWord, readDocx } from '../../../server/src/readers/docx';
import { readFileSync } from 'fs';
import { TEMPLATE_PATH } from '../../support/fillTemplate';
import { LYING_DECLARED, lyingSize, nestedTables, openedProperties } from '../../support/readerShapes';
import { blocksShort, docxOf, documentXml, p } from './helpers';

/** A compound file: header, one FAT sector (sector 0), one directory sector (sector 1) with a root and `names`. */
function oleFile(names: string[]): Uint8Array {
  const b = new Uint8Array(512 * 3);
  const v = new DataView(b.buffer);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  v.setUint16(0x18, 0x3e, true);
  v.setUint16(0x1a, 3, true);
  v.setUint16(0x1c, 0xfffe, true);
  v.setUint16(0x1e, 9, true);
  v.setUint16(0x20, 6, true);
  v.setUint32(0x2c, 1, true); // one FAT sector
  v.setUint32(0x30, 1, true); // the directory starts at sector 1
  v.setUint32(0x44, 0xfffffffe, true); // no DIFAT sectors
  for (let i = 0; i < 109; i++) v.setUint32(0x4c + 4 * i, i === 0 ? 0 : 0xffffffff, true);
  const fat = 512;
  v.setUint32(fat, 0xfffffffd, true); // sector 0 holds the FAT
  v.setUint32(fat + 4, 0xfffffffe, true); // the directory is one sector
  ['Root Entry', ...names].forEach((name, i) => {
    const e = 1024 + 128 * i;
    for (let k = 0; k < name.length; k++) v.setUint16(e + 2 * k, name.charCodeAt(k), true);
    v.setUint16(e + 0x40, 2 * name.length + 2, true);
    b[e + 0x42] = i === 0 ? 5 : 2;
  });
  return b;
}

async function reason(bytes: Uint8Array): Promise<string> {
  try {
    await docxReader.read(bytes);
  } catch (e) {
    assert.ok(e instanceof ReaderError, String(e));
    return e.reason;
  }
  return 'read';
}

describe('docx reader: files it cannot read', () => {
  it('a password-protected .docx (an OLE file with EncryptedPackage) is encrypted; other OLE files are legacy Word', async () => {
    const encrypted = oleFile(['EncryptionInfo', 'EncryptedPackage']);
    const doc = oleFile(['WordDocument', '1Table']);
    assert.strictEqual(await reason(encrypted), 'encrypted');
    assert.strictEqual(await reason(doc), 'legacy-word');
    assert.deepStrictEqual([isLegacyWord(encrypted), isLegacyWord(doc), isLegacyWord(docxOf({ document: documentXml('') }))], [false, true, false]);
    // The protected file is claimed by the .docx reader (which says `encrypted`); the .doc by nobody.
    assert.deepStrictEqual([docxReader.sniff(encrypted), docxReader.sniff(doc)], [true, false]);
  });

  it('a zip without word/document.xml (an .xlsx) is no-document, and not sniffed as a Word document', async () => {
    const xlsx = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), '[Content_Types].xml': strToU8('<Types/>') });
    assert.strictEqual(await reason(xlsx), 'no-document');
    assert.strictEqual(docxReader.sniff(xlsx), false);
    assert.strictEqual(docxReader.sniff(docxOf({ document: documentXml(p('x')) })), true);
  });

  it('broken zips and broken XML are corrupt: truncated, garbage, an empty file, mismatched tags, bad UTF-8', async () => {
    const good = docxOf({ document: documentXml(p('一、总体情况')) });
    assert.strictEqual(await reason(good.subarray(0, good.length - 30)), 'corrupt');
    assert.strictEqual(await reason(good.subarray(0, 200)), 'corrupt');
    assert.strictEqual(await reason(new Uint8Array(0)), 'corrupt');
    assert.strictEqual(await reason(strToU8('政府信息公开工作年度报告')), 'corrupt');
    assert.strictEqual(await reason(docxOf({ document: documentXml('<w:p><w:r><w:t>x</w:r></w:p>') })), 'corrupt');
    const badUtf8 = zipSync({ 'word/document.xml': Uint8Array.of(0x3c, 0x61, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x61, 0x3e) });
    assert.strictEqual(await reason(badUtf8), 'corrupt');
    // The entry's data overwritten with garbage: the inflater fails, and that is corrupt too.
    const garbled = good.slice();
    const at = garbled.indexOf(0x50, 40);
    garbled.fill(0x55, 60, Math.min(garbled.length - 120, at + 400));
    assert.strictEqual(await reason(garbled), 'corrupt');
  });

  it('an encrypted zip entry is encrypted', async () => {
    const bytes = docxOf({ document: documentXml(p('x')) }).slice();
    // Set bit 0 of the general purpose flags in document.xml's central directory record.
    const name = strToU8('word/document.xml');
    for (let i = 0; i + 46 < bytes.length; i++) {
      if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 1 && bytes[i + 3] === 2 && name.every((c, k) => bytes[i + 46 + k] === c)) bytes[i + 8] |= 1;
    }
    assert.strictEqual(await reason(bytes), 'encrypted');
  });

  it('a part declared larger than the reader inflates is refused before inflating', () => {
    const bytes = docxOf({ document: documentXml(p('x')) }).slice();
    const name = strToU8('word/document.xml');
    for (let i = 0; i + 46 < bytes.length; i++) {
      if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 1 && bytes[i + 3] === 2 && name.every((c, k) => bytes[i + 46 + k] === c)) new DataView(bytes.buffer).setUint32(i + 24, 0x7fffffff, true);
    }
    assert.throws(() => readDocx(bytes), (e: unknown) => e instanceof ReaderError && e.reason === 'corrupt' && /2147483647 bytes/.test(e.message));
  });

  it('a part that inflates past the size its zip declares is inflated no further and refused: 16 MB of zeros declared as 1,000 bytes', () => {
    const bytes = zipSync({ 'word/document.xml': new Uint8Array(16 * 2 ** 20) }, { level: 9 });
    const name = strToU8('word/document.xml');
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const named = (at: number) => name.every((c, k) => bytes[at + k] === c);
    for (let i = 0; i + 46 < bytes.length; i++) {
      // The local header's and the central directory's uncompressed sizes.
      if (view.getUint32(i, true) === 0x04034b50 && named(i + 30)) view.setUint32(i + 22, 1000, true);
      if (view.getUint32(i, true) === 0x02014b50 && named(i + 46)) view.setUint32(i + 24, 1000, true);
    }
    assert.throws(() => readDocx(bytes), (e: unknown) => e instanceof ReaderError && e.message === 'corrupt: word/document.xml inflates to more than the 1000 bytes its zip entry declares');
  });

  it('a part whose declared size ends where a whole document does, and which inflates on past it, is refused, not read as that document', () => {
    // A megabyte of spaces after the root's end tag: cut at the declared size, the part would read as a good document.
    assert.throws(() => readDocx(lyingSize(1e6)), (e: unknown) => e instanceof ReaderError && e.message === `corrupt: word/document.xml inflates to more than the ${LYING_DECLARED} bytes its zip entry declares`);
    assert.deepStrictEqual(blocksShort(readDocx(lyingSize(0))), ['一、总体情况']);
    // A part that inflates to less than it declares is read as what it holds (no bytes are made up).
    const short = zipSync({ 'word/document.xml': strToU8(documentXml(p('x'))) });
    const name = strToU8('word/document.xml');
    const view = new DataView(short.buffer, short.byteOffset);
    for (let i = 0; i + 46 < short.length; i++) {
      if (view.getUint32(i, true) === 0x02014b50 && name.every((c, k) => short[i + 46 + k] === c)) view.setUint32(i + 24, 5000, true);
    }
    assert.deepStrictEqual(blocksShort(readDocx(short)), ['x']);
  });

  it('tables nested deeper than 64 are too-deep and the file is not read; 64 deep are read', () => {
    assert.deepStrictEqual(blocksShort(readDocx(nestedTables(64))), ['一、总体情况', '总计 3']);
    const tooDeep = (e: unknown) => e instanceof ReaderError && e.message === 'too-deep: tables nested more than 64 deep';
    assert.throws(() => readDocx(nestedTables(65)), tooDeep);
    // The fuzz run's file (10 KB, 10^5 deep) and tables of two cells nested in the second cell, whose nested tables
    // are handed up level by level (3·10^4 deep took 54 s).
    assert.throws(() => readDocx(nestedTables(1e5)), tooDeep);
    const twoCells = (depth: number) => docxOf({ document: documentXml(`${'<w:tbl><w:tr><w:tc><w:p/></w:tc><w:tc>'.repeat(depth)}${p('深')}${'</w:tc></w:tr></w:tbl>'.repeat(depth)}`) });
    assert.throws(() => readDocx(twoCells(3e4)), tooDeep);
    const read = readDocx(twoCells(64)).blocks;
    assert.deepStrictEqual([read.length, blocksShort({ format: 'docx', blocks: read.slice(-1) })], [64, [[['', '深']]]]);
  });

  it('elements nested deeper than 1024 are too-deep (a part of a million nested w:pPr, 22 KB deflated, took 390 MB to stream)', () => {
    // w:document, w:body and w:p around the hyperlinks, w:r and w:t inside: 1019 hyperlinks make the w:t 1024 deep.
    const links = (n: number) => docxOf({ document: documentXml(`<w:p>${'<w:hyperlink>'.repeat(n)}<w:r><w:t>x</w:t></w:r>${'</w:hyperlink>'.repeat(n)}</w:p>`) });
    assert.deepStrictEqual(blocksShort(readDocx(links(1019))), ['x']);
    const tooDeep = (e: unknown) => e instanceof ReaderError && e.message === 'too-deep: elements nested more than 1024 deep';
    assert.throws(() => readDocx(links(1020)), tooDeep);
    assert.throws(() => readDocx(openedProperties(1e6)), tooDeep);
  });

  it('entities a DOCTYPE declares are not expanded (the billion laughs): the part is refused as corrupt', async () => {
    let dtd = '<!DOCTYPE lolz [<!ENTITY lol "lol">';
    for (let i = 1; i < 10; i++) dtd += `<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`;
    const xml = `<?xml version="1.0"?>${dtd}]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${p('&lol9;')}</w:body></w:document>`;
    assert.strictEqual(await reason(docxOf({ document: xml })), 'corrupt');
  });

  it('never crashes on damaged files: the template truncated anywhere, its document.xml with bytes overwritten', async () => {
    const template = new Uint8Array(readFileSync(TEMPLATE_PATH));
    const outcomes = new Map<string, number>();
    const count = (o: string) => outcomes.set(o, (outcomes.get(o) ?? 0) + 1);
    for (let cut = 0; cut < template.length; cut += 97) count(await reason(template.subarray(0, cut)));
    // A stored (uncompressed) document.xml, so that overwritten bytes reach the XML; a fixed pseudo-random sequence.
    const xml = documentXml(p('一、总体情况') + '<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>1&amp;2</w:t></w:r></w:p></w:tc></w:tr></w:tbl>');
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let trial = 0; trial < 300; trial++) {
      const bytes = strToU8(xml);
      for (let k = 0; k < 3; k++) bytes[Math.floor(random() * bytes.length)] = '<>/&;"=w:#x1 '.charCodeAt(Math.floor(random() * 13));
      count(await reason(zipSync({ 'word/document.xml': [bytes, { level: 0 }] })));
    }
    // Every outcome is a document or a ReaderError (reason() fails the test on anything else).
    assert.deepStrictEqual([...outcomes.keys()].sort(), ['corrupt', 'read']);
  });
});

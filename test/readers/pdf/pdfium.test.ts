// PDFium's characters into the layout's words (words.ts), and the reader's use of PDFium: passwords, and every
// object and buffer freed (the wasm heap stays flat over many reads).
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pdfReader } from '../../../server/src/readers/pdf';
import { extractPages } from '../../../server/src/readers/pdf/pdfium';
import { heapOf, pdfiumModule, readWasm } from '../../../server/src/readers/pdf/pdfiumModule';
import { charWords, PdfChar } from '../../../server/src/readers/pdf/words';
import { ReaderError } from '../../../server/src/readers/reader';
import { requireSoffice } from '../../support/libreoffice';

const PUBLISHED = path.resolve(__dirname, '../../../../../shared/published');

/** Characters of one line at size 10, baseline 100, each 5 wide (digits) or 10 (CJK), from x; gaps in points before each. */
function line(text: string, x: number, gaps: number[] = []): PdfChar[] {
  return [...text].map((ch, i) => {
    const code = ch.codePointAt(0)!, width = code > 0x2e80 ? 10 : 5;
    x += gaps[i] ?? 0;
    const c = { code, x0: x, x1: x + width, top: 91.2, bottom: 101.2, baseline: 100, size: 10 };
    x += width;
    return c;
  });
}
const texts = (chars: PdfChar[]) => charWords(chars, 1).map((w) => w.text);

describe('pdf reader: characters into words', () => {
  it('a run is one word; a gap over 0.6 em ends it; a gap of 0.1–0.6 em is a space inside it', () => {
    assert.deepStrictEqual(texts(line('本年度', 0)), ['本年度']);
    assert.deepStrictEqual(texts(line('101', 0, [0, 0, 3])), ['10 1'], '`10 1` is one word, two readings');
    assert.deepStrictEqual(texts(line('1010', 0, [0, 0, 7])), ['10', '10']);
    assert.deepStrictEqual(texts(line('12', 0, [0, 1])), ['12'], 'a gap of 0.1 em is no space');
    const uneven = line('第二十条', 0).map((c, i) => ({ ...c, baseline: c.baseline + (i % 2) * 0.5 }));
    assert.deepStrictEqual(texts(uneven), ['第二十条'], 'a baseline moved by 0.05 em is the same line');
  });

  it('spaces stand inside a word, never at its ends; a control character ends a word', () => {
    assert.deepStrictEqual(texts(line(' 情  形 ', 0)), ['情  形']);
    assert.deepStrictEqual(texts(line('a\u0002b', 0)), ['a', 'b']);
  });

  it('a word knows its box, size and source location (rounded to 0.1 pt)', () => {
    assert.deepStrictEqual(charWords(line('总计', 80.04), 3)[0], {
      text: '总计', page: 3, x0: 80.04, x1: 100.04, top: 91.2, bottom: 101.2, size: 10, ref: { format: 'pdf', page: 3, x: 80, y: 91.2 },
    });
  });

  it('CJK characters one under the other, one em apart, are one tall word; a lower line starts another word', () => {
    const column = [...'三、本年'].map((ch, i) => ({ code: ch.codePointAt(0)!, x0: 85.6, x1: 95.6, top: 600 + 10 * i, bottom: 610 + 10 * i, baseline: 608.8 + 10 * i, size: 10 }));
    assert.deepStrictEqual(charWords(column, 3), [{ text: '三、本年', page: 3, x0: 85.6, x1: 95.6, top: 600, bottom: 640, size: 10, ref: { format: 'pdf', page: 3, x: 85.6, y: 600 } }]);
    const lines = [...line('一二', 0), ...line('三四', 0).map((c) => ({ ...c, top: c.top + 16, bottom: c.bottom + 16, baseline: c.baseline + 16 }))];
    assert.deepStrictEqual(texts(lines), ['一二', '三四'], 'lines 1.6 em apart are not vertical text');
  });
});

describe('pdf reader: PDFium', function () {
  this.timeout(120_000);

  it('reading one PDF 200 times leaves the wasm heap as it was after the first reads', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(PUBLISHED, 'huaianshi_2024.pdf')));
    for (let i = 0; i < 5; i++) await extractPages(bytes);
    const heap = heapOf(await pdfiumModule()).HEAPU8.length;
    for (let i = 0; i < 200; i++) await extractPages(bytes);
    assert.strictEqual(heapOf(await pdfiumModule()).HEAPU8.length, heap);
  });

  it('PDFium stopping in a read (as it aborts when a page inflates past its 2 GB) refuses the file, and the next read starts another PDFium', async () => {
    // The abort itself takes a gigabyte of content and seconds (the bench's long run reads such a PDF, part 20):
    // here the page loader throws what PDFium's abort throws, the error Emscripten makes of it.
    const bytes = new Uint8Array(readFileSync(path.join(PUBLISHED, 'hongzequ_2024.pdf')));
    const stopping = await pdfiumModule();
    const patched = stopping as { FPDF_LoadPage: unknown };
    const loadPage = patched.FPDF_LoadPage;
    const { RuntimeError } = (globalThis as unknown as { WebAssembly: { RuntimeError: new (message: string) => Error } }).WebAssembly;
    patched.FPDF_LoadPage = () => {
      throw new RuntimeError('Aborted(native code called abort())');
    };
    try {
      await assert.rejects(pdfReader.read(bytes), (e: unknown) => e instanceof ReaderError && e.reason === 'corrupt' && /stopped reading it: Aborted/.test(e.message));
    } finally {
      patched.FPDF_LoadPage = loadPage;
    }
    const next = await pdfiumModule();
    assert.notStrictEqual(next, stopping);
    assert.strictEqual((await extractPages(bytes)).length, 5);
  });

  it('the wasm binary is read from the first place that has it; none gives an Error naming the places', () => {
    const missing = path.join(os.tmpdir(), 'govreport-no-such-dir', 'pdfium.wasm');
    const wasm = readWasm([missing, require.resolve('@embedpdf/pdfium/pdfium.wasm')]);
    assert.deepStrictEqual([...wasm.subarray(0, 4)], [0x00, 0x61, 0x73, 0x6d]);
    assert.throws(() => readWasm([missing]), { message: `The PDF library's WebAssembly binary (pdfium.wasm) is missing: looked in ${missing}` });
  });

  it('a PDF with an open password is ReaderError encrypted', async () => {
    requireSoffice();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'govreport-encrypted-'));
    try {
      writeFileSync(path.join(dir, 'a.txt'), '本年度办理结果\n');
      const filter = 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}';
      execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', filter, '--outdir', dir, path.join(dir, 'a.txt')], { stdio: 'ignore' });
      const bytes = new Uint8Array(readFileSync(path.join(dir, 'a.pdf')));
      await assert.rejects(pdfReader.read(bytes), (e: unknown) => e instanceof ReaderError && e.reason === 'encrypted');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

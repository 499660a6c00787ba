// What must hold of any input, however hostile: the properties the fuzz suite in npm test and the bench's long run
// (bench/longRun.mjs) assert, one definition for both. Each throws (an AssertionError, or whatever the product
// threw) when it does not hold.
//
// A text: checked as a document of reports, as the CLI and the server check it, nothing thrown, every place a
// finding or a fix names in the text, every message filled in; fixed, no fix taking a line or writing a figure in
// exponent form; the fixed text checked again, and fixing it again changes nothing. A file: sniffed and read as the
// CLI reads it, read or refused with a ReaderError (a bomb or an entity expansion must be refused), and what was read
// checked and fixed as a text is; a fixed .docx is written, read back as the fixed text, and fixing it again changes
// nothing; a fixed text file is encoded back into its own encoding exactly.
import * as assert from 'assert';
import { applyEdits, check, checkSource, fixAll, fixReports, fixSource, renderTextView, ReportDocument, type Diagnostic, type Lang, type TextEdit } from '../../server/src/core';
import { decodeFile } from '../../server/src/io/encoding';
import { spliceEdits } from '../../server/src/cli/fixFile';
import { READERS, ReaderError, sniffFile, writeDocxEdits, type Reader } from '../../server/src/readers';
import type { FileCase } from './hostileFiles';
import type { ReportCase } from './hostileReports';

export function assertSound(text: string, ds: Diagnostic[]): void {
  for (const d of ds) {
    const where = `${d.rule} at ${d.range.start}`;
    assert.ok(d.range.start >= 0 && d.range.start <= d.range.end && d.range.end <= text.length, `${where}: range off the text`);
    assert.doesNotMatch(d.message, /\{\w+\}|undefined|NaN|Infinity|e\+\d/, `${where}: ${d.message}`);
    for (const r of d.related ?? []) if (r.document === undefined) assert.ok(r.range.start >= 0 && r.range.end <= text.length, `${where}: related off the text`);
    for (const e of d.fix?.edits ?? []) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `${where}: fix off the text`);
  }
}

const lineBreaks = (text: string) => text.split(/\r\n|\r|\n/).length - 1;

/** A fix-all's edits: in order, apart, in the text; none writes an exponent; together they keep every line. */
function assertFixEdits(text: string, edits: TextEdit[], fixed: string): void {
  let end = 0;
  for (const e of edits) {
    assert.ok(e.start >= end && e.start <= e.end && e.end <= text.length, `fix edit ${e.start}–${e.end} out of order or off the text`);
    assert.doesNotMatch(e.text, /\d[eE][+-]?\d/, `a figure written in exponent form: ${e.text}`);
    end = e.end;
  }
  assert.strictEqual(lineBreaks(fixed), lineBreaks(text), 'a fix took a line with it (or gave one)');
}

/** A text through the check and fix-all; the fixed text and its edits. */
export function textHoldsUp(c: ReportCase): { fixed: string; edits: TextEdit[] } {
  const { text, lang } = c;
  const doc = new ReportDocument(text, { lang, outline: false });
  assertSound(text, doc.diagnostics());
  const { edits } = fixReports(doc, { lang });
  const fixed = applyEdits(text, edits).text;
  assertFixEdits(text, edits, fixed);
  // Without edits the fixed text is the text, checked and fixed above.
  if (edits.length) {
    const again = new ReportDocument(fixed, { lang, outline: false });
    assertSound(fixed, again.diagnostics());
    assert.deepStrictEqual(fixReports(again, { lang }).edits, [], 'fix-all of the fixed text changes it again');
  }
  if (c.asOneReport) {
    // As `check` and `fixAll` take a text: the whole of it one report, however many it holds.
    assertSound(text, check(text, { lang }).diagnostics);
    const whole = fixAll(text, { lang });
    assertFixEdits(text, whole.edits, whole.text);
    if (whole.edits.length) assert.deepStrictEqual(fixAll(whole.text, { lang }).edits, [], 'fixAll of its own result changes it again');
  }
  return { fixed, edits };
}

/** A text's findings in a language: every place in the text, every message filled in (the fixes are the same in any). */
export function messagesHoldUp(text: string, lang: Lang): void {
  assertSound(text, new ReportDocument(text, { lang, outline: false }).diagnostics());
}

const readerNamed = (name: string): Reader => READERS.find((r) => r.extensions[0] === name)!;

/**
 * A file through the CLI's path. Returns what became of it (`read`, `refused: <reason>`, `text`, `binary` …), for
 * the long run's tally by shape.
 */
export async function fileHoldsUp(f: FileCase, lang: Lang = 'zh'): Promise<string> {
  const sniffed = f.reader ? { kind: 'reader' as const, reader: readerNamed(f.reader) } : sniffFile(f.bytes, f.extension);
  if (sniffed.kind === 'legacy-word') return 'legacy word';
  if (sniffed.kind === 'text') {
    assert.ok(!f.refused, 'a file that must be refused was read as text');
    return textFileHoldsUp(f.bytes, lang);
  }
  const { reader } = sniffed;
  let doc;
  try {
    doc = await reader.read(f.bytes);
  } catch (e) {
    if (e instanceof ReaderError) return `refused: ${e.reason}`;
    throw e;
  }
  assert.ok(!f.refused, `a file that must be refused was read by the ${reader.format} reader`);
  const checked = checkSource(doc, { lang });
  assertSound(checked.view.text, checked.diagnostics);
  const fix = fixSource(doc, { lang });
  if (doc.format === 'docx' && fix.sourceEdits?.length) {
    const written = writeDocxEdits(f.bytes, fix.sourceEdits);
    const reread = await reader.read(written);
    assert.strictEqual(renderTextView(reread).text, fix.text, 'the fixed .docx does not read back as the fixed text');
    assertSound(fix.text, checkSource(reread, { lang }).diagnostics);
    assert.deepStrictEqual(fixSource(reread, { lang }).edits, [], 'fix-all of the fixed .docx changes it again');
  }
  return `read: ${doc.format}${doc.problem ? ` (${doc.problem})` : ''}`;
}

function textFileHoldsUp(bytes: Uint8Array, lang: Lang): string {
  const decoded = decodeFile(bytes);
  if (!decoded.ok) return decoded.reason;
  const { fixed, edits } = textHoldsUp({ text: decoded.text, lang, asOneReport: false });
  if (edits.length) {
    // spliceEdits itself refuses bytes that do not read back as the fixed text; this says so once more.
    const written = spliceEdits(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), decoded, edits);
    const back = decodeFile(written);
    assert.ok(back.ok && back.text === fixed && back.encoding === decoded.encoding && back.bom === decoded.bom, 'the fixed text file does not read back as the fixed text');
  }
  return `text: ${decoded.encoding}`;
}

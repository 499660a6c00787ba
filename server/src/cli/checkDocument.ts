// One .docx, HTML or PDF file through its reader and the core: read, check (or fix a .docx: the edits go into
// word/document.xml through the view's verbatim pieces, the file is written in place, and what remains is checked).
import { checkSource, fixesInAll, fixSource, LineIndex, looksLikeReport, sourceAt, yearFactsOf, type SourceCheck, type SourceDocument } from '../core';
import { ReaderError, writeDocxEdits, type Reader } from '../readers';
import type { FileOptions, FileResult } from './checkFile';
import { failed, reason, tryWrite } from './checkFile';
import type { Messages } from './messages';
import { yearReport } from './years';
import { unifiedDiff } from './diff';
import { fingerprints } from './fingerprint';

export async function checkDocumentFile(file: string, buffer: Buffer, reader: Reader, options: FileOptions, m: Messages): Promise<FileResult> {
  const { lang, rules, repeatedShare } = options;
  // Readers and writers take plain bytes: a view of the Buffer, not the Buffer (a Buffer's
  // slice is a view where a Uint8Array's is a copy).
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  let doc: SourceDocument;
  try {
    doc = await reader.read(bytes);
  } catch (e) {
    return failed(file, e instanceof ReaderError ? m.readerFailed(e.reason, reader.format, e.detail) : m.checkFailed(reason(e)));
  }
  try {
    let checked = checkSource(doc, { lang, rules, repeatedShare });
    if (options.onlyReports && !doc.problem && !looksLikeReport(checked.view.text)) return { path: file, format: doc.format, findings: [], fixed: [], skipped: true };
    let fixed: string[] = [];
    let note: string | undefined;
    let unwritten: string | undefined;
    const diff = options.diff ? unifiedDiff(`${file} (${m.textView})`, checked.view.text, fixSource(doc, { lang, rules }).edits) : undefined;
    if (options.fix) {
      if (doc.format !== 'docx') {
        note = checked.diagnostics.some(fixesInAll) ? m.fixNotWritten(doc.format) : undefined;
      } else {
        const result = fixSource(doc, { lang, rules });
        if (result.edits.length && !result.sourceEdits) {
          note = m.fixNotPlaced;
        } else if (result.sourceEdits?.length) {
          const written = writeDocxEdits(bytes, result.sourceEdits);
          unwritten = tryWrite(file, bytes, () => written, m);
          if (!unwritten) {
            fixed = result.applied;
            checked = checkSource(await reader.read(written), { lang, rules, repeatedShare });
          }
        }
      }
    }
    return { path: file, format: doc.format, ...reportFacts(checked), findings: findingsOf(checked), fixed, ...(note ? { note } : {}), ...(unwritten ? { unwritten } : {}), ...(diff ? { diff } : {}), yearKeys: yearKeysOf(checked), ...(options.yearFacts ? { years: yearsOf(checked) } : {}) };
  } catch (e) {
    return failed(file, m.checkFailed(reason(e)));
  }
}

function reportFacts(checked: SourceCheck): Pick<FileResult, 'reportYear' | 'template' | 'body'> {
  return { reportYear: checked.report.reportYear, body: checked.report.issuingBody, template: checked.report.version };
}

/** The report's body and year (its facts without their sentences say them). */
function yearKeysOf(checked: SourceCheck): FileResult['yearKeys'] {
  if (checked.report.problem) return [];
  const facts = yearFactsOf(checked.report);
  return [{ bodyKey: facts.bodyKey, year: facts.year, paired: false }];
}

/** The report's facts, with the places they may be reported at in the view and in the file. */
function yearsOf(checked: SourceCheck): FileResult['years'] {
  if (checked.report.problem) return [];
  const lines = new LineIndex(checked.view.text);
  return [yearReport(checked.facts(), 0, false, (r) => ({ start: lines.positionAt(r.start), end: lines.positionAt(r.end), source: sourceAt(checked.view, r.start), words: checked.view.text.slice(r.start, r.end), silenced: [] }))];
}

/** Findings at their places in the view, each with where it stands in the file. */
function findingsOf({ view, diagnostics }: SourceCheck): FileResult['findings'] {
  const lines = new LineIndex(view.text);
  const prints = fingerprints(diagnostics, view.text);
  // Neither related cells nor fixes (they are of the view, not of the file) are shown: they stay out of the results.
  return diagnostics.map(({ related: _r, fix: _f, ...d }, i) => ({
    diagnostic: d, start: lines.positionAt(d.range.start), end: lines.positionAt(d.range.end), source: sourceAt(view, d.range.start), fingerprint: prints[i],
  }));
}

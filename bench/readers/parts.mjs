// Parts 10–14 of bench/run.mjs: the readers against reference tools, and the CLI on folders of documents. Each
// part runs in a process of its own (run.mjs starts them) on the generated documents (bench/generate-documents.mjs).
import { documentCount, generatedDocuments } from '../generate-documents.mjs';
import { batchPart } from './batch.mjs';
import { fmt, ratio } from './common.mjs';
import { docxPart } from './docx.mjs';
import { htmlPart } from './html.mjs';
import { pdfPart } from './pdf.mjs';
import { pdfFolderPart } from './pdfFolder.mjs';

/**
 * The parts by number, for run.mjs's PARTS. `ctx`: row and section (run.mjs's table), and results.readers, where
 * each part records its figures under its own key.
 */
export function readerParts(ctx) {
  const withDocuments = (part) => async () => {
    const documents = await generatedDocuments(documentCount(), (m) => process.stderr.write(`  ${m}\n`));
    await part({ row: ctx.row, section: ctx.section, record: (key, value) => (ctx.results.readers[key] = value), documents });
  };
  return { 10: withDocuments(docxPart), 11: withDocuments(htmlPart), 12: withDocuments(pdfPart), 13: withDocuments(pdfFolderPart), 14: withDocuments(batchPart) };
}

/** The readers' targets that the parts run measured, as rows of [target, measured, met]. */
export function readerTargets(readers) {
  const rows = [];
  const add = (name, shown, met) => rows.push([name, shown, met ? 'yes' : 'NO']);
  if (readers.docx) add('.docx: our whole check ≥ 10× faster than mammoth.extractRawText (mean)', ratio(readers.docx.mean.speedup), readers.docx.met);
  if (readers.html) add('HTML: our whole check ≤ 1.5× parse5 with locations (worst page)', ratio(readers.html.worstRatioToLocated), readers.html.met);
  if (readers.pdf) {
    add('PDF: our whole check ≤ 1.3× PDFium text extraction (worst real PDF)', ratio(readers.pdf.worstRatioToLibrary), readers.pdf.worstRatioToLibrary <= 1.3);
    add('PDF: our whole check ≤ 1.0× a pdftotext -layout process (worst real PDF)', ratio(readers.pdf.worstRatioToPdftotext), readers.pdf.worstRatioToPdftotext <= 1);
  }
  if (readers.pdfFolder) add(`PDF folder on ${readers.pdfFolder.cores} cores: ours ≤ 1.0× pdftotext's time`, `${ratio(readers.pdfFolder.ratio)} (${fmt(readers.pdfFolder.oursSeconds, 2)} s vs ${fmt(readers.pdfFolder.pdftotextSeconds, 2)} s)`, readers.pdfFolder.met);
  return rows;
}

// Texts of one shape made to a size: what the memory bench (bench/memory.mjs) and the memory tests put through the
// check. Each repeats one unit a reader's file could be made of (a Word export's table grown to a million rows, a
// text of blank or tab-only lines, the real reports one after another) until the text has the bytes asked for.
import { readFileSync } from 'fs';
import * as path from 'path';
import { FROM_PDF_DIR, FROM_PDF_FILES, readReport, REPORT_FILES } from './reports';

export interface TextShape {
  name: string;
  /** What the text is, in a few words. */
  what: string;
  /** A text of about `bytes` bytes of UTF-8. */
  make(bytes: number): string;
}

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

/** `unit` repeated to about `bytes` bytes. */
const repeated = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.round(bytes / utf8(unit))));

/** Report 001 with `unit` repeated inside table 3 where `before` stands (its （七）总计 row), to about `bytes` bytes. */
function inTable3(unit: string, bytes: number, before: string): string {
  const report = readReport(REPORT_FILES[1]);
  const at = report.indexOf(before);
  return report.slice(0, at) + repeated(unit, bytes - utf8(report)) + report.slice(at);
}

/** Whole texts one after another, each once, until the text has about `bytes` bytes. */
function concatenated(texts: string[], bytes: number): string {
  const parts: string[] = [];
  for (let size = 0; size < bytes; size += utf8(parts[parts.length - 1]) + 1) parts.push(texts[parts.length % texts.length]);
  return parts.join('\n');
}

const RESULT_ROW = '\t（一）予以公开\n\t1\n\t2\n\t3\n\t4\n\t5\n\t6\n\t21\n';

export const TEXT_SHAPES: TextShape[] = [
  { name: 'tabs', what: 'lines of eight tabs (rows of empty cells)', make: (b) => repeated('\t\t\t\t\t\t\t\t\n', b) },
  // As the issue measured it: the rows go in after the tab of the （七）总计 line, whose line then holds two tabs, so
  // the table is read as tab-separated rows: a row of one or two cells per line.
  { name: 'rows', what: 'table 3 of 001 with result rows inserted after a tab: a tab-separated row per line', make: (b) => inTable3(RESULT_ROW, b, '（七）总计') },
  { name: 'word rows', what: 'table 3 of 001 with Word rows of result cells, a blank line after each', make: (b) => inTable3(RESULT_ROW + '\n', b, '\t（七）总计') },
  { name: 'row', what: 'table 3 of 001 with result cells and no blank line between: one Word row of a million cells', make: (b) => inTable3(RESULT_ROW, b, '\t（七）总计') },
  { name: 'cells', what: 'lines of one tab (empty Word cells)', make: (b) => repeated('\t\n', b) },
  { name: 'pipes', what: 'Markdown rows of three numbers', make: (b) => repeated('| 1 | 2 | 3 |\n', b) },
  { name: 'blank', what: 'blank lines', make: (b) => repeated('\n', b) },
  { name: 'lines', what: 'lines of one letter', make: (b) => repeated('x\n', b) },
  { name: 'digits', what: 'lines of nine digits set apart by spaces', make: (b) => repeated('1 2 3 4 5 6 7 8 9\n', b) },
  { name: 'prose', what: 'a sentence per line', make: (b) => repeated('本年度我们积极推进政府信息公开工作，取得了明显成效。\n', b) },
  { name: 'aligned', what: 'one space-aligned table of many rows (pdftotext -layout)', make: (b) => repeated('行政许可          12          3          0          15\n', b) },
  { name: 'real', what: 'the five real reports one after another', make: (b) => concatenated(REPORT_FILES.map(readReport), b) },
  {
    name: 'pdf text',
    what: 'the pdftotext extractions of the published reports one after another',
    make: (b) => concatenated(FROM_PDF_FILES.map((f) => readFileSync(path.join(FROM_PDF_DIR, f), 'utf8')), b),
  },
];

export const textShape = (name: string): TextShape => TEXT_SHAPES.find((s) => s.name === name)!;

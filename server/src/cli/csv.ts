// `--format csv`: a row per finding, for a spreadsheet. UTF-8 with a BOM and CRLF rows, so that Excel on a Chinese
// Windows opens it as UTF-8 (without the BOM it reads GBK and garbles every character).
import type { Lang } from '../core';
import type { FileResult } from './checkFile';
import { placeInFile } from './where';

const HEADER = ['file', 'place', 'body', 'year', 'rule', 'severity', 'table', 'row', 'column', 'expected', 'actual', 'message'];

/**
 * A field as CSV writes it: quoted when it holds a quote, a comma or a line break. Text a spreadsheet would take for
 * a formula (=, +, -, @ first) gets an apostrophe before it: a report's or a file's name must not run in Excel.
 */
function field(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCsv(results: FileResult[], lang: Lang): string {
  const rows: (string | number | undefined)[][] = [HEADER];
  for (const r of results) {
    if (r.error !== undefined) rows.push([r.path, '', r.body, r.reportYear, 'unreadable', 'error', undefined, undefined, undefined, undefined, undefined, r.error]);
    for (const { diagnostic: d, start, source } of r.findings) {
      const place = source && source.format !== 'text' ? placeInFile(d, source, lang) : `${start.line + 1}:${start.character + 1}`;
      rows.push([r.path, place, r.body, r.reportYear, d.rule, d.severity, d.table, d.row, d.column, d.expected, d.actual, d.message]);
    }
  }
  return '\ufeff' + rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

// A document too large to check while typing. A keystroke re-checks the report it falls in, whole: in a report of
// millions of characters that took seconds and gigabytes a keystroke (16 MB of short lines: 2.1 GB, 5.4 s), and the
// server answered nothing else meanwhile. Such a document is checked when opened and when saved; edits between are
// applied, not checked, and one Information diagnostic says so.
import { Diagnostic as LspDiagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { Lang } from '../core';
import { L } from '../core';

/**
 * Characters of one report above which its document is checked on open and on save only. Measured by report, not by
 * document: a collection of many reports in one file is split into them and a keystroke re-checks only the one it
 * falls in, so a collection of any size is checked while typing. A real report is a few thousand to a few tens of
 * thousands of characters (a .docx or PDF's text view alike); a million is fifty times the largest, and at that size
 * the slowest text to check (a line of one letter each) still takes about a quarter of a second a keystroke.
 */
export const LARGE_REPORT_CHARS = 1_000_000;

/** What `code` the note has: not a rule (nothing about the report), so it links to no rule's page. */
export const TOO_LARGE_CODE = 'too-large-to-check-while-typing';

/** The note at the document's start: too large to check while typing, checked on save. */
export function tooLargeNote(lang: Lang, largest: number): LspDiagnostic {
  const chars = largest.toLocaleString('en-US');
  const limit = LARGE_REPORT_CHARS.toLocaleString('en-US');
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: TOO_LARGE_CODE,
    source: 'govreport',
    message: L(
      lang,
      `文档过大（其中一份报告有 ${chars} 个字符，超过 ${limit}），输入时不检查：打开和保存时检查。`,
      `The document is too large to check while typing (a report of ${chars} characters, over ${limit}): it is checked when opened and when saved.`,
    ),
  };
}

// Rule tests as data. Each rule has a `<module>.cases.ts` beside it: reports that must not give its finding and
// reports that must, with the exact findings (where, severity, row, column, figures, fix) and fix-all's output.
// The runner (test/core/ruleCases.test.ts) checks each case in every layout it applies to, and in a .docx filled
// from the official template where the case says so.
import type { CheckOptions, Layout, RuleId, Severity, SourceDocument, TableNumber } from '../../server/src/core';
import type { ReportSpec } from './reportBuilder';

/** The layouts the builder writes a report in. */
export type BuiltLayout = Exclude<Layout, 'aligned'>;
export const LAYOUTS: BuiltLayout[] = ['word', 'tsv', 'markdown'];

/** Where a finding or a fix is: a builder key (`3:granted|total` a cell, `label:3:granted` a row label), or text. */
export type At = string | { find: string; occurrence?: number };

export interface ExpectedFinding {
  at: At;
  /** The rule's default unless given. */
  severity?: Severity;
  table?: TableNumber;
  row?: string;
  column?: string;
  expected?: number;
  actual?: number;
  /** What the message must say (Chinese). */
  message?: RegExp;
  /** The fix: the text it puts at `fixAt` (the finding's own place unless given); none when absent. */
  fix?: string;
  fixAt?: At;
  /** Where its related location stands in last year's report (a rule against last year's). */
  lastYearAt?: At;
}

export interface RuleCase {
  name: string;
  /** The report, from the builder in each of `layouts` (default: all three). */
  spec?: Omit<ReportSpec, 'layout'>;
  layouts?: Layout[];
  /** Or a report written out (one layout, as it stands). */
  text?: string;
  /** Or a document as a reader makes it (a scanned PDF, a table the reader could not read), checked through its text view. */
  document?: () => SourceDocument;
  options?: CheckOptions;
  /** Also fill the case into the official template (a v2021 report) and check the .docx. */
  docx?: boolean;
  /** The other rules that fire on this report (default: none). */
  alsoFires?: RuleId[];
  /**
   * Last year's report of the same body, given to the check (the rules against it run): a spec merged over the
   * case's, a year earlier unless it says, in the same layout; or a text.
   */
  lastYear?: Omit<ReportSpec, 'layout'> | { text: string };
}

/** How the runner names last year's report: the findings' messages say it, and their related locations point into it. */
export const LAST_YEAR = { name: '上年报告.txt', document: 'last-year.txt' };

export interface InvalidCase extends RuleCase {
  findings: ExpectedFinding[];
  /** Fix-all's output: the builder spec it must equal (merged over the case's), or the text (a document's: its view's). Default: unchanged. */
  fixed?: Omit<ReportSpec, 'layout'> | { text: string };
}

export interface RuleCases {
  rule: RuleId;
  valid: RuleCase[];
  invalid: InvalidCase[];
}

/** Table 3's first cell, the note on its balance. */
const NOTE3 = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

/**
 * The first row of each table as the builder writes it, where a finding on the whole table stands (the table's
 * anchor): in Word, which writes a line per cell, all the row's cell lines; tsv and Markdown pad table 3's header
 * rows to ten cells.
 */
export const FIRST_ROW: Record<TableNumber, Record<BuiltLayout, string>> = {
  2: { word: '\t第二十条第（一）项', tsv: '第二十条第（一）项', markdown: '| 第二十条第（一）项 |' },
  3: { word: `\t${NOTE3}\n\t申请人情况`, tsv: `${NOTE3}\t申请人情况${'\t'.repeat(8)}`, markdown: `| ${NOTE3} | 申请人情况 |${'  |'.repeat(8)}` },
  // 行政复议 heads five cells, 行政诉讼 ten.
  4: { word: `\t行政复议${'\n\t'.repeat(5)}行政诉讼${'\n\t'.repeat(9)}`, tsv: `行政复议${'\t'.repeat(5)}行政诉讼${'\t'.repeat(9)}`, markdown: `| 行政复议 |${'  |'.repeat(4)} 行政诉讼 |${'  |'.repeat(9)}` },
};

/** A case made in each layout on its own, for what each writes differently: a table's first row, a text cut from a report. */
export function inEachLayout<C extends RuleCase>(make: (layout: BuiltLayout) => C): C[] {
  return LAYOUTS.map((layout) => {
    const c = make(layout);
    return { ...c, name: `${c.name} (${layout})`, layouts: c.text === undefined && !c.document ? [layout] : undefined };
  });
}

import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { looksLikeReport, ReportDocument } from '../core';
import type { CheckOptions, Lang, PositionChange, ReportFindings, TextView } from '../core';
import { DiagnosticSupport, FULL_SUPPORT, shiftLspDiagnostic, toLspDiagnostic } from './convert';
import type { LastYears } from './lastYears';
import { LARGE_REPORT_CHARS } from './large';

/**
 * An open document: its text kept as reports (the core's ReportDocument), edited in place by each incremental
 * change, and the LSP form of each report's diagnostics, kept until that report's text changes.
 */
export class OpenReport {
  doc: ReportDocument;
  private optionsKey = '';
  /** Per report's findings: its diagnostics in LSP form at the line (and character) the report last started at. */
  private lsp = new WeakMap<ReportFindings, { line: number; column: number; diagnostics: LspDiagnostic[] }>();
  private detected?: { text: string; value: boolean };
  /** Counts the changes of its text and of the options it is checked under: work begun before a change is stale. */
  revision = 0;
  /** The reports on disk that last year's report of each of this document's reports is sought among. */
  lastYears?: LastYears;
  /** The revision whose check was last published; -1 before the first. */
  checkedRevision = -1;
  /** Whether the diagnostics last published said the document is too large to check while typing. */
  toldTooLarge = false;

  /**
   * `support`: what the client accepts in a diagnostic. `viewFor` is given for the text view of a .docx, HTML or PDF
   * file: the reader's view whose text a document shows, if the server has it; the document is then checked from it.
   */
  constructor(
    readonly uri: string, public languageId: string, public version: number, text: string,
    readonly support: DiagnosticSupport = FULL_SUPPORT, private readonly viewFor?: (text: string) => TextView | undefined,
  ) {
    this.doc = new ReportDocument(text, {}, viewFor?.(text));
  }

  /** Whether the document is the read-only text view of a file a reader read. */
  get isView(): boolean {
    return !!this.viewFor;
  }

  positionAt(offset: number) {
    return this.doc.positionAt(offset);
  }

  offsetAt(position: { line: number; character: number }) {
    return this.doc.offsetAt(position);
  }

  /**
   * Applies the content changes of one didChange: each a range and its new text, or the whole text. Positions are
   * clamped as LSP clamps them, and a range whose end comes before its start is the range between them.
   */
  changeAll(changes: readonly PositionChange[]): void {
    this.doc.applyChanges(changes);
    this.revision++;
    this.useView();
  }

  /** Applies one content change (the benchmark's keystrokes). */
  change(change: PositionChange): void {
    this.changeAll([change]);
  }

  /** A view shown anew (its file was read again): checked from the reader's new view, when it has this text. */
  useView(): void {
    const view = this.viewFor?.(this.doc.getText());
    if (view) {
      this.doc = new ReportDocument(view.text, {}, view);
      this.revision++;
      this.optionsKey = '';
      this.lsp = new WeakMap();
    }
  }

  /**
   * Settings or language changed: the reports are checked again under the new options. `keepText`: each report's
   * facts are made with its sentences (a file whose facts last year's reports keep).
   */
  useOptions(options: Omit<CheckOptions, 'lastYear'> & { lang: Lang; keepText?: boolean }): void {
    const key = `${options.lang}|${options.repeatedShare}|${JSON.stringify(options.rules ?? {})}|${!!options.keepText}`;
    if (key === this.optionsKey) return;
    this.optionsKey = key;
    this.revision++;
    const { lastYears, uri } = this;
    this.doc.setOptions({ ...options, lastYearOf: lastYears && ((facts) => lastYears.lastYearOf(facts, uri)) });
    this.lsp = new WeakMap();
  }

  /** The length of its longest report, in characters. */
  largestReport(): number {
    const { doc } = this;
    let largest = 0;
    for (let i = 0; i < doc.reportCount; i++) largest = Math.max(largest, (i + 1 < doc.reportCount ? doc.partStart(i + 1) : doc.length) - doc.partStart(i));
    return largest;
  }

  /** Whether it is checked while typing: none of its reports is larger than LARGE_REPORT_CHARS. */
  checkedWhileTyping(): boolean {
    return this.largestReport() <= LARGE_REPORT_CHARS;
  }

  /** Whether what is known of its reports is of its current text: always, unless it is checked on save only and was edited since. */
  isCurrent(): boolean {
    return this.checkedRevision === this.revision || this.checkedWhileTyping();
  }

  /** Whether a plain-text or Markdown document reads as a report (judged on its first report's text). */
  looksLikeReport(): boolean {
    const text = this.doc.part(0).text;
    if (this.detected?.text !== text) this.detected = { text, value: looksLikeReport(text) };
    return this.detected.value;
  }

  /**
   * Every diagnostic of the document in LSP form. A report whose text changed is converted again; one that moved
   * (lines added or removed above it) is shifted; every other report's diagnostics are reused as they are.
   */
  lspDiagnostics(): LspDiagnostic[] {
    const out: LspDiagnostic[] = [];
    for (let i = 0; i < this.doc.reportCount; i++) {
      const findings = this.doc.findings(i);
      if (!findings.diagnostics.length) continue;
      const line = this.doc.partLine(i);
      const column = this.doc.partColumn(i);
      let kept = this.lsp.get(findings);
      // A report glued to the one before it starts inside a line: when that start moved along its line, the
      // characters of its first line changed too, and the diagnostics are converted again.
      if (!kept || kept.column !== column) {
        const start = this.doc.partStart(i);
        kept = { line, column, diagnostics: findings.diagnostics.map((d) => toLspDiagnostic(this, d, start, this.support)) };
        this.lsp.set(findings, kept);
      } else if (kept.line !== line) {
        const by = line - kept.line;
        kept.line = line;
        kept.diagnostics = kept.diagnostics.map((d) => shiftLspDiagnostic(d, by));
      }
      for (const d of kept.diagnostics) out.push(d);
    }
    // Findings against last year's report change when that report does: they are few, and converted each time.
    for (let i = 0; i < this.doc.reportCount; i++) {
      const years = this.doc.yearDiagnostics(i);
      if (!years.length) continue;
      const start = this.doc.partStart(i);
      for (const d of years) out.push(toLspDiagnostic(this, d, start, this.support, (document, range) => this.lastYears?.locate(document, range)));
    }
    return out;
  }
}

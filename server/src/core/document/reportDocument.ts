import type { Diagnostic, OffsetRange, ReportModel, TableModel, TextEdit } from '../types';
import type { CheckOptions } from '../check';
import { Equation, tableEquations } from '../model/equations';
import { checkModel } from '../check';
import { yearFindings } from '../rules/run';
import { unsilenced } from '../rules/inline';
import { yearFactsOf, type YearFacts } from '../years/facts';
import { YearIndex, type LastYear } from '../years/lastYear';
import { L } from '../i18n/names';
import { buildReport } from '../model/build';
import { countBreaks, lastAtOrBefore, LineIndex, Position } from '../text/lines';
import { outline, OutlineNode } from '../features/outline';
import { foldingRegions } from '../features/structure';
import { looksLikeReport } from '../detect';
import { splitReports } from './split';
import { LineWindow, type PositionChange } from './lineChanges';
import type { TextView } from '../source/textView';
import { checkView } from '../source/check';
import { replaceRange } from '../arrays';

/** What is kept of one report of a document between edits: small, and all in offsets relative to the report. */
export interface ReportFindings {
  /** False for text that is not a report: a cover page or contents before the first report of a collection. */
  isReport: boolean;
  /** Whether it was checked as the document's only report (a lone text is always checked). */
  single: boolean;
  diagnostics: Diagnostic[];
  outline: OutlineNode[];
  folding: OffsetRange[];
  reportYear?: number;
  version?: ReportModel['version'];
  /** What finding its last year needs of it (a report's only); with its sentences when the document keeps them. */
  facts?: YearFacts;
}

/** A report's full model, rebuilt on demand (hover, code actions) and not kept for every report. */
export interface ReportAnalysis {
  readonly report: ReportModel;
  readonly diagnostics: Diagnostic[];
  /** Every table's evaluated equations, which hover shows; made when first asked for. */
  readonly equations: Map<TableModel, Equation[]>;
  /** What the check against last year's report needs of it. */
  readonly facts: () => YearFacts;
}

class Analysis implements ReportAnalysis {
  private madeEquations?: Map<TableModel, Equation[]>;

  constructor(readonly report: ReportModel, readonly diagnostics: Diagnostic[], readonly facts: () => YearFacts) {}

  get equations(): Map<TableModel, Equation[]> {
    return (this.madeEquations ??= tableEquations(this.report));
  }
}

interface Part {
  text: string;
  /** Line breaks in the text (a part ends with one unless it is the document's last); counted when first asked. */
  breaks?: number;
  lines?: LineIndex;
  findings?: ReportFindings;
  /** Made by an edit: its model is kept among the last few, as hover and code actions will ask for it next. */
  edited?: boolean;
  /** Its findings against last year's report, and which report that was. */
  years?: { lastYear: YearFacts; diagnostics: Diagnostic[] };
  /** Its facts with their sentences, once it was found to have a last year or to be one. */
  fullFacts?: YearFacts;
}

/** A report of a document: where it starts and on which line. */
export interface PartInfo {
  index: number;
  start: number;
  end: number;
  line: number;
  text: string;
}

const MODELS_KEPT = 4;
/**
 * …and no more characters of text than this in all, the newest kept whatever its size: a model takes a few times
 * its text, and four of a report of millions of characters (a document checked on save only) held gigabytes.
 */
const MODEL_CHARS_KEPT = 4_000_000;

export interface DocumentOptions extends Omit<CheckOptions, 'lastYear'> {
  /** Keep each report's outline and folding regions with its findings (an editor wants them; a CLI does not). */
  outline?: boolean;
  /** Last year's report of a report's body, from outside the document (a folder, a workspace); one in the document comes first. */
  lastYearOf?: (facts: YearFacts) => LastYear | undefined;
  /**
   * Keep every report's facts with its sentences (a CLI pairs reports across files after checking them all);
   * otherwise only a report that has a last year, or is one, is analysed again for them.
   */
  keepText?: boolean;
}

/**
 * A document of one or more reports, kept as the reports' texts. An edit re-splits only the reports around it and
 * re-checks only the reports whose text changed; every other report keeps its findings, at shifted offsets. Nothing
 * here ever builds the whole text unless asked (`getText`), so the cost of an edit grows with the edit's report,
 * not with the document.
 */
export class ReportDocument {
  private parts: Part[] = [];
  private starts: number[] = [];
  /**
   * The line each report starts on, and the character of that line it starts at (0 unless the report was glued to
   * the end of the one before it), known for the first `linesKnown` reports (counted when positions are asked).
   */
  private lines: number[] = [0];
  private columns: number[] = [0];
  private linesKnown = 1;
  private models = new Map<string, ReportAnalysis>();
  private options: DocumentOptions;
  /** The reports by body and year, for each one's last year in the document; made again after an edit. */
  private years?: YearIndex<{ facts: YearFacts; index: number }>;
  /** The text view a reader made, when the document is one: its text is checked from the reader's blocks. */
  private readonly view?: TextView;

  /** A text, split into its reports; or, given a reader's `view` of a .docx, HTML or PDF file, that one report. */
  constructor(text: string, options: DocumentOptions = {}, view?: TextView) {
    this.options = options;
    this.view = view && view.text === text ? view : undefined;
    this.parts = this.view ? [{ text }] : cut(text, splitReports(text));
    this.reindex(0);
  }

  get length(): number {
    const last = this.parts.length - 1;
    return this.starts[last] + this.parts[last].text.length;
  }

  get reportCount(): number {
    return this.parts.length;
  }

  get lineCount(): number {
    const last = this.parts.length - 1;
    return this.lineOf(last) + breaks(this.parts[last]) + 1;
  }

  getText(): string {
    return this.parts.map((p) => p.text).join('');
  }

  /** Settings changed: every report is checked again when next asked. */
  setOptions(options: DocumentOptions): void {
    this.options = options;
    for (const p of this.parts) {
      p.findings = undefined;
      p.years = undefined;
    }
    this.models.clear();
    this.years = undefined;
  }

  part(index: number): PartInfo {
    const p = this.parts[index];
    return { index, start: this.starts[index], end: this.starts[index] + p.text.length, line: this.lineOf(index), text: p.text };
  }

  /** Where a report starts: `part(index).start` without making the rest of its description. */
  partStart(index: number): number {
    return this.starts[index];
  }

  /** The line a report starts on: `part(index).line` without making the rest of its description. */
  partLine(index: number): number {
    return this.lineOf(index);
  }

  /** The character of its first line a report starts at: 0 unless it was glued to the end of the report before it. */
  partColumn(index: number): number {
    this.lineOf(index);
    return this.columns[index];
  }

  /** The report an offset falls in (the end of the document falls in the last one). */
  partAt(offset: number): PartInfo {
    return this.part(lastAtOrBefore(this.starts, offset));
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.length));
    const i = lastAtOrBefore(this.starts, o);
    const p = this.parts[i];
    const pos = lineIndex(p).positionAt(o - this.starts[i]);
    const line = this.lineOf(i);
    return { line: pos.line + line, character: pos.line === 0 ? pos.character + this.columns[i] : pos.character };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineCount) return this.length;
    this.lineOf(this.parts.length - 1);
    let i = lastAtOrBefore(this.lines, position.line);
    // A line shared by reports glued together: the character tells which of them it falls in.
    while (i > 0 && this.lines[i] === position.line && position.character < this.columns[i]) i--;
    const p = this.parts[i];
    const character = this.lines[i] === position.line ? position.character - this.columns[i] : position.character;
    return this.starts[i] + lineIndex(p).offsetAt({ line: position.line - this.lines[i], character });
  }

  /**
   * Replaces [start, end) with `text`. The reports from the one before the edit up to the one after it are split
   * afresh; when the split after the edit does not fall where it did, the next report is taken in too, until it
   * does. Reports whose text is unchanged keep their findings.
   */
  edit(start: number, end: number, text: string): void {
    const len = this.length;
    start = Math.max(0, Math.min(start, len));
    end = Math.max(start, Math.min(end, len));
    const lo = Math.max(0, lastAtOrBefore(this.starts, start) - 1);
    let hi = lastAtOrBefore(this.starts, end);
    const windowStart = this.starts[lo];
    for (;;) {
      const before = this.parts.slice(lo, hi + 1).map((p) => p.text).join('');
      const after = before.slice(0, start - windowStart) + text + before.slice(end - windowStart);
      const look = hi + 1 < this.parts.length ? this.parts[hi + 1] : undefined;
      let split = splitReports(look ? after + look.text : after);
      if (look) {
        // The next report must still start where it did; otherwise it joins the window.
        const at = split.indexOf(after.length);
        if (at < 0) {
          hi++;
          continue;
        }
        split = split.slice(0, at);
      }
      const window = this.parts.slice(lo, hi + 1);
      const old = new Map(window.map((p) => [p.text, p]));
      const fresh = cut(after, split).map((p) => old.get(p.text) ?? { ...p, edited: true });
      linesCarried(window, fresh, start - windowStart, end - windowStart, text.length);
      replaceRange(this.parts, lo, hi - lo + 1, fresh);
      this.reindex(lo);
      this.years = undefined;
      return;
    }
  }

  /**
   * Applies an editor's change set (LSP content changes, each at positions in the text the ones before it made):
   * the ranged changes go to the lines they touch and come back as one edit (see LineWindow), so a change set costs
   * its lines and the reports around them once, however many changes it has.
   */
  applyChanges(changes: readonly PositionChange[]): void {
    let window: LineWindow | undefined;
    for (const c of changes) {
      if (c.range) {
        (window ??= new LineWindow(this)).apply(c.range, c.text);
        continue;
      }
      // A whole text replaces whatever the changes before it made.
      window = undefined;
      this.edit(0, this.length, c.text);
    }
    const e = window?.edit();
    if (e && (e.start < e.end || e.text)) this.edit(e.start, e.end, e.text);
  }

  /** The text of [start, end), read from the reports it spans. */
  textBetween(start: number, end: number): string {
    const out: string[] = [];
    for (let i = lastAtOrBefore(this.starts, start); i < this.parts.length && this.starts[i] < end; i++) {
      const s = this.starts[i];
      out.push(this.parts[i].text.slice(Math.max(0, start - s), end - s));
    }
    return out.join('');
  }

  /** The findings of one report, computed when first asked for and kept until its text changes. */
  findings(index: number): ReportFindings {
    const p = this.parts[index];
    const single = this.parts.length === 1;
    if (!p.findings || p.findings.single !== single) {
      // Reports checked on opening do not go through the kept models: keeping each for the next few reports only
      // made it outlive the young generation, and a 10 MB collection spent a quarter of its check copying models.
      // (A lookup hashes the whole text: none when nothing is kept.)
      const a = p.edited ? this.analysis(index) : (this.models.size ? this.models.get(p.text) : undefined) ?? this.analyse(p.text);
      // In a collection, text with neither a section nor a table (a cover, a contents page) is not a report.
      const isReport = single ? looksLikeReport(p.text) : a.report.sections.length > 0 || a.report.tables.length > 0;
      p.findings = {
        isReport,
        single,
        diagnostics: single || isReport ? a.diagnostics : [],
        outline: this.options.outline === false ? [] : outline(a.report, a.diagnostics, this.options.lang ?? 'zh'),
        folding: this.options.outline === false ? [] : foldingRegions(a.report),
        reportYear: a.report.reportYear,
        version: a.report.version,
        facts: single || isReport ? (this.options.keepText ? a.facts() : yearFactsOf(a.report)) : undefined,
      };
    }
    return p.findings;
  }

  /** The model of one report, with offsets relative to its start. The last few are kept. */
  analysis(index: number): ReportAnalysis {
    const text = this.parts[index].text;
    let a = this.models.get(text);
    if (a) {
      this.models.delete(text);
    } else {
      a = this.analyse(text);
    }
    this.models.set(text, a);
    let chars = 0;
    for (const kept of this.models.keys()) chars += kept.length;
    while (this.models.size > 1 && (this.models.size > MODELS_KEPT || chars > MODEL_CHARS_KEPT)) {
      const oldest = this.models.keys().next().value as string;
      chars -= oldest.length;
      this.models.delete(oldest);
    }
    return a;
  }

  private analyse(text: string): ReportAnalysis {
    if (this.view && text === this.view.text) {
      const { report, diagnostics, facts } = checkView(this.view, this.options);
      return new Analysis(report, diagnostics, facts);
    }
    const { report, diagnostics, facts } = checkModel(buildReport(text), this.options);
    return new Analysis(report, diagnostics, facts);
  }

  /** Last year's report of a report's body: another report of this document, else the one the options find. */
  lastYear(index: number): LastYear | undefined {
    const facts = this.findings(index).facts;
    if (!facts || facts.year === undefined) return undefined;
    this.years ??= new YearIndex(this.parts.flatMap((_p, i) => {
      const f = this.findings(i).facts;
      return f ? [{ facts: f, index: i }] : [];
    }));
    const inDocument = this.years.lastYearOf(facts);
    if (!inDocument) return this.options.lastYearOf?.(facts);
    const n = inDocument.index;
    const name = L(this.options.lang ?? 'zh', `本文件第 ${n + 1} 份报告`, `report ${n + 1} of this file`);
    // Related locations are in offsets of this report, as its findings are, until the document moves them.
    return { facts: this.factsWithText(n), name, base: this.starts[n] - this.starts[index] };
  }

  /** A report's findings against last year's report, in offsets of the report; none when there is none at hand. */
  yearDiagnostics(index: number): Diagnostic[] {
    const lastYear = this.lastYear(index);
    const p = this.parts[index];
    if (!lastYear) return [];
    if (p.years?.lastYear !== lastYear.facts) p.years = { lastYear: lastYear.facts, diagnostics: unsilenced(p.text, yearFindings(this.factsWithText(index), lastYear, this.options)) };
    return p.years.diagnostics;
  }

  /** A report's facts with its sentences: those kept, or made again from its model (kept until its text changes). */
  factsWithText(index: number): YearFacts {
    const kept = this.findings(index).facts;
    if (kept?.hasText) return kept;
    const p = this.parts[index];
    return (p.fullFacts ??= this.analysis(index).facts());
  }

  /** The findings of the first part that is a report (a collection may open with a cover page), else of the first. */
  firstReport(): ReportFindings {
    for (let i = 0; i < this.parts.length; i++) if (this.findings(i).isReport) return this.findings(i);
    return this.findings(0);
  }

  /** Every report's diagnostics, its own and against last year's report, in document offsets. */
  diagnostics(): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (let i = 0; i < this.parts.length; i++) {
      const start = this.starts[i];
      const years = this.yearDiagnostics(i);
      const own = this.findings(i).diagnostics;
      const all = years.length ? [...own, ...years].sort((x, y) => x.range.start - y.range.start) : own;
      for (const d of all) out.push(start ? shiftDiagnostic(d, start) : d);
    }
    return out;
  }

  private reindex(from: number): void {
    this.starts.length = this.parts.length;
    for (let i = from; i < this.parts.length; i++) this.starts[i] = i === 0 ? 0 : this.starts[i - 1] + this.parts[i - 1].text.length;
    // Reports up to `from` start on the lines they did; later ones are counted again when asked.
    this.linesKnown = Math.min(this.linesKnown, from + 1);
    this.lines.length = this.linesKnown;
    this.columns.length = this.linesKnown;
  }

  /**
   * The line a report starts on, counting the line breaks of the reports before it that were not counted yet (and
   * the character it starts at: after the last line of the report before it, which has no break when glued).
   */
  private lineOf(index: number): number {
    for (let i = this.linesKnown; i <= index; i++) {
      const before = this.parts[i - 1];
      this.lines[i] = this.lines[i - 1] + breaks(before);
      this.columns[i] = breaks(before) ? before.text.length - lastLineStart(before.text) : this.columns[i - 1] + before.text.length;
    }
    this.linesKnown = Math.max(this.linesKnown, index + 1);
    return this.lines[index];
  }
}

/**
 * When an edit at [start, end) of a window of reports (offsets in the window) changed one report only, that report's
 * line index (or count of line breaks) is carried over from its old text to its new one: counting the lines of a
 * report of millions of lines again took hundreds of milliseconds a keystroke.
 */
function linesCarried(old: Part[], fresh: Part[], start: number, end: number, length: number): void {
  if (old.length !== fresh.length) return;
  let k = -1;
  let offset = 0;
  for (let i = 0; i < old.length; i++) {
    if (old[i] === fresh[i]) continue;
    if (k >= 0) return;
    k = i;
  }
  if (k < 0) return;
  for (let i = 0; i < k; i++) offset += old[i].text.length;
  const [was, now] = [old[k], fresh[k]];
  const [s, e] = [start - offset, end - offset];
  if (s < 0 || e > was.text.length || now.text.length !== was.text.length + length - (e - s)) return;
  if (was.lines) {
    now.lines = was.lines.edited(now.text, s, e, length);
    now.breaks = now.lines.lineCount - 1;
  } else if (was.breaks !== undefined) {
    // The breaks around the edit are counted in both texts: a CRLF one character outside it is counted alike in both.
    const [a, b] = [Math.max(0, s - 1), Math.min(was.text.length, e + 1)];
    now.breaks = was.breaks - countBreaks(was.text.slice(a, b)) + countBreaks(now.text.slice(a, b + length - (e - s)));
  }
}

function lineIndex(p: Part): LineIndex {
  return (p.lines ??= new LineIndex(p.text));
}

/**
 * Where the last line of a text starts: after its last line break (LF, CRLF or CR), or 0. Read from the end: a
 * report's text mostly ends with its break, and a search for a CR that is not there would read the whole report.
 */
function lastLineStart(text: string): number {
  let i = text.length;
  while (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) i--;
  return i;
}

function breaks(p: Part): number {
  return (p.breaks ??= p.lines ? p.lines.lineCount - 1 : countBreaks(p.text));
}

/** The parts of a text at its report starts. */
function cut(text: string, starts: number[]): Part[] {
  return starts.map((s, i) => ({ text: text.slice(s, i + 1 === starts.length ? text.length : starts[i + 1]) }));
}

const shift = (r: OffsetRange, by: number): OffsetRange => ({ start: r.start + by, end: r.end + by });

/** Edits of a report's text as edits of its document: moved by the report's start. */
export function shiftEdits(edits: TextEdit[], by: number): TextEdit[] {
  return edits.map((e) => ({ start: e.start + by, end: e.end + by, text: e.text }));
}

/**
 * A diagnostic moved from report offsets to document offsets. Every field is written out, in one order: a spread
 * of diagnostics of many shapes cost ten times as much, and a collection shifts thousands of them. The type makes
 * a field added to Diagnostic an error here until it is copied too.
 */
export function shiftDiagnostic(d: Diagnostic, by: number): Diagnostic {
  const out: { [K in keyof Required<Diagnostic>]: Diagnostic[K] } = {
    rule: d.rule, severity: d.severity, message: d.message, range: shift(d.range, by),
    table: d.table, row: d.row, column: d.column, version: d.version, expected: d.expected, actual: d.actual,
    fix: d.fix && { title: d.fix.title, edits: shiftEdits(d.fix.edits, by), ...(d.fix.suggestion ? { suggestion: true } : {}) },
    // A place in another document stays where it is.
    related: d.related?.map((r) => (r.document === undefined ? { range: shift(r.range, by), message: r.message } : r)),
  };
  return out;
}

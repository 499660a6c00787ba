// Last year's reports in the workspace: the report files of the workspace folders (and of each open document's own
// folder) are read in the background, a few at a time, and each report's facts are kept with the file's line index,
// so that a report in the editor is checked against its body's report of the year before without opening it.
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import type { Location } from 'vscode-languageserver';
import { checkView, LineIndex, ReportDocument, YearIndex, type LastYear, type OffsetRange, type YearFacts } from '../core';
import { viewUriOf } from './views';
import { MAX_BYTES, MAX_DEPTH, MAX_FILES, readReportFile, walkReportFiles } from './reportFiles';

/** A report of a file on disk: its facts, where it starts, and the document its related places open in. */
export interface FileReport {
  facts: YearFacts;
  base: number;
  /** The file's URI for text; for .docx, HTML and PDF, its text view's. */
  uri: string;
  name: string;
}

interface FileEntry {
  mtimeMs: number;
  size: number;
  reports: FileReport[];
  lines?: LineIndex;
}

export class LastYears {
  private readonly files = new Map<string, FileEntry>();
  private index?: YearIndex<FileReport>;
  /** The folders searched, and how deep. */
  private readonly searched = new Map<string, number>();
  private queue: Promise<void> = Promise.resolve();
  /** Whether reports were adopted since `changed` was last called for them. */
  private adopted = false;

  /** `changed` is called when reports were found or changed: open documents may have a last year now. */
  constructor(private readonly changed: () => void) {}

  /** Reads the report files under a folder (once per folder), in the background. */
  search(folder: string, depth = MAX_DEPTH): void {
    if ((this.searched.get(folder) ?? -1) >= depth) return;
    this.searched.set(folder, depth);
    this.queue = this.queue.then(async () => {
      const found: string[] = [];
      walkReportFiles(folder, depth, found);
      let any = false;
      for (const file of found) {
        if (this.files.size >= MAX_FILES) break;
        any = (await this.read(file)) || any;
        await new Promise((r) => setImmediate(r));
      }
      if (any) this.changed();
    });
  }

  /** A file changed, appeared or went on disk: read again. */
  async update(file: string): Promise<void> {
    await this.queue;
    if (!this.files.has(file) && ![...this.searched.keys()].some((f) => file.startsWith(f + path.sep))) return;
    const before = this.files.get(file);
    if (await this.read(file, true)) this.changed();
    else if (before && !this.files.has(file)) this.changed();
  }

  /**
   * A file read and checked elsewhere (the workspace check), with its reports' facts and its line index: kept as if
   * read here, so that it is not read a second time. A version already kept stays as it is, facts and all: a file
   * checked again because its last year changed gives the same facts, and telling of them would start that again.
   */
  adopt(file: string, stat: { mtimeMs: number; size: number }, reports: FileReport[], lines: LineIndex | undefined): void {
    const kept = this.files.get(file);
    if (kept && kept.mtimeMs === stat.mtimeMs && kept.size === stat.size) return;
    if (!reports.length) {
      this.adopted = this.forget(file) || this.adopted;
      return;
    }
    this.files.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, reports, lines });
    this.index = undefined;
    this.adopted = true;
  }

  /** Tells of the reports adopted since the last time, if any: once for a whole run of the workspace check. */
  announce(): void {
    if (!this.adopted) return;
    this.adopted = false;
    this.changed();
  }

  /** Waits for the searches asked for so far (tests). */
  settled(): Promise<void> {
    return this.queue;
  }

  /** Last year's report of a report's body among the files read, other than the file being checked. */
  lastYearOf(facts: YearFacts, exceptUri: string): LastYear | undefined {
    this.index ??= new YearIndex([...this.files.values()].flatMap((e) => e.reports));
    const found = this.index.lastYearOf(facts);
    if (!found || found.uri === exceptUri || viewUriOf(exceptUri) === found.uri) return undefined;
    return { facts: found.facts, name: found.name, document: found.uri, base: found.base };
  }

  /** A place in a file read here, as an LSP location. */
  locate(document: string, range: OffsetRange): Location | undefined {
    const entry = [...this.files.values()].find((e) => e.reports.some((r) => r.uri === document));
    if (!entry?.lines) return undefined;
    const lines = entry.lines;
    return { uri: document, range: { start: lines.positionAt(range.start), end: lines.positionAt(range.end) } };
  }

  /** Reads a file's reports; whether anything about them changed. */
  private async read(file: string, again = false): Promise<boolean> {
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(file);
    } catch {
      return this.forget(file);
    }
    const kept = this.files.get(file);
    if (kept && kept.mtimeMs === stat.mtimeMs && kept.size === stat.size && !again) return false;
    if (!stat.isFile() || stat.size > MAX_BYTES) return this.forget(file);
    try {
      const entry = await readReports(file, stat);
      if (!entry.reports.length) return this.forget(file);
      this.files.set(file, entry);
      this.index = undefined;
      return true;
    } catch {
      return this.forget(file);
    }
  }

  private forget(file: string): boolean {
    const had = this.files.delete(file);
    if (had) this.index = undefined;
    return had;
  }
}

/** The reports of a file, with a year: those a report of the next year can be checked against. */
async function readReports(file: string, stat: fs.Stats): Promise<FileEntry> {
  const entry: FileEntry = { mtimeMs: stat.mtimeMs, size: stat.size, reports: [] };
  const name = path.basename(file);
  const read = await readReportFile(file);
  if (read.kind === 'view') {
    const facts = checkView(read.view).facts();
    if (facts.year !== undefined) entry.reports.push({ facts, base: 0, uri: read.uri, name });
    entry.lines = new LineIndex(read.view.text);
  } else if (read.kind === 'text') {
    const doc = new ReportDocument(read.text, { outline: false, keepText: true });
    for (let i = 0; i < doc.reportCount; i++) {
      const facts = doc.findings(i).facts;
      if (facts?.year !== undefined) entry.reports.push({ facts, base: doc.partStart(i), uri: read.uri, name });
    }
    if (entry.reports.length) entry.lines = new LineIndex(read.text);
  }
  return entry;
}

export const fileOf = (uri: string): string | undefined => {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
};

// Read-only text views of .docx, HTML and PDF files: the server reads the file with its reader and keeps the view
// (the canonical one-cell-per-line text, with its map back to the file). The client shows the view as a document
// of the `govreport-view` scheme whose path is the file's path; the server checks it from the reader's blocks.
import * as fs from 'fs';
import { fileURLToPath, pathToFileURL } from 'url';
import * as path from 'path';
import { fixSource, looksLikeReport, renderTextView, sourceAt, type CheckOptions, type SourceDocument, type TextView } from '../core';
import { ReaderError, sniffFile, writeDocxEdits, type Reader } from '../readers';
import { ChangedOnDisk, ReadOnlyFile, writeInPlace } from '../io/writeInPlace';
import { VIEW_SCHEME, type FixAnswer, type SourceAnswer, type ViewAnswer } from './viewProtocol';

interface KeptView {
  file: string;
  /** The bytes the view was read from (plain bytes, not a Buffer): a fix is written only over these. */
  bytes: Uint8Array;
  reader: Reader;
  doc: SourceDocument;
  view: TextView;
}

/** The view's URI a client that names none gets: the file's path with the view scheme and `.govreport` after it. */
export function viewUriOf(fileUri: string): string {
  return `${VIEW_SCHEME}:${fileUri.slice(fileUri.indexOf(':') + 1)}.govreport`;
}

/** The file a view shows: its path with the file scheme, `.govreport` taken off (as the client names views). */
export function fileUriOfView(viewUri: string): string {
  return `file:${viewUri.slice(VIEW_SCHEME.length + 1).replace(/\.govreport$/, '')}`;
}

export const isViewUri = (uri: string) => uri.startsWith(`${VIEW_SCHEME}:`);

export class Views {
  private kept = new Map<string, KeptView>();

  /**
   * Reads the file (again: it may have changed on disk) and keeps its view under `viewUri`, the URI the client will
   * show it at (exactly as the client writes it).
   */
  async open(fileUri: string, viewUri = viewUriOf(fileUri)): Promise<ViewAnswer> {
    let file: string;
    try {
      file = fileURLToPath(fileUri);
    } catch {
      return { ok: false, reason: `not a file: ${fileUri}` };
    }
    let bytes: Uint8Array;
    try {
      const buffer = fs.readFileSync(file);
      bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    } catch (e) {
      return { ok: false, reason: e instanceof Error ? e.message : String(e) };
    }
    const sniffed = sniffFile(bytes, path.extname(file));
    if (sniffed.kind === 'legacy-word') return { ok: false, reason: 'legacy-word' };
    if (sniffed.kind !== 'reader') return { ok: false, reason: 'not a .docx, HTML or PDF file' };
    try {
      const doc = await sniffed.reader.read(bytes);
      const view = renderTextView(doc);
      this.kept.set(viewUri, { file, bytes, reader: sniffed.reader, doc, view });
      return { ok: true, viewUri, text: view.text, format: doc.format, isReport: !!doc.problem || looksLikeReport(view.text) };
    } catch (e) {
      return { ok: false, reason: e instanceof ReaderError ? e.reason : e instanceof Error ? e.message : String(e) };
    }
  }

  /** The view kept for a view document, if its text is the one shown. */
  viewOf(viewUri: string, text?: string): TextView | undefined {
    const kept = this.kept.get(viewUri);
    return kept && (text === undefined || kept.view.text === text) ? kept.view : undefined;
  }

  forget(viewUri: string): void {
    this.kept.delete(viewUri);
  }

  /** Where an offset of a view stands in its file. */
  sourceAt(viewUri: string, offset: number): SourceAnswer | undefined {
    const kept = this.kept.get(viewUri);
    return kept && { file: kept.file, format: kept.doc.format, location: sourceAt(kept.view, offset) };
  }

  /**
   * Fixes a .docx in place: the fixes of its view, written into word/document.xml (only the numbers' text), the
   * file written in place (io/writeInPlace.ts) if it still holds the bytes the view was read from. The view is read
   * again from the written file.
   */
  async fixFile(viewUri: string, options: CheckOptions): Promise<FixAnswer> {
    const kept = this.kept.get(viewUri);
    if (!kept) return { applied: false, changes: 0, titles: [], reason: 'no such view' };
    if (kept.doc.format !== 'docx') return { applied: false, changes: 0, titles: [], reason: `${kept.doc.format} files are not written` };
    const result = fixSource(kept.doc, options);
    if (!result.edits.length) return { applied: true, changes: 0, titles: [] };
    if (!result.sourceEdits) return { applied: false, changes: 0, titles: [], reason: 'not placed' };
    try {
      writeInPlace(kept.file, kept.bytes, writeDocxEdits(kept.bytes, result.sourceEdits));
    } catch (e) {
      const reason = e instanceof ChangedOnDisk ? 'changed on disk' : e instanceof ReadOnlyFile ? 'read-only' : e instanceof Error ? e.message : String(e);
      return { applied: false, changes: 0, titles: [], reason };
    }
    await this.open(pathToFileURL(kept.file).href, viewUri);
    return { applied: true, changes: result.edits.length, titles: result.applied };
  }
}

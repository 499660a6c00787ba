// .docx, HTML and PDF reports in the editor: a read-only text view of the file (the server reads it), opened by a
// command, from the Explorer's context menu, or from the notification shown when such a file that is a report is
// opened. "Show in original" goes back to the file; fix-all on a .docx view writes the Word file after a confirmation.
import * as path from 'path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

import type { SourceLocation } from '../../server/src/core/source/document';
import { FIX_FILE_REQUEST, SOURCE_LOCATION_REQUEST, TEXT_VIEW_REQUEST, VIEW_SCHEME, type FixAnswer, type SourceAnswer, type ViewAnswer } from '../../server/src/lsp/viewProtocol';

export { VIEW_SCHEME };

/** Files a reader reads: by extension here; the server decides by content. */
export const DOCUMENT_EXTENSIONS = ['.docx', '.pdf', '.html', '.htm', '.xhtml', '.shtml', '.mhtml', '.mht', '.doc', '.wps'];


export const viewUriOf = (file: vscode.Uri) => file.with({ scheme: VIEW_SCHEME, path: `${file.path}.govreport` });
export const fileOfView = (view: vscode.Uri) => view.with({ scheme: 'file', path: view.path.replace(/\.govreport$/, '') });
export const isDocumentFile = (uri: vscode.Uri) => uri.scheme === 'file' && DOCUMENT_EXTENSIONS.includes(path.extname(uri.path).toLowerCase());

/**
 * The views as a read-only file system: the editor shows a view as a read-only document, and reloads it when told
 * that it changed (after its .docx was fixed).
 */
export class ReportViews implements vscode.FileSystemProvider {
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;
  /** The format of each view shown, as the server read it. */
  private readonly formats = new Map<string, string>();
  /** The text of each view, as last read: stat and readFile answer from it. */
  private readonly texts = new Map<string, Uint8Array>();
  private readonly mtimes = new Map<string, number>();

  constructor(private readonly client: LanguageClient) {}

  async stat(viewUri: vscode.Uri): Promise<vscode.FileStat> {
    const bytes = await this.bytesOf(viewUri);
    const mtime = this.mtimes.get(viewUri.toString()) ?? Date.now();
    return { type: vscode.FileType.File, ctime: mtime, mtime, size: bytes.length, permissions: vscode.FilePermission.Readonly };
  }

  async readFile(viewUri: vscode.Uri): Promise<Uint8Array> {
    return this.bytesOf(viewUri);
  }

  private async bytesOf(viewUri: vscode.Uri): Promise<Uint8Array> {
    const kept = this.texts.get(viewUri.toString());
    if (kept) return kept;
    const answer = await this.read(fileOfView(viewUri), viewUri);
    if (!answer.ok) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Cannot read {0} as a report: {1}', path.basename(fileOfView(viewUri).fsPath), reasonText(answer.reason)));
      throw vscode.FileSystemError.Unavailable(viewUri);
    }
    return this.texts.get(viewUri.toString())!;
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  readDirectory(): [string, vscode.FileType][] {
    return [];
  }

  createDirectory(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  writeFile(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  delete(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  rename(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  private async read(file: vscode.Uri, viewUri = viewUriOf(file)): Promise<ViewAnswer> {
    const answer = (await this.client.sendRequest(TEXT_VIEW_REQUEST, { uri: file.toString(), viewUri: viewUri.toString() })) as ViewAnswer;
    if (answer.ok) {
      const key = viewUri.toString();
      this.formats.set(key, answer.format);
      this.texts.set(key, new TextEncoder().encode(answer.text));
      this.mtimes.set(key, Date.now());
    }
    return answer;
  }

  /** Opens the text view of a file in an editor, as a govreport document (the file is read afresh). */
  async open(file: vscode.Uri): Promise<vscode.TextEditor> {
    const viewUri = viewUriOf(file);
    const answer = await this.read(file, viewUri);
    if (!answer.ok) throw new Error(vscode.l10n.t('Cannot read {0} as a report: {1}', path.basename(file.fsPath), reasonText(answer.reason)));
    this.changed.fire([{ type: vscode.FileChangeType.Changed, uri: viewUri }]);
    const doc = await vscode.workspace.openTextDocument(viewUri);
    const shown = doc.languageId === 'govreport' ? doc : await vscode.languages.setTextDocumentLanguage(doc, 'govreport');
    return vscode.window.showTextDocument(shown, { preview: false });
  }

  /** The files whose view was offered: once each (a file opens as a tab and as a text document at once). */
  private readonly offered = new Set<string>();

  /** When a .docx, HTML or PDF file that is a report is opened, offers its view, once. */
  async offer(file: vscode.Uri): Promise<void> {
    if (vscode.workspace.getConfiguration('govreport', file).get('detect') === 'off') return;
    if (this.offered.has(file.toString())) return;
    this.offered.add(file.toString());
    const answer = await this.read(file);
    if (!answer.ok || !answer.isReport) return;
    const open = vscode.l10n.t('Open as report');
    const choice = await vscode.window.showInformationMessage(vscode.l10n.t('{0} is a government information-disclosure annual report. Check it?', path.basename(file.fsPath)), open);
    if (choice === open) await this.open(file);
  }

  /** Goes from the cursor in a view to the same place in the file it shows. */
  async showInOriginal(editor: vscode.TextEditor): Promise<void> {
    const answer = (await this.client.sendRequest(SOURCE_LOCATION_REQUEST, { uri: editor.document.uri.toString(), position: editor.selection.active })) as SourceAnswer;
    const file = fileOfView(editor.document.uri);
    const at = answer?.location;
    if (at?.format === 'html') {
      const doc = await vscode.workspace.openTextDocument(file);
      const where = new vscode.Position(at.line - 1, at.column - 1);
      await vscode.window.showTextDocument(doc, { selection: new vscode.Range(where, where), preview: false });
      return;
    }
    await vscode.commands.executeCommand('vscode.open', file);
    if (at) void vscode.window.showInformationMessage(placeText(at));
  }

  /** Fix-all on a view: a .docx is fixed in place after a confirmation; a PDF or a page is not written. */
  async fixFile(editor: vscode.TextEditor, confirmed: boolean): Promise<void> {
    const viewUri = editor.document.uri;
    const format = this.formats.get(viewUri.toString());
    const name = path.basename(fileOfView(viewUri).fsPath);
    if (format !== 'docx') {
      void vscode.window.showWarningMessage(vscode.l10n.t('{0} is a published file and is not changed: fix the Word document it was made from.', name));
      return;
    }
    const fix = vscode.l10n.t('Fix the Word file');
    if (!confirmed) {
      const sure = await vscode.window.showWarningMessage(vscode.l10n.t('Write every available fix into {0}? Only the numbers that are fixed change in the file.', name), { modal: true }, fix);
      if (sure !== fix) return;
    }
    const answer = (await this.client.sendRequest(FIX_FILE_REQUEST, { uri: viewUri.toString() })) as FixAnswer;
    if (!answer.applied) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Nothing was fixed: {0}', reasonText(answer.reason ?? '?')));
      return;
    }
    await this.read(fileOfView(viewUri), viewUri);
    this.changed.fire([{ type: vscode.FileChangeType.Changed, uri: viewUri }]);
    void vscode.window.showInformationMessage(answer.changes ? vscode.l10n.t('{0}: {1} fixes written', name, answer.changes) : vscode.l10n.t('Nothing to fix'));
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function reasonText(reason: string): string {
  switch (reason) {
    case 'legacy-word': return vscode.l10n.t('an old binary Word or WPS file (.doc, .wps): save it as .docx first');
    case 'encrypted': return vscode.l10n.t('the file is password-protected');
    case 'corrupt': return vscode.l10n.t('the file is damaged');
    case 'too-deep': return vscode.l10n.t('its tables or elements are nested far deeper than in any report');
    case 'changed on disk': return vscode.l10n.t('the file changed on disk since it was read; open it as a report again');
    case 'read-only': return vscode.l10n.t('the file is read-only: make it writable to fix it');
    default: return reason;
  }
}

/** Where a place of a .docx or PDF is, for the message shown beside the opened file. */
function placeText(at: SourceLocation): string {
  if (at.format === 'pdf') return vscode.l10n.t('Page {0}', at.page);
  if (at.format !== 'docx') return vscode.l10n.t('Line {0}, column {1}', at.line, at.column);
  if (at.table !== undefined) return at.row !== undefined ? vscode.l10n.t('Table {0}, row {1}, cell {2}', at.table, at.row, at.cell ?? '?') : vscode.l10n.t('Table {0}', at.table);
  return vscode.l10n.t('Paragraph {0}', at.paragraph ?? '?');
}

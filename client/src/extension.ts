// The VS Code client: starts the language server over IPC, switches plain-text reports to the govreport
// language, and adds the commands and the status bar item. Everything about reports lives in the server.
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { looksLikeReport } from '../../server/src/core/detect';
import { SERVER_FLAGS } from '../../server/src/lsp/flags';
import { ReportStatus, StatusItem } from './status';
import { isDocumentFile, ReportViews, VIEW_SCHEME } from './views';
import { ReportsView } from './reportsView';
import { registerWorkspaceCheck, REPORT_FILES_GLOB } from './workspaceCheck';

/** The config files the server reads (io/configFile.ts CONFIG_NAMES). */
const CONFIG_FILES_GLOB = '**/{govreport.json,.govreportrc.json}';
const FIX_ALL_COMMAND = 'govreport.server.fixAll';
let client: LanguageClient | undefined;

/** What the extension offers other extensions (and its tests): the Reports view's tree. */
export interface GovreportApi {
  reportsView: ReportsView;
}

export async function activate(context: vscode.ExtensionContext): Promise<GovreportApi> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_FLAGS] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_FLAGS, '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Markdown reports stay Markdown (their preview keeps working) and are still checked; the server decides
    // from the text whether a plain-text or Markdown document is a report.
    documentSelector: [{ language: 'govreport' }, { language: 'plaintext' }, { language: 'markdown' }, { scheme: VIEW_SCHEME }],
    // listsReportFiles: the server asks this client for the workspace's report files (workspaceCheck.ts).
    initializationOptions: { settings: vscode.workspace.getConfiguration('govreport'), displayLanguage: vscode.env.language, listsReportFiles: true },
    // Report files changing on disk: last year's report of an open one may be among them, and the workspace check
    // follows them. A change of files.exclude changes which files the workspace check takes. Config files: the
    // server reads them itself (the nearest one above each report) and checks again when one changes.
    synchronize: {
      configurationSection: ['govreport', 'files.exclude'],
      fileEvents: [vscode.workspace.createFileSystemWatcher(REPORT_FILES_GLOB), vscode.workspace.createFileSystemWatcher(CONFIG_FILES_GLOB)],
    },
  };
  client = new LanguageClient('govreport', vscode.l10n.t('Government report checker'), serverOptions, clientOptions);

  const status = new StatusItem();
  const views = new ReportViews(client);
  const reportsView = new ReportsView(client);
  context.subscriptions.push(status, views, reportsView, registerWorkspaceCheck(client));
  client.onNotification('govreport/status', (s: ReportStatus) => status.update(s));

  context.subscriptions.push(
    vscode.workspace.registerFileSystemProvider(VIEW_SCHEME, views, { isCaseSensitive: true, isReadonly: true }),
    // A .docx, PDF or HTML file opened as text (a page's markup, a PDF shown as text) is offered as a report.
    vscode.workspace.onDidOpenTextDocument((doc) => (isDocumentFile(doc.uri) ? views.offer(doc.uri) : switchIfReport(doc))),
    vscode.window.onDidChangeActiveTextEditor(() => status.show()),
    // A .docx, PDF or HTML file opened in an editor tab (a binary viewer, or the page's markup): offer its report view.
    vscode.window.tabGroups.onDidChangeTabs((e) => {
      for (const tab of e.opened) {
        const uri = (tab.input as { uri?: vscode.Uri } | undefined)?.uri;
        if (uri && isDocumentFile(uri)) void views.offer(uri);
      }
    }),
    vscode.commands.registerCommand('govreport.openAsReport', async (target?: vscode.Uri) => {
      // From the Explorer: the file clicked; from the palette: the active editor's file, or the active tab's.
      const tabUri = (vscode.window.tabGroups.activeTabGroup.activeTab?.input as { uri?: vscode.Uri } | undefined)?.uri;
      const file = target ?? vscode.window.activeTextEditor?.document.uri ?? tabUri;
      if (file && isDocumentFile(file)) return void (await views.open(file));
      const doc = vscode.window.activeTextEditor?.document;
      if (doc && doc.languageId !== 'govreport') await vscode.languages.setTextDocumentLanguage(doc, 'govreport');
    }),
    vscode.commands.registerCommand('govreport.showInOriginal', async () => {
      const editor = vscode.window.activeTextEditor;
      if (editor?.document.uri.scheme === VIEW_SCHEME) await views.showInOriginal(editor);
    }),
    // `confirmed`: for a .docx view, the caller (a keybinding, a script, a test) has already asked the user.
    vscode.commands.registerCommand('govreport.fixAll', async (options?: { confirmed?: boolean }) => {
      const editor = vscode.window.activeTextEditor;
      if (editor?.document.uri.scheme === VIEW_SCHEME) return views.fixFile(editor, options?.confirmed === true);
      const doc = editor?.document;
      if (!doc || !client) return;
      const result = (await client.sendRequest('workspace/executeCommand', { command: FIX_ALL_COMMAND, arguments: [doc.uri.toString(), doc.version] })) as { applied: boolean; changes?: number; reason?: string };
      if (!result?.applied) void vscode.window.showWarningMessage(vscode.l10n.t('Nothing was fixed: {0}', result?.reason ?? '?'));
      else if (!result.changes) void vscode.window.setStatusBarMessage(vscode.l10n.t('Nothing to fix'), 3000);
    }),
  );
  for (const doc of vscode.workspace.textDocuments) await switchIfReport(doc);
  // Files open before the extension started.
  const openFiles = vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => (t.input as { uri?: vscode.Uri } | undefined)?.uri));
  await client.start();
  status.show();
  for (const uri of openFiles) if (uri && isDocumentFile(uri)) void views.offer(uri);
  return { reportsView };
}

/** A plain-text document whose text is a report is switched to the govreport language (setting govreport.detect). */
async function switchIfReport(doc: vscode.TextDocument): Promise<void> {
  if (doc.languageId !== 'plaintext') return;
  if (vscode.workspace.getConfiguration('govreport', doc).get('detect') === 'off') return;
  if (looksLikeReport(doc.getText())) await vscode.languages.setTextDocumentLanguage(doc, 'govreport');
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

// The VS Code client: starts the language server over IPC, switches plain-text reports to the govreport
// language, and adds the commands and the status bar item. Everything about reports lives in the server.
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { looksLikeReport } from '../../server/src/core/detect';
import { SERVER_FLAGS } from '../../server/src/lsp/flags';
import { ReportStatus, StatusItem } from './status';

const FIX_ALL_COMMAND = 'govreport.server.fixAll';
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_FLAGS] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_FLAGS, '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Markdown reports stay Markdown (their preview keeps working) and are still checked; the server decides
    // from the text whether a plain-text or Markdown document is a report.
    documentSelector: [{ language: 'govreport' }, { language: 'plaintext' }, { language: 'markdown' }],
    initializationOptions: { settings: vscode.workspace.getConfiguration('govreport'), displayLanguage: vscode.env.language },
    synchronize: { configurationSection: 'govreport' },
  };
  client = new LanguageClient('govreport', vscode.l10n.t('Government report checker'), serverOptions, clientOptions);

  const status = new StatusItem();
  context.subscriptions.push(status);
  client.onNotification('govreport/status', (s: ReportStatus) => status.update(s));

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(switchIfReport),
    vscode.window.onDidChangeActiveTextEditor(() => status.show()),
    vscode.commands.registerCommand('govreport.openAsReport', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (doc && doc.languageId !== 'govreport') await vscode.languages.setTextDocumentLanguage(doc, 'govreport');
    }),
    vscode.commands.registerCommand('govreport.fixAll', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc || !client) return;
      const result = (await client.sendRequest('workspace/executeCommand', { command: FIX_ALL_COMMAND, arguments: [doc.uri.toString(), doc.version] })) as { applied: boolean; changes?: number; reason?: string };
      if (!result?.applied) void vscode.window.showWarningMessage(vscode.l10n.t('Nothing was fixed: {0}', result?.reason ?? '?'));
      else if (!result.changes) void vscode.window.setStatusBarMessage(vscode.l10n.t('Nothing to fix'), 3000);
    }),
  );
  for (const doc of vscode.workspace.textDocuments) await switchIfReport(doc);
  await client.start();
  status.show();
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

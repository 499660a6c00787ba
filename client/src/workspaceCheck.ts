// The workspace check from the editor's side: the command that runs it, the one that cancels it, its progress in
// the status bar, and the listing of the workspace's report files the server asks for (VS Code's own search, so
// `files.exclude` holds exactly as in the Explorer). The check itself is the server's.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CANCEL_WORKSPACE_CHECK, CHECK_WORKSPACE_REQUEST, REPORT_FILES_REQUEST, WORKSPACE_PROGRESS, type WorkspaceProgress, type WorkspaceSummary,
} from '../../server/src/lsp/workspaceProtocol';
import { WorkspaceProgressItem } from './status';

/** The report files by name: what the client watches and lists (the server decides by content what each one is). */
export const REPORT_FILES_GLOB = '**/*.{txt,md,docx,doc,pdf,html,htm,xhtml,shtml,mhtml,mht}';

/** More than the server checks (it takes 2,000): the listing is cut off, not the search made to run long. */
const MAX_LISTED = 10_000;

export function registerWorkspaceCheck(client: LanguageClient): vscode.Disposable {
  const progress = new WorkspaceProgressItem();
  client.onNotification(WORKSPACE_PROGRESS, (p: WorkspaceProgress) => progress.update(p));
  // No exclude given: VS Code applies `files.exclude` (not `search.exclude`, which is about searching text).
  client.onRequest(REPORT_FILES_REQUEST, async () => (await vscode.workspace.findFiles(REPORT_FILES_GLOB, undefined, MAX_LISTED)).map((u) => u.toString()));
  return vscode.Disposable.from(
    progress,
    vscode.commands.registerCommand('govreport.checkWorkspace', async (): Promise<WorkspaceSummary> => {
      const s = (await client.sendRequest(CHECK_WORKSPACE_REQUEST, {})) as WorkspaceSummary;
      const text = vscode.l10n.t('{0} reports checked: {1} errors, {2} warnings', s.reports, s.errors, s.warnings);
      void vscode.window.setStatusBarMessage(s.cancelled ? vscode.l10n.t('{0} (cancelled)', text) : text, 5000);
      return s;
    }),
    vscode.commands.registerCommand('govreport.cancelWorkspaceCheck', () => client.sendNotification(CANCEL_WORKSPACE_CHECK)),
  );
}

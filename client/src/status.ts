import * as vscode from 'vscode';

export interface ReportStatus {
  uri: string;
  isReport: boolean;
  reportYear?: number;
  template?: string;
  /** How many reports the document holds (a reviewer's collection holds many). */
  reports?: number;
  errors: number;
  warnings: number;
}

/** Report year, template version and problem count of the active report; a click opens the Problems panel. */
export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('govreport.status', vscode.StatusBarAlignment.Left, 100);
  private readonly byUri = new Map<string, ReportStatus>();

  constructor() {
    this.item.name = vscode.l10n.t('Government report');
    this.item.command = 'workbench.actions.view.problems';
  }

  update(s: ReportStatus): void {
    this.byUri.set(s.uri, s);
    this.show();
  }

  show(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const s = uri ? this.byUri.get(uri) : undefined;
    if (!s || !s.isReport) {
      this.item.hide();
      return;
    }
    const version = s.template === 'v2019' ? '2019' : s.template === 'v2021' ? '2021' : s.template === 'mixed' ? '2019+2021' : '?';
    // A collection of reports: how many, instead of the first one's year and template.
    const what = (s.reports ?? 1) > 1 ? vscode.l10n.t('{0} reports', s.reports!) : `${s.reportYear ?? '?'} · ${vscode.l10n.t('template {0}', version)}`;
    this.item.text = `$(law) ${what} · $(error) ${s.errors} $(warning) ${s.warnings}`;
    this.item.tooltip = vscode.l10n.t('Report year {0}, template {1}: {2} errors, {3} warnings. Click to open the Problems panel.', String(s.reportYear ?? '?'), version, s.errors, s.warnings);
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}

/**
 * The workspace check under way (govreport.checkWorkspace, or the setting govreport.workspaceCheck): files checked of
 * all, in the status bar while it runs; a click cancels it.
 */
export class WorkspaceProgressItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('govreport.workspaceCheck', vscode.StatusBarAlignment.Left, 99);

  constructor() {
    this.item.name = vscode.l10n.t('Workspace report check');
    this.item.command = 'govreport.cancelWorkspaceCheck';
  }

  update(p: { running: boolean; done: number; total: number }): void {
    void vscode.commands.executeCommand('setContext', 'govreport.workspaceCheckRunning', p.running);
    if (!p.running) {
      this.item.hide();
      return;
    }
    this.item.text = `$(sync~spin) ${vscode.l10n.t('Checking reports {0}/{1}', p.done, p.total)}`;
    this.item.tooltip = vscode.l10n.t('Checking the report files of the workspace: {0} of {1}. Click to cancel.', p.done, p.total);
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}

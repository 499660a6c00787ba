// The Reports view in the Explorer: the reports the workspace check read, as body → year → table (or section) →
// findings, each level with its counts; a finding opens its place (in a .docx, HTML or PDF file's text view). The
// data is the server's (REPORTS_REQUEST), asked again whenever the server says it changed.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { REPORTS_CHANGED, REPORTS_REQUEST, type ReportEntry, type ReportFinding, type ReportsAnswer } from '../../server/src/lsp/workspaceProtocol';

export type ReportNode =
  | { kind: 'body'; label: string; reports: ReportEntry[] }
  | { kind: 'year'; report: ReportEntry }
  | { kind: 'group'; label: string; report: ReportEntry; findings: ReportFinding[] }
  | { kind: 'finding'; report: ReportEntry; finding: ReportFinding };

const ICONS = { error: 'error', warning: 'warning', info: 'info' } as const;

/** "2 errors, 3 warnings" of some findings (infos are not counted: the Problems panel shows them). */
function counts(findings: readonly ReportFinding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return vscode.l10n.t('{0} errors, {1} warnings', errors, warnings);
}

/** Findings in groups, in the order the report first shows each group. */
function groups(report: ReportEntry): Map<string, ReportFinding[]> {
  const out = new Map<string, ReportFinding[]>();
  for (const f of report.findings) out.set(f.group, [...(out.get(f.group) ?? []), f]);
  return out;
}

export class ReportsView implements vscode.TreeDataProvider<ReportNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ReportNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private reports: ReportEntry[] = [];
  private readonly view: vscode.TreeView<ReportNode>;
  private readonly restarted: vscode.Disposable;

  constructor(private readonly client: LanguageClient) {
    this.view = vscode.window.createTreeView('govreport.reports', { treeDataProvider: this, showCollapseAll: true });
    client.onNotification(REPORTS_CHANGED, () => void this.refresh());
    // A server started again knows no reports until it checks them.
    this.restarted = client.onDidChangeState(({ newState }) => newState === State.Running && void this.refresh());
  }

  /** Asks the server for the reports again; resolves once the tree has them. */
  async refresh(): Promise<void> {
    if (!this.client.isRunning()) return;
    this.reports = ((await this.client.sendRequest(REPORTS_REQUEST, {})) as ReportsAnswer).reports;
    const errors = this.reports.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'error').length, 0);
    this.view.badge = errors ? { value: errors, tooltip: vscode.l10n.t('{0} errors in the reports', errors) } : undefined;
    this.changed.fire(undefined);
  }

  getChildren(node?: ReportNode): ReportNode[] {
    if (!node) {
      const bodies = new Map<string, ReportEntry[]>();
      for (const r of this.reports) {
        const label = r.body ?? vscode.l10n.t('Body not named ({0})', r.file);
        bodies.set(label, [...(bodies.get(label) ?? []), r]);
      }
      return [...bodies].sort(([a], [b]) => a.localeCompare(b, 'zh-CN')).map(([label, reports]) => ({ kind: 'body', label, reports }));
    }
    if (node.kind === 'body') {
      // Newest year first; two files of one body and year (a doubt the checker reports) each have their line.
      const sorted = [...node.reports].sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.file.localeCompare(b.file));
      return sorted.map((report) => ({ kind: 'year', report }));
    }
    if (node.kind === 'year') return [...groups(node.report)].map(([label, findings]) => ({ kind: 'group', label, report: node.report, findings }));
    if (node.kind === 'group') return node.findings.map((finding) => ({ kind: 'finding', report: node.report, finding }));
    return [];
  }

  getTreeItem(node: ReportNode): vscode.TreeItem {
    const { Collapsed, Expanded, None } = vscode.TreeItemCollapsibleState;
    switch (node.kind) {
      case 'body': {
        const item = new vscode.TreeItem(node.label, Expanded);
        item.description = counts(node.reports.flatMap((r) => r.findings));
        item.iconPath = new vscode.ThemeIcon('law');
        return item;
      }
      case 'year': {
        const { report } = node;
        const item = new vscode.TreeItem(report.year !== undefined ? String(report.year) : vscode.l10n.t('Year unknown'), report.findings.length ? Collapsed : None);
        item.description = `${counts(report.findings)} · ${report.file}`;
        item.tooltip = vscode.Uri.parse(report.uri).fsPath;
        item.resourceUri = vscode.Uri.parse(report.uri);
        item.iconPath = vscode.ThemeIcon.File;
        return item;
      }
      case 'group': {
        const item = new vscode.TreeItem(node.label || vscode.l10n.t('The report as a whole'), Collapsed);
        item.description = String(node.findings.length);
        item.iconPath = new vscode.ThemeIcon(node.findings[0].table !== undefined ? 'table' : 'symbol-namespace');
        return item;
      }
      case 'finding': {
        const { finding, report } = node;
        const item = new vscode.TreeItem(finding.message, None);
        item.description = finding.rule;
        item.tooltip = finding.message;
        item.iconPath = new vscode.ThemeIcon(ICONS[finding.severity]);
        const { start, end } = finding.range;
        const selection = new vscode.Range(start.line, start.character, end.line, end.character);
        item.command = { command: 'vscode.open', title: vscode.l10n.t('Open the finding'), arguments: [vscode.Uri.parse(report.uri), { selection, preview: true }] };
        return item;
      }
    }
  }

  dispose(): void {
    this.restarted.dispose();
    this.view.dispose();
    this.changed.dispose();
  }
}

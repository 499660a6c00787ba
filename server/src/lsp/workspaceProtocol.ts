// The messages between the VS Code client and the server about the check of the workspace's report files (see
// workspaceCheck.ts) and the Reports view: one definition for both sides. Type-only imports, so the client bundles
// none of the server.
import type { Range } from 'vscode-languageserver-types';

/** `{}` → WorkspaceSummary once the check is done (or cancelled): every report file of the workspace checked. */
export const CHECK_WORKSPACE_REQUEST = 'govreport/checkWorkspace';
/** Notification, no parameters: stops the check under way; the files checked so far keep their findings. */
export const CANCEL_WORKSPACE_CHECK = 'govreport/cancelWorkspaceCheck';
/** Server → client notification, WorkspaceProgress: while a check runs, and once when it ends. */
export const WORKSPACE_PROGRESS = 'govreport/workspaceProgress';
/**
 * Server → client request, `{}` → file URIs: the workspace's report files, as the editor lists them (with its
 * `files.exclude`). Sent only to a client that says so in its initialization options (`listsReportFiles`).
 */
export const REPORT_FILES_REQUEST = 'govreport/reportFiles';
/** `{}` → ReportsAnswer: the reports checked, for the Reports view. */
export const REPORTS_REQUEST = 'govreport/reports';
/** Server → client notification, no parameters: what REPORTS_REQUEST answers has changed. */
export const REPORTS_CHANGED = 'govreport/reportsChanged';

export interface WorkspaceProgress {
  running: boolean;
  /** Files checked so far, of `total` (files not changed since the last check count as checked). */
  done: number;
  total: number;
}

export interface WorkspaceSummary {
  files: number;
  reports: number;
  errors: number;
  warnings: number;
  cancelled: boolean;
}

export type FindingSeverity = 'error' | 'warning' | 'info';

export interface ReportFinding {
  rule: string;
  severity: FindingSeverity;
  message: string;
  /** Where it belongs in the report: a table's name (表三), a section's title, or '' for the report as a whole. */
  group: string;
  /** A table finding's table (2, 3 or 4). */
  table?: number;
  /** Where it opens: its place in `uri` (a text file's, or a .docx, HTML or PDF file's text view). */
  range: Range;
}

/** One report of a file (a collection holds several), with its body and year when the report names them. */
export interface ReportEntry {
  uri: string;
  /** The file's name. */
  file: string;
  body?: string;
  year?: number;
  findings: ReportFinding[];
}

export interface ReportsAnswer {
  reports: ReportEntry[];
}

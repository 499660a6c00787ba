import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyseReport, buildReport } from '../core';
import type { Diagnostic, Equation, Lang, ReportModel, TableModel } from '../core';
import type { Settings } from './settings';

/** One document's model and findings, for one version of its text. */
export interface Analysis {
  version: number;
  report: ReportModel;
  diagnostics: Diagnostic[];
  equations: Map<TableModel, Equation[]>;
  lang: Lang;
}

/** Keeps the latest analysis of each open document; an analysis is computed once per version and settings. */
export class AnalysisCache {
  private readonly byUri = new Map<string, Analysis & { key: string }>();

  get(doc: TextDocument, settings: Settings, lang: Lang): Analysis {
    const key = `${doc.version}|${lang}|${JSON.stringify(settings.rules)}`;
    const hit = this.byUri.get(doc.uri);
    if (hit && hit.key === key) return hit;
    const report = buildReport(doc.getText());
    const analysis = { key, version: doc.version, report, ...analyseReport(report, { lang, rules: settings.rules }), lang };
    this.byUri.set(doc.uri, analysis);
    return analysis;
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
  }
}

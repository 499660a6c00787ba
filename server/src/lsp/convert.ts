import {
  CodeDescription, Diagnostic as LspDiagnostic, DiagnosticSeverity, Position, Range, TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import { ruleDocUri } from '../io/ruleDocs';
import type { Diagnostic, OffsetRange, RelatedLocation, TextEdit } from '../core';
import type { Location } from 'vscode-languageserver';

/** What converting offsets needs of a document: its URI and its line index. */
export interface Positions {
  uri: string;
  positionAt(offset: number): Position;
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information };

export const toRange = (doc: Positions, r: OffsetRange, base = 0): Range => ({ start: doc.positionAt(r.start + base), end: doc.positionAt(r.end + base) });

export const toTextEdits = (doc: Positions, edits: TextEdit[]): LspTextEdit[] => edits.map((e) => ({ range: toRange(doc, e), newText: e.text }));

/** The rule's page, as the diagnostic's link. */
export function ruleDocs(rule: string): CodeDescription {
  return { href: ruleDocUri(rule) };
}

/** What the client said it accepts in a diagnostic (PublishDiagnosticsClientCapabilities). */
export interface DiagnosticSupport {
  relatedInformation: boolean;
  codeDescription: boolean;
}

export const FULL_SUPPORT: DiagnosticSupport = { relatedInformation: true, codeDescription: true };

/**
 * A core diagnostic whose offsets count from `base` (a report's start in its document) in LSP form, with the
 * related locations and the rule's link only when the client accepts them.
 */
export function toLspDiagnostic(doc: Positions, d: Diagnostic, base: number, support: DiagnosticSupport, elsewhere?: (document: string, range: OffsetRange) => Location | undefined): LspDiagnostic {
  const location = (r: RelatedLocation): Location | undefined => (r.document === undefined ? { uri: doc.uri, range: toRange(doc, r.range, base) } : elsewhere?.(r.document, r.range));
  const related = support.relatedInformation ? d.related?.flatMap((r) => {
    const at = location(r);
    return at ? [{ location: at, message: r.message }] : [];
  }) : undefined;
  return {
    range: toRange(doc, d.range, base),
    severity: SEVERITY[d.severity],
    code: d.rule,
    codeDescription: support.codeDescription ? ruleDocs(d.rule) : undefined,
    source: 'govreport',
    message: d.message,
    relatedInformation: related?.length ? related : undefined,
    data: d.expected !== undefined ? { table: d.table, row: d.row, column: d.column, expected: d.expected, actual: d.actual } : undefined,
  };
}

const shiftRange = (r: Range, lines: number): Range => ({
  start: { line: r.start.line + lines, character: r.start.character },
  end: { line: r.end.line + lines, character: r.end.character },
});

/** The same diagnostic some lines further down (a report moved by an edit above it). */
export function shiftLspDiagnostic(d: LspDiagnostic, lines: number): LspDiagnostic {
  return {
    ...d,
    range: shiftRange(d.range, lines),
    relatedInformation: d.relatedInformation?.map((r) => ({ ...r, location: { uri: r.location.uri, range: shiftRange(r.location.range, lines) } })),
  };
}

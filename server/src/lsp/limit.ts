import { Diagnostic as LspDiagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { Lang } from '../core';

/**
 * At most `max` diagnostics (by default, in the config schema, as many as VS Code underlines in one file: it lists
 * up to 1000 and marks the first 500 in the text; so every problem listed is also marked, and a keystroke in a 10 MB
 * collection still publishes in a few ms) for one publish: the most severe first (errors, then warnings, then the rest), each
 * kind in document order; one more, last, says how many were left out and sits where the first of them is.
 * Up to `max` diagnostics are returned as they are.
 */
export function limitProblems(all: LspDiagnostic[], max: number, lang: Lang): LspDiagnostic[] {
  if (all.length <= max) return all;
  const room = Math.max(0, max - 1);
  // The severity from which diagnostics are kept in full, and how many of the next one still fit.
  const bySeverity = [0, 0, 0, 0, 0];
  for (const d of all) bySeverity[d.severity ?? DiagnosticSeverity.Error]++;
  let cut = 1;
  let left = room;
  while (cut <= 4 && bySeverity[cut] <= left) left -= bySeverity[cut++];
  const kept: LspDiagnostic[] = [];
  let firstLeftOut: LspDiagnostic | undefined;
  for (const d of all) {
    const s = d.severity ?? DiagnosticSeverity.Error;
    if (s < cut || (s === cut && left > 0)) {
      kept.push(d);
      if (s === cut) left--;
    } else {
      firstLeftOut ??= d;
    }
  }
  const omitted = all.length - kept.length;
  kept.push({
    range: firstLeftOut!.range,
    severity: DiagnosticSeverity.Information,
    code: 'max-problems',
    source: 'govreport',
    message: lang === 'en'
      ? `${omitted} more problems of this file are not listed (${all.length} in all; the limit is the setting govreport.maxProblems). The first one not listed is here; \`govreport check\` lists them all.`
      : `本文件另有 ${omitted} 个问题未列出（共 ${all.length} 个；上限见设置 govreport.maxProblems）。此处是未列出的第一个问题；govreport check 可列出全部。`,
  });
  return kept;
}

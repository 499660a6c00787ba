// A finding's identity from one run to the next, for dashboards that track findings (SARIF partialFingerprints):
// what it is about, not where it stands, so that lines added above it do not make it a new finding.
import { createHash } from 'crypto';
import type { Diagnostic } from '../core';

/** What a finding is about: a table finding its cell (table, row, column); any other the words it stands on. */
export function aboutOf(d: Diagnostic, words: string): string {
  return d.table !== undefined && d.row !== undefined ? `${d.table}|${d.row}|${d.column ?? ''}` : words.replace(/\s+/g, '');
}

/** The fingerprint of the `n`th finding of a rule about the same thing in a file (the second 区政府 is another finding). */
export function fingerprintOf(rule: string, about: string, n: number): string {
  return createHash('sha256').update(`${rule}|${about}|${n}`).digest('hex').slice(0, 32);
}

/** The fingerprints of a file's findings, in their order. */
export function fingerprints(diagnostics: readonly Diagnostic[], text: string): string[] {
  const seen = new Map<string, number>();
  return diagnostics.map((d) => {
    const about = aboutOf(d, text.slice(d.range.start, d.range.end));
    const key = `${d.rule}|${about}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return fingerprintOf(d.rule, about, n);
  });
}

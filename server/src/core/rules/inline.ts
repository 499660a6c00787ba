// Inline control in Markdown and text drafts: `<!-- govreport-disable rule-id -->` … `<!-- govreport-enable rule-id -->`,
// and `<!-- govreport-disable-next-line rule-id -->`; without an id, every rule. A comment only silences: a rule set
// off in the settings is not set on by one.
import type { Diagnostic } from '../types';

type Kind = 'disable' | 'enable' | 'disable-next-line';

interface Directive {
  kind: Kind;
  /** The rules it names; none: all. */
  rules: string[];
  /** Where it takes effect: after the comment, or the next line's [start, end). */
  from: number;
  to: number;
}

const COMMENT = /<!--\s*govreport-(disable-next-line|disable|enable)((?:[\s,]+[a-z0-9-]+)*)\s*-->/g;

/** The directives of a text, in order; none (and no scan past a search) when it has no comment. */
function directivesOf(text: string): Directive[] {
  if (!text.includes('govreport-')) return [];
  const out: Directive[] = [];
  for (const m of text.matchAll(COMMENT)) {
    const kind = m[1] as Kind;
    const rules = m[2].split(/[\s,]+/).filter((x) => x);
    const end = m.index + m[0].length;
    if (kind !== 'disable-next-line') {
      out.push({ kind, rules, from: end, to: text.length });
      continue;
    }
    const lineEnd = text.indexOf('\n', end);
    const next = lineEnd < 0 ? text.length : lineEnd + 1;
    const nextEnd = text.indexOf('\n', next);
    out.push({ kind, rules, from: next, to: nextEnd < 0 ? text.length : nextEnd });
  }
  return out;
}

const names = (d: Directive, rule: string) => !d.rules.length || d.rules.includes(rule);

/** Whether the comments before an offset leave a rule disabled there. */
function disabledAt(directives: Directive[], rule: string, offset: number): boolean {
  let off = false;
  for (const d of directives) {
    if (d.kind === 'disable-next-line') {
      if (names(d, rule) && offset >= d.from && offset <= d.to) return true;
    } else if (d.from <= offset && names(d, rule)) {
      off = d.kind === 'disable';
    }
  }
  return off;
}

/** The findings the text's comments do not silence. */
export function unsilenced(text: string, diagnostics: Diagnostic[]): Diagnostic[] {
  const directives = directivesOf(text);
  return directives.length ? diagnostics.filter((d) => !disabledAt(directives, d.rule, d.range.start)) : diagnostics;
}

/** Of some rules, those the text's comments silence at an offset. */
export function silencedAt(text: string, offset: number, rules: readonly string[]): string[] {
  const directives = directivesOf(text);
  return directives.length ? rules.filter((r) => disabledAt(directives, r, offset)) : [];
}

/** The comment that silences a rule on the line below it. */
export const disableNextLine = (rule: string) => `<!-- govreport-disable-next-line ${rule} -->`;

// What the running text says about the tables' figures: a claim names the cells whose sum it states, and where.
import type { Sentence } from '../text/prose';
import type { TableNumber } from '../types';
import { exactNumber, isAsciiDigits } from '../parse/cellValue';

export interface CellKey {
  row: string;
  column: string;
}

export interface Claim {
  table: TableNumber;
  /** The cells whose sum the text states (table 4's 行政诉讼: both litigation groups). */
  cells: CellKey[];
  value: number;
  /** The words the figure was said with, as written (新收…申请, 上年结转). */
  words: string;
  sentence: Sentence;
  /** Where the figure stands in its sentence: the number, or the phrase that says there were none. */
  from: number;
  to: number;
  /** Whether the text wrote a number (which a fix may change) or said "none" (未收到申请). */
  written: 'number' | 'none';
}

/** What a sentence that states none of a table's figures says of it: one array for them all, never written to. */
export const NO_CLAIMS: readonly Claim[] = Object.freeze([]);

/** Every claim the sentences make about one table, in document order (a loop: flatMap costs more). */
export function claimsIn(sentences: Iterable<Sentence>, read: (s: Sentence) => readonly Claim[]): Claim[] {
  const out: Claim[] = [];
  for (const s of sentences) for (const c of read(s)) out.push(c);
  return out;
}

/** A sentence's claims in the order they stand in it (most sentences have none or one, which need no sort). */
export function inTextOrder(claims: Claim[]): Claim[] {
  return claims.length > 1 ? claims.sort((a, b) => a.from - b.from) : claims;
}

/** A count as the text writes it: 3119, 3,119 (ASCII commas between groups of three), full-width digits. */
export const NUMBER = '([0-9０-９]{1,3}(?:,[0-9]{3})+|[0-9０-９]+)';

/**
 * A number as written, full-width digits and the full-width point read, thousands commas dropped; undefined when it
 * has more digits than a figure can have exactly (`exactNumber`): such a figure is no claim about a table.
 */
export function numberValue(text: string): number | undefined {
  // Most are plain digits, which the replacements below would leave as they are.
  if (isAsciiDigits(text)) return exactNumber(text, '');
  const [integer, fraction] = text.replace(/,/g, '').replace(/．/g, '.').replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)).split('.');
  return exactNumber(integer, fraction);
}

/** The part of a sentence a phrase may stretch over: no clause mark, bracket or digit in between. */
export const GAP = (max: number) => `[^，,。；;：:（）()0-9０-９]{0,${max}}?`;

/** A claim of the number in group `n` of a match made with the `d` flag (its groups' places known); none for a number `numberValue` does not read. */
export function numberClaim(s: Sentence, m: RegExpExecArray, n: number, table: TableNumber, cells: CellKey[], words: string): Claim | undefined {
  const [from, to] = m.indices![n];
  const value = numberValue(m[n]);
  return value === undefined ? undefined : { table, cells, value, words, sentence: s, from, to, written: 'number' };
}

/** A claim that there were none, said by the whole match. */
export function noneClaim(s: Sentence, m: RegExpExecArray, table: TableNumber, cells: CellKey[]): Claim {
  return { table, cells, value: 0, words: m[0], sentence: s, from: m.index, to: m.index + m[0].length, written: 'none' };
}

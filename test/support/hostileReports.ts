// Report texts as a careless writer, a converter or an attacker leaves them: real reports edited and mutated, built
// reports with odd figures planted in their cells, and random text. One definition for the fuzz suite in npm test
// (test/core/fuzz.test.ts) and the bench's long run (bench/longRun.mjs), which draws many more of each.
import fc from 'fast-check';
import type { Lang } from '../../server/src/core';
import { fraction } from './fraction';
import { applyEdit, baseDocument, editSpec, placeEdit } from './randomEdits';
import { buildReportText } from './reportBuilder';
import { LAYOUTS } from './ruleCases';

export interface Mutation {
  /** Where, as a fraction of the text's length. */
  at: number;
  /** How many characters it replaces. */
  length: number;
  text: string;
}

/** What a writer, a converter or an attacker does to a text: cut, paste, pad, and plant odd characters and numbers. */
export const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fraction,
  length: fc.nat({ max: 200 }),
  text: fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.constantFrom('\t', '\t\t\t\t', '\n', '\r\n', '\r', '\u00a0', '\u3000', '\ufeff', '\u200b', '\u202e', '\x1b]52;c;', '\0', '|', '| --- |', '\ud800', '\udc00x'),
    fc.constantFrom('1000000000000000000000', '12345678901234567891', '-5', '1e5', '０１２', '1,234', '3.5', '9'.repeat(40), '（七）总计', '四、结转下年度继续办理', '<!-- govreport-disable -->', '<!-- govreport-disable-next-line cell-count -->'),
  ),
});

export function mutate(text: string, m: Mutation): string {
  const at = Math.floor(m.at * (text.length + 1));
  return text.slice(0, at) + m.text + text.slice(Math.min(text.length, at + m.length));
}

/** Figures a cell may hold by mistake or malice: huge, exact at the limit, negative, decimal, padded, marked. */
export const ODD_FIGURES = ['1000000000000000000000', '12345678901234567891', '99999999999999', '100000000000000', '-3', '2.5', '0.000001', '１２', ' 7 ', '—', '', '无', '1 0', '3件', '9'.repeat(30)];

/** A real report (or two or three one after another) after some writer's edits and some mutations. */
export const mutatedReport: fc.Arbitrary<string> = fc
  .tuple(baseDocument, fc.array(editSpec, { maxLength: 3 }), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([base, edits, mutations]) => {
    let text = base;
    for (const e of edits) text = applyEdit(text, placeEdit(text, e));
    for (const m of mutations) text = mutate(text, m);
    return text;
  });

const CELL_KEYS = [...buildReportText({ layout: 'word' }).cells.keys()];

/** A report built in one of the layouts, with odd figures planted in one to four of its cells. */
export const plantedReport: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...LAYOUTS), fc.array(fc.tuple(fc.constantFrom(...CELL_KEYS), fc.constantFrom(...ODD_FIGURES)), { minLength: 1, maxLength: 4 }))
  .map(([layout, cells]) => buildReportText({ layout, override: Object.fromEntries(cells) }).text);

/** Any characters at all, lone surrogates and controls included. */
export const randomText: fc.Arbitrary<string> = fc.string({ unit: 'binary', maxLength: 400 });

export type ReportKind = 'mutated' | 'planted' | 'random';

export const REPORT_KINDS: Record<ReportKind, fc.Arbitrary<string>> = { mutated: mutatedReport, planted: plantedReport, random: randomText };

/**
 * One case of the long run: a text of a kind, the language its messages are in, and whether it is also checked as
 * one report (as `check` and `fixAll` take a text) besides as a document of reports (as the CLI and the server do).
 */
export interface ReportCase {
  text: string;
  lang: Lang;
  asOneReport: boolean;
}

/** A case of a kind: either language, and one in four also checked as one report. */
export const reportCase = (kind: ReportKind): fc.Arbitrary<ReportCase> =>
  fc.record({ text: REPORT_KINDS[kind], lang: fc.constantFrom<Lang>('zh', 'en'), asOneReport: fc.nat(3).map((n) => n === 0) });

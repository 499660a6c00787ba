// What one year's report tells the next year's, and what it owes the year before: the counts carried between the
// years, the documents in force, and its sentences. Plain data, so that it crosses threads and outlives the model.
import type { Cell, OffsetRange, ReportModel, TableModel, TemplateVersion } from '../types';
import type { Sentence } from '../text/prose';
import { rangeIn } from '../text/prose';
import { bodyKey } from './body';

/** A cell that holds a number, and where. */
export interface FactCell {
  value: number;
  range: OffsetRange;
}

/** Table 2's 规章 or 行政规范性文件 (v2021): issued, repealed and in force this year. */
export interface DocumentCounts {
  row: 'regulations' | 'normative';
  issued?: FactCell;
  repealed?: FactCell;
  inForce?: FactCell;
}

/** A sentence of the facts as it is read: its text, and where it stands in the report. */
export interface FactSentence {
  text: string;
  range: OffsetRange;
}

/**
 * A section's sentences, kept compact (the facts of a folder's reports are kept together, a few hundred sentences
 * each): their texts one after another in one string, and three numbers a sentence. Read them with `sentencesOf`.
 */
export interface SectionSentences {
  /** The template section (1..6). */
  section: number;
  heading: OffsetRange;
  /** The sentences' texts, one after another. */
  text: string;
  /** Per sentence i: where its text ends in `text` (it starts where sentence i - 1's ends), then its range in the report. */
  marks: Int32Array;
}

const MARKS = 3;

/** A section's sentences, made as they are read. */
export function sentencesOf(s: SectionSentences): FactSentence[] {
  const out: FactSentence[] = [];
  for (let at = 0, from = 0; at < s.marks.length; at += MARKS) {
    const to = s.marks[at];
    out.push({ text: s.text.slice(from, to), range: { start: s.marks[at + 1], end: s.marks[at + 2] } });
    from = to;
  }
  return out;
}

export interface YearFacts {
  body?: string;
  /** Who the body is, whatever the title puts before it (淮安市洪泽区人民政府 and 洪泽区人民政府 are one). */
  bodyKey?: string;
  year?: number;
  /** Table 3's rows 二 (carried in from last year) and 四 (carried to next year), by column: numbers only. */
  carriedIn: Record<string, FactCell>;
  carriedOut: Record<string, FactCell>;
  table3Version?: TemplateVersion;
  /** Table 2's documents of a v2021 table. */
  documents: DocumentCounts[];
  sections: SectionSentences[];
  /** Whether the sections hold their sentences: facts made to find a report's last year leave them out. */
  hasText: boolean;
}

/**
 * The facts of a report; without `sentences`, the sections' sentences are left out (enough to find its last year,
 * and small to keep). Only what a table read with certainty holds is taken: an unreadable table gives nothing.
 */
export function yearFactsOf(model: ReportModel, sentences?: Iterable<Sentence>): YearFacts {
  const t3 = readable(model, 3);
  const t2 = readable(model, 2);
  return {
    body: model.issuingBody,
    bodyKey: model.issuingBody ? bodyKey(model.issuingBody) : undefined,
    year: model.reportYear,
    carriedIn: t3 ? rowCells(t3, 'carried_in') : {},
    carriedOut: t3 ? rowCells(t3, 'carried_out') : {},
    table3Version: t3 && t3.version !== 'mixed' ? t3.version : undefined,
    documents: t2 && t2.version === 'v2021' ? documentCounts(t2) : [],
    sections: sectionSentences(model, sentences ?? []),
    hasText: sentences !== undefined,
  };
}

function readable(model: ReportModel, n: 2 | 3): TableModel | undefined {
  const found = model.tables.filter((t) => t.number === n);
  // Two tables of one number: which is the report's is not certain.
  return found.length === 1 && !found[0].unreadable ? found[0] : undefined;
}

const fact = (c: Cell | undefined): FactCell | undefined => (c?.state === 'number' && c.value !== undefined ? { value: c.value, range: c.valueRange } : undefined);

function rowCells(table: TableModel, key: string): Record<string, FactCell> {
  const out: Record<string, FactCell> = {};
  const row = table.rows.find((r) => r.key === key);
  for (const c of row?.cells.list ?? []) {
    const f = fact(c);
    if (f) out[c.column] = f;
  }
  return out;
}

function documentCounts(table: TableModel): DocumentCounts[] {
  const out: DocumentCounts[] = [];
  for (const key of ['regulations', 'normative'] as const) {
    const row = table.rows.find((r) => r.key === key);
    if (row) out.push({ row: key, issued: fact(row.cells.get('issued')), repealed: fact(row.cells.get('repealed')), inForce: fact(row.cells.get('in_force')) });
  }
  return out;
}

function sectionSentences(model: ReportModel, sentences: Iterable<Sentence>): SectionSentences[] {
  const made: { section: number; heading: OffsetRange; texts: string[]; marks: number[] }[] = [];
  for (const s of model.sections) {
    if (s.canonical === undefined || made.some((o) => o.section === s.canonical)) continue;
    made.push({ section: s.canonical, heading: s.headingRange, texts: [], marks: [] });
  }
  for (const s of sentences) {
    const section = made.find((o) => o.section === s.prose.section);
    if (!section) continue;
    const range = rangeIn(s.prose, s.from, s.from + s.text.length);
    const end = (section.marks.length ? section.marks[section.marks.length - MARKS] : 0) + s.text.length;
    section.texts.push(s.text);
    section.marks.push(end, range.start, range.end);
  }
  return made.map((m) => ({ section: m.section, heading: m.heading, text: ownCopy(m.texts), marks: Int32Array.from(m.marks) }));
}

/**
 * The texts joined into a string of its own. A sentence's text is a slice of its report's, and a slice keeps the
 * string it was cut from alive, as does a join of one text (it is that text): the facts outlive the report's text.
 */
function ownCopy(texts: readonly string[]): string {
  if (texts.length !== 1) return texts.join('');
  // A slice of a concatenation is cut from a copy of it, made first.
  return (' ' + texts[0]).slice(1);
}

/** Every place in a report's facts: where a finding against last year's report can stand. */
export function factPlaces(facts: YearFacts): OffsetRange[] {
  const out: OffsetRange[] = [];
  for (const c of Object.values(facts.carriedIn)) out.push(c.range);
  for (const d of facts.documents) for (const c of [d.issued, d.repealed, d.inForce]) if (c) out.push(c.range);
  for (const s of facts.sections) out.push(s.heading);
  return out;
}

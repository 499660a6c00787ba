// What a rule is: its metadata (the single source for everything that lists rules: settings schema, messages,
// README table, doc pages) and a check that reports findings through its context.
import type { Cell, Fix, Lang, OffsetRange, RelatedLocation, ReportModel, Severity, TableModel, TableNumber } from '../types';
import type { Equation } from '../model/equations';
import type { Verdict } from '../fix/repair';
import type { Message, MessageData } from '../i18n/message';
import type { ProseParagraphs, Sentence } from '../text/prose';
import type { Claim } from '../claims/claim';
import type { YearFacts } from '../years/facts';
import type { LastYear } from '../years/lastYear';

/** The groups rules are listed in (README, docs), in this order; a rule's place in the list orders findings too. */
export const CATEGORIES = ['tables', 'cells', 'structure', 'template', 'text', 'years', 'readability'] as const;
export type RuleCategory = (typeof CATEGORIES)[number];

export const CATEGORY_NAMES: Record<RuleCategory, Message> = {
  tables: { zh: '统计表的勾稽关系', en: 'Sums of the tables' },
  cells: { zh: '单元格与行', en: 'Cells and rows' },
  structure: { zh: '报告结构', en: 'Structure of the report' },
  template: { zh: '模板版本', en: 'Template version' },
  text: { zh: '正文与表格、正文本身', en: 'The text: against the tables, and in itself' },
  years: { zh: '与上年报告对照', en: 'Against last year\'s report' },
  readability: { zh: '无法可靠读取的内容', en: 'What cannot be read with certainty' },
};

export interface RuleMeta<Id extends string = string, M extends string = string> {
  id: Id;
  /** Default severity; every rule can be set to another, or off. */
  severity: Severity;
  category: RuleCategory;
  /** Whether the rule offers fixes: fix-all applies them (true), or they are only offered one by one ('suggestion'). */
  fixable: boolean | 'suggestion';
  /**
   * A structural rule's errors are warnings in reports for 2019 and earlier, which were not yet bound to the
   * template of 国办公开办函〔2019〕60号.
   */
  structural?: boolean;
  /** One line: the README table, the settings' descriptions, `--help`. */
  summary: Message;
  /** Every message the rule's findings, fixes and related locations use, by key. */
  messages: Record<M, Message>;
}

/** A rule of one report. */
export interface Rule<Id extends string = string, M extends string = string> extends RuleMeta<Id, M> {
  lastYear?: false;
  check(ctx: RuleContext<M>): void;
}

/** A rule of a report against last year's: it reads the two years' facts only, so that it runs wherever both are at hand. */
export interface YearRule<Id extends string = string, M extends string = string> extends RuleMeta<Id, M> {
  lastYear: true;
  check(ctx: YearContext<M>): void;
}

export type AnyRule = Rule | YearRule;

/** Declares a rule; the identity function, there for the types (literal id, message keys checked in `report`). */
export function defineRule<Id extends string, M extends string>(rule: Rule<Id, M>): Rule<Id, M> {
  return rule;
}

/** Declares a rule against last year's report. */
export function defineYearRule<Id extends string, M extends string>(rule: Omit<YearRule<Id, M>, 'lastYear'>): YearRule<Id, M> {
  return { ...rule, lastYear: true };
}

/** What every rule may read, worked out once per check. */
export interface Analysis {
  model: ReportModel;
  lang: Lang;
  /** The evaluated equations of each table that has a failing one; the rules read no others. */
  equations: Map<TableModel, Equation[]>;
  /** The fix policy's verdict for every failing equation. */
  verdictOf: Map<Equation, Verdict>;
  /** The cells that hold no number (blank or invalid), with their tables, in table and row order. */
  nonNumbers: { table: TableModel; cell: Cell }[];
  /** The running text in prose paragraphs (made when a rule first asks). */
  readonly prose: ProseParagraphs;
  /** Its sentences, in document order (made when a rule first asks). */
  readonly sentences: Iterable<Sentence>;
  /** What the sentences say about table 3's or table 4's figures, in document order (made when a rule first asks). */
  claims(table: 3 | 4): Claim[];
}

export interface Finding<M extends string = string> {
  range: OffsetRange;
  message: M;
  data?: MessageData;
  /** Only where one kind of the rule's findings is milder than its default (the setting still overrides it). */
  severity?: Severity;
  table?: TableNumber;
  row?: string;
  column?: string;
  expected?: number;
  actual?: number;
  related?: RelatedLocation[];
  fix?: Fix;
}

/** Where a rule's findings go. */
export interface Reporter<M extends string = string> {
  /** One of this rule's messages in the check's language. */
  message(key: M, data?: MessageData): string;
  report(finding: Finding<M>): void;
}

export interface RuleContext<M extends string = string> extends Analysis, Reporter<M> {}

export interface YearContext<M extends string = string> extends Reporter<M> {
  readonly lang: Lang;
  /** This year's report and last year's, as the facts the years share. */
  readonly current: YearFacts;
  readonly lastYear: LastYear;
  /** The share of a section's sentences repeated from last year's above which the section is reported (0..1]. */
  readonly repeatedShare: number;
  /** A place in last year's report, for a finding's related locations. */
  atLastYear(range: OffsetRange, message: string): RelatedLocation;
}

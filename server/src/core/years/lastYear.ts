// Finding last year's report of the same body among the reports at hand (a folder, a collection, a workspace).
import type { YearFacts } from './facts';

/** Last year's report as a check of this year's sees it. */
export interface LastYear {
  facts: YearFacts;
  /** How findings name it: its file's name, or its place in this file. */
  name: string;
  /**
   * The document its facts' ranges are in, as the adapter names it (a path, a URI); none for the document being
   * checked, when both reports are in one file. `base` is where the report starts in that document.
   */
  document?: string;
  base?: number;
}

/** Who a report is of and for which year: all that finding its predecessor asks of it. */
export type YearKey = Pick<YearFacts, 'bodyKey' | 'year'>;

/** Reports by body and year, for finding each one's predecessor. */
export class YearIndex<R extends { facts: YearKey }> {
  private byKey = new Map<string, R[]>();

  constructor(reports: Iterable<R>) {
    for (const r of reports) {
      const key = keyOf(r.facts.bodyKey, r.facts.year);
      if (!key) continue;
      const list = this.byKey.get(key) ?? [];
      list.push(r);
      this.byKey.set(key, list);
    }
  }

  /** The report of the same body for the year before, when exactly one is at hand (two would leave a doubt). */
  lastYearOf(facts: YearKey): R | undefined {
    const key = facts.year === undefined ? undefined : keyOf(facts.bodyKey, facts.year - 1);
    const found = key ? this.byKey.get(key) : undefined;
    return found?.length === 1 ? found[0] : undefined;
  }
}

const keyOf = (body: string | undefined, year: number | undefined) => (body && year !== undefined ? `${year}#${body}` : undefined);

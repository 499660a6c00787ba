import type { Cell, Lang, OffsetRange, ReportModel, TableModel } from '../types';
import type { Analysis } from './rule';
import { Equation, equationsOf, fails } from '../model/equations';
import { judge, Verdict } from '../fix/repair';
import { ProseParagraphs, Sentence } from '../text/prose';
import { claimsIn, type Claim } from '../claims/claim';
import { table3Claims } from '../claims/table3Claims';
import { table4Claims } from '../claims/table4Claims';

/**
 * What every rule may read, worked out once per check; the text's parts when a rule first asks. A class, so that the
 * lazy parts are getters of one shape: an object literal with getters that close over a check's variables is given a
 * hidden class of its own each time, and a check's garbage went to the old space with it.
 */
class ReportAnalysis implements Analysis {
  readonly equations = new Map<TableModel, Equation[]>();
  readonly verdictOf = new Map<Equation, Verdict>();
  readonly nonNumbers: { table: TableModel; cell: Cell }[];
  private proseParts?: ProseParagraphs;
  private claims3?: Claim[];
  private claims4?: Claim[];

  constructor(readonly model: ReportModel, readonly lang: Lang) {
    for (const t of model.tables) {
      const eqs = equationsOf(t);
      if (eqs.some(fails)) this.equations.set(t, eqs);
    }
    for (const eqs of this.equations.values()) for (const v of judge(eqs)) for (const e of v.failing) this.verdictOf.set(e, v);
    this.nonNumbers = nonNumbers(model);
  }

  get prose(): ProseParagraphs {
    return (this.proseParts ??= new ProseParagraphs(this.model));
  }

  get sentences(): Iterable<Sentence> {
    return this.prose.sentences();
  }

  claims(table: 3 | 4): Claim[] {
    return table === 3 ? (this.claims3 ??= claimsIn(this.sentences, table3Claims)) : (this.claims4 ??= claimsIn(this.sentences, table4Claims));
  }
}

export function analyse(model: ReportModel, lang: Lang): Analysis {
  return new ReportAnalysis(model, lang);
}

/** One walk over every cell finds the cells of both cell rules (most cells are numbers, so the filter goes first). */
function nonNumbers(model: ReportModel): { table: TableModel; cell: Cell }[] {
  const out: { table: TableModel; cell: Cell }[] = [];
  for (const table of model.tables) for (const row of table.rows) for (const cell of row.cells.list) if (cell.state !== 'number') out.push({ table, cell });
  return out;
}

/** A range a reader can see: an empty range widens to the tab or pipe before it, or the character after it. */
export function visible(text: string, r: OffsetRange): OffsetRange {
  if (r.end > r.start) return r;
  if (r.start > 0 && /[\t|]/.test(text[r.start - 1])) return { start: r.start - 1, end: r.start };
  if (r.start < text.length && !/[\r\n]/.test(text[r.start])) return { start: r.start, end: r.start + 1 };
  return r;
}

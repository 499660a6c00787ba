import type { Cell, Lang, OffsetRange, ReportModel, TableModel } from '../types';
import type { Analysis } from './rule';
import { Equation, equationsOf, fails } from '../model/equations';
import { judge, Verdict } from '../fix/repair';
import { Prose, proseOf, Sentence, sentencesOf } from '../text/prose';
import type { Claim } from '../claims/claim';
import { table3Claims } from '../claims/table3Claims';
import { table4Claims } from '../claims/table4Claims';

export function analyse(model: ReportModel, lang: Lang): Analysis {
  const equations = new Map<TableModel, Equation[]>();
  for (const t of model.tables) {
    const eqs = equationsOf(t);
    if (eqs.some(fails)) equations.set(t, eqs);
  }
  const verdictOf = new Map<Equation, Verdict>();
  for (const eqs of equations.values()) for (const v of judge(eqs)) for (const e of v.failing) verdictOf.set(e, v);
  let prose: Prose[] | undefined;
  let sentences: Sentence[] | undefined;
  let claims3: Claim[] | undefined;
  let claims4: Claim[] | undefined;
  return {
    model, lang, equations, verdictOf, nonNumbers: nonNumbers(model),
    get prose() {
      return (prose ??= proseOf(model));
    },
    get sentences() {
      return (sentences ??= this.prose.flatMap(sentencesOf));
    },
    get claims() {
      const all = this.sentences;
      return {
        get 3() {
          return (claims3 ??= all.flatMap(table3Claims));
        },
        get 4() {
          return (claims4 ??= all.flatMap(table4Claims));
        },
      };
    },
  };
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

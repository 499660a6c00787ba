// The number Word shows before an auto-numbered paragraph, counted in document order. Counters belong to the
// abstract definition: paragraphs of two numbering instances that share one continue a single sequence, as in
// Word, except that an instance with a w:startOverride restarts that level where it is first used. Using a level
// restarts the levels below it (unless w:lvlRestart says otherwise).
import type { ListLevel, Numbering } from './numbering';
import { formatCounter } from './numberFormat';
import type { StyleNumbering, Styles } from './styles';
import { styleNumbering } from './styles';

const LEVELS = 9;

export class ListCounters {
  /** Counters by abstract definition: undefined for a level not used since its last restart. */
  private readonly counters = new Map<string, (number | undefined)[]>();
  /** Instances seen so far (their start overrides are applied at first use). */
  private readonly started = new Set<string>();

  constructor(private readonly numbering: Numbering, private readonly styles: Styles) {}

  /**
   * The number of a paragraph with these properties (w:pStyle, and w:numId / w:ilvl from its w:numPr), from its own
   * numbering or, when it has no w:numId, its style's; undefined when it is not numbered.
   */
  label(p: { style?: string; numId?: string; ilvl?: number }): string | undefined {
    if (p.numId !== undefined) return this.next({ numId: p.numId, ilvl: p.ilvl });
    const fromStyle = styleNumbering(this.styles, p.style);
    return fromStyle && this.next({ numId: fromStyle.numId, ilvl: p.ilvl ?? fromStyle.ilvl }, fromStyle.styleId);
  }

  /**
   * The text Word puts before the paragraph (number and suffix: a tab or space shows as one space), and advances
   * the counters; undefined when the paragraph is not numbered (numId 0, an unknown list, a bullet is still text).
   */
  next(numbering: StyleNumbering, styleId?: string): string | undefined {
    const numId = numbering.numId;
    if (numId === undefined || numId === '0') return undefined;
    const instance = this.numbering.instances.get(numId);
    if (!instance) return undefined;
    const abstractId = this.resolveAbstract(instance.abstractId);
    const levels = this.numbering.abstracts.get(abstractId);
    if (!levels) return undefined;
    const levelOf = (i: number): ListLevel | undefined => instance.overrides.get(i)?.level ?? levels[i];
    const ilvl = numbering.ilvl ?? levelForStyle(levels, styleId) ?? 0;
    const lvl = levelOf(ilvl);
    if (!lvl || ilvl < 0 || ilvl >= LEVELS) return undefined;
    const counters = this.countersOf(abstractId);
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [i, o] of instance.overrides) if (o.start !== undefined && i < LEVELS) counters[i] = undefined;
    }
    const startOf = (i: number) => instance.overrides.get(i)?.start ?? levelOf(i)?.start ?? 1;
    counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : counters[ilvl]! + 1;
    for (let i = ilvl + 1; i < LEVELS; i++) {
      const restart = levelOf(i)?.restart;
      if (restart === undefined || (restart > 0 && restart - 1 >= ilvl)) counters[i] = undefined;
    }
    const text = lvl.lvlText.replace(/%([1-9])/g, (_m, d: string) => {
      const i = Number(d) - 1;
      const n = counters[i] ?? startOf(i);
      return formatCounter(n, lvl.legal && i !== ilvl ? 'decimal' : levelOf(i)?.numFmt ?? 'decimal');
    });
    if (!text) return undefined;
    return lvl.suffix === 'nothing' ? text : `${text} `;
  }

  private countersOf(abstractId: string): (number | undefined)[] {
    let c = this.counters.get(abstractId);
    if (!c) this.counters.set(abstractId, (c = new Array(LEVELS).fill(undefined)));
    return c;
  }

  /** An abstract definition linked to a numbering style takes the definition the style's list uses. */
  private resolveAbstract(abstractId: string): string {
    const style = this.numbering.styleLinks.get(abstractId);
    if (style === undefined) return abstractId;
    const numId = styleNumbering(this.styles, style)?.numId;
    const linked = numId !== undefined ? this.numbering.instances.get(numId)?.abstractId : undefined;
    return linked !== undefined && !this.numbering.styleLinks.has(linked) ? linked : abstractId;
  }
}

/** The level bound to a paragraph style (w:lvl/w:pStyle), for paragraphs numbered through that style. */
function levelForStyle(levels: ListLevel[], styleId: string | undefined): number | undefined {
  if (!styleId) return undefined;
  const i = levels.findIndex((l) => l?.style === styleId);
  return i >= 0 ? i : undefined;
}

// word/numbering.xml: the list definitions behind automatic numbering. An abstract definition (w:abstractNum)
// gives each level its start, format and text ("%1、"); a numbering instance (w:num), which paragraphs name by
// w:numId, points at one and may override levels (w:lvlOverride: w:startOverride or a whole w:lvl).
import type { SaxesTagPlain } from 'saxes';
import type { AttributeOf } from './sax';
import { streamPart } from './sax';

export interface ListLevel {
  start: number;
  numFmt: string;
  /** The level text: %1 … %9 stand for the counters of levels 1 … 9. */
  lvlText: string;
  /** What follows the number: Word's default is a tab. */
  suffix: 'tab' | 'space' | 'nothing';
  /** w:lvlRestart: restart after a use of this level (1-based; 0 never); undefined for any higher level. */
  restart?: number;
  /** w:isLgl: every level's counter shown in decimal. */
  legal: boolean;
  /** The paragraph style bound to this level (w:pStyle), which selects the level for paragraphs of that style. */
  style?: string;
}

export interface ListInstance {
  abstractId: string;
  /** Levels replaced or restarted by w:lvlOverride, by level index. */
  overrides: Map<number, { start?: number; level?: ListLevel }>;
}

export interface Numbering {
  abstracts: Map<string, ListLevel[]>;
  /** An abstract definition that takes its levels from a numbering style (w:numStyleLink), by the style's id. */
  styleLinks: Map<string, string>;
  instances: Map<string, ListInstance>;
}

export const emptyNumbering = (): Numbering => ({ abstracts: new Map(), styleLinks: new Map(), instances: new Map() });

const level = (): ListLevel => ({ start: 1, numFmt: 'decimal', lvlText: '', suffix: 'tab', legal: false });

const SUFFIXES = new Set(['tab', 'space', 'nothing']);

/** Sets the level property that an element inside w:lvl carries. */
function readLevelProperty(lvl: ListLevel, local: string, tag: SaxesTagPlain, attr: AttributeOf): void {
  const val = attr(tag, 'val');
  if (local === 'start') lvl.start = Number(val) || 0;
  else if (local === 'numFmt' && val) lvl.numFmt = val;
  else if (local === 'lvlText') lvl.lvlText = val ?? '';
  else if (local === 'suff' && val && SUFFIXES.has(val)) lvl.suffix = val as ListLevel['suffix'];
  else if (local === 'lvlRestart') lvl.restart = Number(val) || 0;
  else if (local === 'isLgl') lvl.legal = val !== '0' && val !== 'false';
  else if (local === 'pStyle' && val) lvl.style = val;
}

/** Reads numbering.xml in one pass. Elements are taken where they stand (nested w:lvl properties only). */
export function readNumbering(xml: string): Numbering {
  const out = emptyNumbering();
  let levels: ListLevel[] | undefined;
  let abstractId = '';
  let instance: ListInstance | undefined;
  let override: { start?: number; level?: ListLevel } | undefined;
  let lvl: ListLevel | undefined;
  let lvlIndex = 0;
  let depthInLevel = 0;
  streamPart(xml, {
    open(local, tag, _p, attr) {
      if (lvl) {
        depthInLevel++;
        // Only the level's own children: w:pPr and w:rPr below it hold paragraph and run properties.
        if (depthInLevel === 1) readLevelProperty(lvl, local, tag, attr);
        return;
      }
      if (local === 'abstractNum') {
        abstractId = attr(tag, 'abstractNumId') ?? '';
        levels = [];
        out.abstracts.set(abstractId, levels);
      } else if (local === 'numStyleLink' && levels) {
        const style = attr(tag, 'val');
        if (style) out.styleLinks.set(abstractId, style);
      } else if (local === 'num') {
        instance = { abstractId: '', overrides: new Map() };
        out.instances.set(attr(tag, 'numId') ?? '', instance);
      } else if (local === 'abstractNumId' && instance) {
        instance.abstractId = attr(tag, 'val') ?? '';
      } else if (local === 'lvlOverride' && instance) {
        override = {};
        instance.overrides.set(Number(attr(tag, 'ilvl')) || 0, override);
      } else if (local === 'startOverride' && override) {
        override.start = Number(attr(tag, 'val')) || 0;
      } else if (local === 'lvl' && (levels || override)) {
        lvl = level();
        lvlIndex = Number(attr(tag, 'ilvl')) || 0;
        depthInLevel = 0;
      }
    },
    close(local) {
      if (lvl) {
        if (depthInLevel > 0) {
          depthInLevel--;
          return;
        }
        if (override) override.level = lvl;
        else if (levels && lvlIndex >= 0 && lvlIndex < 9) levels[lvlIndex] = lvl;
        lvl = undefined;
      } else if (local === 'abstractNum') levels = undefined;
      else if (local === 'num') instance = undefined;
      else if (local === 'lvlOverride') override = undefined;
    },
  });
  return out;
}

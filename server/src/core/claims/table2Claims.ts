// What the text says about table 2: normative documents issued, repealed and in force; licensing, penalty and
// enforcement decisions; administrative fees in 万元 (not the 信息处理费, which is another figure).
import type { TemplateVersion } from '../types';
import type { Sentence } from '../text/prose';
import type { Claim } from './claim';
import { GAP, inTextOrder, NO_CLAIMS, NUMBER, numberClaim } from './claim';
import { matchesIn } from '../text/matches';

const unit = '\\s*件';
const DOCUMENTS = '(规章|行政规范性文件|规范性文件)';
const rowOf = (words: string) => (words.includes('规章') ? 'regulations' : 'normative');

interface Pattern {
  re: RegExp;
  /** The group holding the number. */
  n: number;
  /** The cell, by version; none where the version has no such column. */
  cell: (m: RegExpExecArray, v: TemplateVersion) => { row: string; column: string } | undefined;
}

const PATTERNS: Pattern[] = [
  {
    re: new RegExp(`(?:制发|印发|出台|制定)了?${GAP(8)}${DOCUMENTS}${GAP(4)}${NUMBER}${unit}`, 'dg'), n: 2,
    cell: (m, v) => ({ row: rowOf(m[1]), column: v === 'v2021' ? 'issued' : 'new_made' }),
  },
  {
    re: new RegExp(`(?:废止|废除)了?${GAP(8)}${DOCUMENTS}${GAP(4)}${NUMBER}${unit}`, 'dg'), n: 2,
    cell: (m, v) => (v === 'v2021' ? { row: rowOf(m[1]), column: 'repealed' } : undefined),
  },
  {
    re: new RegExp(`现行有效的?${DOCUMENTS}${GAP(4)}${NUMBER}${unit}|${DOCUMENTS}${GAP(6)}现行有效${GAP(4)}${NUMBER}${unit}`, 'dg'), n: 0,
    cell: (m, v) => (v === 'v2021' ? { row: rowOf(m[1] ?? m[3]), column: 'in_force' } : undefined),
  },
  { re: new RegExp(`(?:作出|办理|办结)?行政许可(?:决定)?${GAP(4)}${NUMBER}${unit}`, 'dg'), n: 1, cell: () => ({ row: 'licensing', column: 'decisions' }) },
  { re: new RegExp(`行政处罚(?:决定|案件)?${GAP(4)}${NUMBER}${unit}`, 'dg'), n: 1, cell: () => ({ row: 'penalty', column: 'decisions' }) },
  { re: new RegExp(`行政强制(?:措施|决定|执行)?${GAP(4)}${NUMBER}${unit}`, 'dg'), n: 1, cell: () => ({ row: 'enforcement', column: 'decisions' }) },
  {
    re: new RegExp(`行政事业性收费${GAP(8)}([0-9０-９]+(?:[.．][0-9０-９]+)?)\\s*万元`, 'dg'), n: 1,
    cell: (_m, v) => (v === 'v2021' ? { row: 'fees', column: 'fee_amount' } : undefined),
  },
];

/** Words that make a count one of something else: applications for a licence, matters listed, reviews. */
const OTHER_MATTER = /申请|受理|事项|复议|诉讼|听证|处理费|含/;

/** The words one of the patterns above needs: most sentences have none, and are passed by one test. */
const ABOUT_TABLE2 = /规章|规范性文件|行政许可|行政处罚|行政强制|行政事业性收费/;

/** Table 2's figures a sentence states, in the columns of the table's version. */
export function table2Claims(s: Sentence, version: TemplateVersion): readonly Claim[] {
  if (!ABOUT_TABLE2.test(s.text)) return NO_CLAIMS;
  const out: Claim[] = [];
  for (const p of PATTERNS) {
    for (const m of matchesIn(s.text, p.re)) {
      if (OTHER_MATTER.test(m[0])) continue;
      const cell = p.cell(m, version);
      // The number is the pattern's group, or (for an alternation) the last group that matched.
      const n = p.n || lastGroup(m);
      const claim = cell && numberClaim(s, m, n, 2, [cell], m[0].slice(0, m.indices![n][0] - m.index).trim());
      if (claim) out.push(claim);
    }
  }
  return inTextOrder(out);
}

function lastGroup(m: RegExpExecArray): number {
  for (let i = m.length - 1; i > 0; i--) if (m[i] !== undefined) return i;
  return 0;
}

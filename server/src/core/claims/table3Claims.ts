// What the text says about table 3: applications received (一), carried over from last year (二), answered (（七）),
// carried over to next year (四), per applicant where it breaks them down; and "none received" (一 = 0).
import type { Sentence } from '../text/prose';
import { clauseBefore } from '../text/prose';
import type { CellKey, Claim } from './claim';
import { GAP, inTextOrder, NO_CLAIMS, noneClaim, NUMBER, numberClaim } from './claim';
import { matchesIn } from '../text/matches';

/** The word every sentence about applications has. */
const APPLICATION = '申请';
/** Words that make a count one of something else than information-disclosure applications. */
const OTHER_MATTER = /复议|诉讼|建议|提案|投诉|举报|信访|咨询|留言|来电|来信|热线|政务服务|审批|许可|登记|办件/;
/**
 * Before a figure in its clause, these make it a part or another year's: 其中延期答复 4 件, 当场答复 10 件, 较上年受理
 * 申请 100 件.
 */
const NOT_THE_WHOLE = /其中|当场|延期|逾期|较|比上年|同比|去年|上一年|上年同期/;
const ORGANISATIONS = ['commercial', 'research', 'nonprofit', 'legal', 'other'];

/** The cells of a figure of table 3's 总计 column, or of the applicant written in its words. */
function cells(row: string, words: string): CellKey[] {
  if (/自然人|个人/.test(words)) return [{ row, column: 'natural' }];
  if (/法人|组织|企业/.test(words)) return ORGANISATIONS.map((column) => ({ row, column }));
  return [{ row, column: 'total' }];
}

const unit = '\\s*件';
const PATTERNS: { row: string; re: RegExp; words: (m: RegExpExecArray) => string; needsApplication: boolean; whole?: boolean }[] = [
  { row: 'carried_in', re: new RegExp(`(上一?年度?(?:结转|转结)|结转上一?年度?|上年遗留|旧存)(${GAP(12)})${NUMBER}${unit}`, 'dg'), words: (m) => m[1] + m[2], needsApplication: false },
  { row: 'carried_out', re: new RegExp(`((?:结转|转结|顺延|转入)(?:至|到)?下一?年度?)(${GAP(12)})${NUMBER}${unit}`, 'dg'), words: (m) => m[1] + m[2], needsApplication: false },
  { row: 'carried_out', re: new RegExp(`${NUMBER}${unit}(${GAP(8)}(?:结转|转结|顺延|转入)(?:至|到)?下一?年度?)`, 'dg'), words: (m) => m[2], needsApplication: false },
  { row: 'new', re: new RegExp(`(新收到?|收到|接收|接到|受理|收悉)(${GAP(24)})${NUMBER}${unit}`, 'dg'), words: (m) => m[1] + m[2], needsApplication: true, whole: true },
  { row: 'total', re: new RegExp(`(办结|答复|回复|办理|处理)(${GAP(20)})${NUMBER}${unit}`, 'dg'), words: (m) => m[1] + m[2], needsApplication: false, whole: true },
];
/** The group of the pattern above that holds the number. */
const NUMBER_GROUP = [3, 3, 1, 3, 3];

const NONE = /(?:未|没有)(?:收到|接到|受理)(?:过|任何)?(?:(?:政府信息公开|依申请公开|信息公开)的?(?:申请|件|事项)?|申请)/g;
const BREAKDOWN = new RegExp(`其中${GAP(4)}(自然人|个人|法人或其他组织|法人|企业)${GAP(8)}${NUMBER}${unit}`, 'dg');

/** What bounds the clause before a figure: a clause mark or an opening bracket. */
const CLAUSE_MARKS = '，,；;：:（(、';

/** A count of applications as every pattern above and BREAKDOWN write it: a sentence without one can only say "none". */
const COUNT = new RegExp(`${NUMBER}${unit}`);

/** Table 3's figures a sentence states; none unless it is about applications. */
export function table3Claims(s: Sentence): readonly Claim[] {
  if (!s.text.includes(APPLICATION)) return NO_CLAIMS;
  const out: Claim[] = [];
  if (COUNT.test(s.text)) counts(s, out);
  for (const m of matchesIn(s.text, NONE)) out.push(noneClaim(s, m, 3, [{ row: 'new', column: 'total' }]));
  return inTextOrder(out);
}

/** The counts a sentence about applications gives, by the patterns, then the parts of a total after 其中. */
function counts(s: Sentence, out: Claim[]): void {
  const taken: [number, number][] = [];
  for (let i = 0; i < PATTERNS.length; i++) {
    const p = PATTERNS[i];
    for (const m of matchesIn(s.text, p.re)) {
      const words = p.words(m);
      if (OTHER_MATTER.test(words) || (p.needsApplication && !words.includes(APPLICATION))) continue;
      if (p.whole && NOT_THE_WHOLE.test(clauseBefore(s.text, m.index, CLAUSE_MARKS))) continue;
      const claim = numberClaim(s, m, NUMBER_GROUP[i], 3, cells(p.row, words), words);
      if (!claim) continue;
      // A number is one figure: 转结下年度办理9件 is 四, not also （七）.
      if (taken.some(([a, b]) => claim.from < b && a < claim.to)) continue;
      taken.push([claim.from, claim.to]);
      out.push(claim);
    }
  }
  for (const m of matchesIn(s.text, BREAKDOWN)) {
    const whole = out.filter((c) => c.from < m.index && c.cells.length === 1 && c.cells[0].column === 'total').pop();
    const part = whole && numberClaim(s, m, 2, 3, cells(whole.cells[0].row, m[1]), `${whole.words.trim()}，其中${m[1]}`);
    if (part) out.push(part);
  }
}

// What the text says about table 4: reviews (行政复议) and lawsuits (行政诉讼) in all, by result where it breaks
// them down, none of them (未发生行政复议), none lost or corrected (未发生败诉, 无被纠错).
import type { Sentence } from '../text/prose';
import type { CellKey, Claim } from './claim';
import { GAP, inTextOrder, NO_CLAIMS, noneClaim, NUMBER, numberClaim } from './claim';
import { matchesIn } from '../text/matches';

const LITIGATION = ['suit_direct', 'suit_after_review'];
const unit = '\\s*(?:件|起|宗|个)';

/** The groups a case word names: 行政复议 the review group, 行政诉讼 both litigation groups (or one of them). */
function groupsOf(word: string): string[] {
  if (/直接起诉/.test(word)) return ['suit_direct'];
  if (/复议后起诉/.test(word)) return ['suit_after_review'];
  return /诉讼|起诉/.test(word) ? LITIGATION : ['review'];
}

const RESULTS: [RegExp, string][] = [[/维持/, 'upheld'], [/纠正|纠错|败诉/, 'corrected'], [/其他结果/, 'other'], [/尚未审结|未审结/, 'pending']];
const resultOf = (word: string) => RESULTS.find(([re]) => re.test(word))?.[1];

/** What a sentence about table 4 says one of: most sentences say none, and are passed by one test. */
const ABOUT_CASES = /复议|诉讼|起诉|败诉|纠错|纠正/;
const NOT_CASES = /决定书|文书|案卷|公开|发布|培训|讲座/;
const CASES = '(行政复议|行政诉讼|未经复议直接起诉|复议后起诉)';
const TOTAL = new RegExp(`${CASES}(?:案件|申请)?(${GAP(10)})${NUMBER}${unit}`, 'dg');
const RESULT = new RegExp(`(结果维持|维持|结果纠正|被纠正|纠正|被纠错|纠错|其他结果|尚未审结|未审结)${GAP(4)}${NUMBER}${unit}`, 'dg');
const CASE_WORD = /行政复议|行政诉讼|未经复议直接起诉|复议后起诉/g;
/** 未发生行政复议和行政诉讼: the groups named had no case at all, unless the clause goes on to a result (败诉). */
const NO_CASES = /(?:未发生|没有发生|未出现|未有|无)(?:因?政府信息公开(?:工作)?(?:而|引起的|引发的)?)?(?:被申请|提起)?(行政复议|行政诉讼)(?:(?:和|及|或|、|、提起)(行政复议|行政诉讼))?(?:案件|情况|的情况)?(?![^，。；]*(?:败诉|纠错|纠正))/g;
const NONE_LOST = /(?:未发生|没有发生|未出现|没有|无|未被|未有)[^，。；0-9]{0,10}?(败诉|被纠错|纠错|被纠正)/g;

/** Table 4's figures a sentence states. */
export function table4Claims(s: Sentence): readonly Claim[] {
  const t = s.text;
  if (!ABOUT_CASES.test(t)) return NO_CLAIMS;
  const out: Claim[] = [];
  for (const m of matchesIn(t, TOTAL)) {
    if (resultOf(m[2])) continue; // 行政复议结果纠正2件: a result, below
    if (NOT_CASES.test(m[2])) continue; // 行政复议决定书 120 件: documents published, not cases
    const claim = numberClaim(s, m, 3, 4, groupsOf(m[1]).map((row) => ({ row, column: 'total' })), m[1] + m[2]);
    if (claim) out.push(claim);
  }
  for (const m of matchesIn(t, RESULT)) {
    const group = lastCaseWord(t, m.index);
    if (!group) continue;
    const claim = numberClaim(s, m, 2, 4, groupsOf(group).map((row) => ({ row, column: resultOf(m[1])! })), `${group}${m[1]}`);
    if (claim) out.push(claim);
  }
  for (const m of matchesIn(t, NO_CASES)) {
    // 未发生行政复议和行政诉讼 says two things: no review, and no lawsuit.
    for (const kind of [m[1], m[2]]) if (kind) out.push(noneClaim(s, m, 4, groupsOf(kind).map((row) => ({ row, column: 'total' }))));
  }
  for (const m of matchesIn(t, NONE_LOST)) {
    // 败诉 is lost in court; 纠错 belongs to the case word in it or before it, else to every group.
    const named = /行政复议|行政诉讼/.exec(m[0])?.[0] ?? lastCaseWord(t, m.index);
    const rows = m[1] === '败诉' ? LITIGATION : named ? groupsOf(named) : ['review', ...LITIGATION];
    out.push(noneClaim(s, m, 4, rows.map((row): CellKey => ({ row, column: 'corrected' }))));
  }
  return inTextOrder(out);
}

/** The case word a result refers to: the last one before it in the sentence. */
function lastCaseWord(text: string, before: number): string | undefined {
  let last: string | undefined;
  for (const m of matchesIn(text, CASE_WORD)) if (m.index < before) last = m[0];
  return last;
}

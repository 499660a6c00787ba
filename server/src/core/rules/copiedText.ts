import type { Place, PlaceName, ShortNames } from '../places/gazetteer';
import type { Prose, ProseParagraphs } from '../text/prose';
import type { RuleContext } from './rule';
import { defineRule } from './rule';
import { countyShortNames, PLACE_BY_CODE, placesOfBody, namesIn } from '../places/gazetteer';
import { rangeIn } from '../text/prose';
import { matchesIn } from '../text/matches';

/** A sentence about working with other places names them rightly: 与奉化区签订协议, 赴北仑区学习. */
const WITH_OTHERS = /合作|协作|联合|交流|对接|学习|考察|借鉴|共建|签订|签署|结对|帮扶|对口|兄弟|一体化|联动|互认|通办|跨区域|跨省|跨市|赴|到访|来访|调研|接待|友好|参观|观摩|交界|毗邻|周边/;
/** After a place's full name, these make it another word: 宁波市场, 北仑区域, 象山县级. */
const NOT_A_PLACE_AFTER = /^[场民域级]/;

/** Wording of the other kind of body: 全区 in a county's report, 全县 in a district's. */
const WORDING = { 县: /全区|区政府|区委|区人民政府|区府办|本区|我区/g, 区: /全县|县政府|县委|县人民政府|县府办|本县|我县/g };
/** Before the wording, these make it part of a longer word: 社区, 园区, 景区, 开发区, 县区. */
const WORDING_PART = /[社园景城辖片校厂矿林县市区]$|开发$|新$|保护$|示范$|功能$|试验$/;

const MESSAGES = {
  otherPlace: {
    zh: '“{place}”不是本报告机关（{own}）所在的地方，也不是其上级：可能是从其他单位的报告中照搬的文字',
    en: '"{place}" is neither where the reporting body ({own}) is nor above it: text taken from another body\'s report?',
  },
  otherWording: {
    zh: '“{text}”是{other}一级的说法，而本报告机关（{own}）属于{kind}：可能是从其他单位的报告中照搬的文字',
    en: '"{text}" is how a {otherEn} speaks, while the reporting body ({own}) is a {kindEn}: text taken from another body\'s report?',
  },
};

export const copiedText = defineRule({
  id: 'copied-text',
  severity: 'warning',
  category: 'text',
  fixable: false,
  summary: { zh: '正文出现其他地方的地名，或县级报告中出现“全区”“区政府”（反之亦然）：照搬他人报告的痕迹', en: 'another place\'s name, or 区 wording in a 县 report (and the reverse): signs of text copied from another body\'s report' },
  messages: MESSAGES,
  check(ctx) {
    const body = ctx.model.issuingBody;
    const places = body ? bodyPlaces(body) : undefined;
    if (!body || !places) return;
    // Names are sought once in the whole text (its paragraphs joined by line breaks, which no name stands over), then
    // told to their sentences; a sentence about working with others names them rightly.
    const text = joined(ctx.prose);
    const found = placesIn(text, places.shorts, places.isOther);
    const wording = places.kind ? wordingIn(text, places.kind, found) : [];
    // Most reports name no other place: their sentences are not needed then.
    if (!found.length && !wording.length) return;
    const startOf = startsIn(ctx.prose);
    // Both lists are in text order, as the sentences are: each is read on from where the sentence before left it.
    const namedIn = reader(found);
    const wordingAt = reader(wording);
    for (const s of ctx.sentences) {
      const at = startOf[s.prose.index] + s.from;
      const place = (x: Found) => [x.at - at + s.from, x.at - at + s.from + x.text.length] as const;
      const named = namedIn(at, at + s.text.length);
      if (named.length && !WITH_OTHERS.test(s.text)) for (const n of named) report(ctx, s.prose, ...place(n), 'otherPlace', { place: n.text, own: body });
      for (const x of wordingAt(at, at + s.text.length)) report(ctx, s.prose, ...place(x), 'otherWording', wordingData(x.text, body, places.kind!));
    }
  },
});

/** Words found in the joined text, and where. */
interface Found {
  text: string;
  at: number;
}

/** Reads a list in text order range by range, ranges in text order: the items that start in [from, to). */
function reader(list: readonly Found[]): (from: number, to: number) => Found[] {
  let next = 0;
  return (from, to) => {
    const out: Found[] = [];
    for (; next < list.length && list[next].at < to; next++) if (list[next].at >= from) out.push(list[next]);
    return out;
  };
}

/**
 * What a body's name says of its places: its own county (only a county-level body's places are known for sure; a
 * prefecture's report names its counties rightly), which names are others', the short names to seek (the same
 * prefecture's counties, 奉化 for 象山), and the kind of body it is.
 */
function bodyPlaces(body: string) {
  const own = placesOfBody(body).filter((p) => p.level === 'county');
  if (!own.length) return undefined;
  const lineage: Place[] = [];
  for (const o of own) lineage.push(...lineageOf(o));
  const codes = new Set(lineage.map((p) => p.code));
  // A place is the body's own when it shares a name with one of its places (淮安区 and 淮安市 for 洪泽区).
  const ownName = (p: Place) => lineage.some((o) => o.name === p.name || (!!o.short && o.short === p.short));
  const isOther = (n: PlaceName) => n.place.level === 'county' && !codes.has(n.place.code) && !!n.place.short && !ownName(n.place) && !isGeneric(n.place.short)
    // Another prefecture's county by its full name only: short names of far places are words too often.
    && (n.full || own.some((o) => o.parent === n.place.parent));
  const shorts = countyShortNames([...new Set(own.map((o) => o.parent ?? ''))]);
  const kind: '县' | '区' | undefined = own[0].name.endsWith('县') ? '县' : own[0].name.endsWith('区') ? '区' : undefined;
  return { isOther, shorts, kind };
}

/** The prose paragraphs as one text, a line each: joined once, not grown a paragraph at a time. */
function joined(prose: Iterable<Prose>): string {
  const texts: string[] = [];
  for (const p of prose) texts.push(p.text);
  // An empty last one: every paragraph's line ends with a break.
  texts.push('');
  return texts.join('\n');
}

/** Where each prose paragraph starts in their joined text, by its index. */
function startsIn(prose: ProseParagraphs): Int32Array {
  const startOf = new Int32Array(prose.length);
  let at = 0;
  for (const p of prose) {
    startOf[p.index] = at;
    at += p.text.length + 1;
  }
  return startOf;
}

/** Characters of place words (老城, 城东, 河西, 江北, 市中): a name made of them alone is a common word too. */
const GENERIC = '新老旧城郊矿东西南北中市区县上下前后内外关河江海山湖港口';
const isGeneric = (short: string) => [...short].every((c) => GENERIC.includes(c));

/** A place and the places above it. */
function lineageOf(p: Place): Place[] {
  const out: Place[] = [];
  for (let at: Place | undefined = p; at; at = at.parent ? PLACE_BY_CODE.get(at.parent) : undefined) out.push(at);
  return out;
}

/**
 * The other places a sentence names: a county of the same prefecture by its name or its short name (奉化), any other
 * county by its full name, of three characters or more (a county of one character, 成县, stands inside 形成县府办).
 * At each position the longest name is taken, and a name inside another is not a name.
 */
function placesIn(text: string, shorts: ShortNames, isOther: (n: PlaceName) => boolean): Found[] {
  const out: Found[] = [];
  let end = 0;
  for (const { name, at } of namesIn(text, shorts)) {
    if (at < end) continue;
    end = at + name.text.length;
    if (isOther(name) && !(name.full && NOT_A_PLACE_AFTER.test(text.slice(end)))) out.push({ text: name.text, at });
  }
  return out;
}

/** The other kind of body's wording in a paragraph, outside longer words and the place names found there. */
function wordingIn(text: string, kind: '县' | '区', found: Found[]): Found[] {
  if (!text.includes(kind === '县' ? '区' : '县')) return [];
  const out: Found[] = [];
  // The names found are in text order and do not overlap: the first that does not end before a match is the only one
  // that may overlap it, and is sought on from the match before.
  let next = 0;
  for (const m of matchesIn(text, WORDING[kind])) {
    while (next < found.length && found[next].at + found[next].text.length <= m.index) next++;
    if (WORDING_PART.test(text.slice(Math.max(0, m.index - 2), m.index)) || (next < found.length && found[next].at < m.index + m[0].length)) continue;
    out.push({ text: m[0], at: m.index });
  }
  return out;
}

function wordingData(text: string, own: string, kind: '县' | '区'): Record<string, string> {
  const other = kind === '县' ? '区' : '县';
  return { text, own, kind, other, kindEn: kind === '县' ? 'county' : 'district', otherEn: other === '县' ? 'county' : 'district' };
}

function report(ctx: RuleContext<keyof typeof MESSAGES>, p: Prose, from: number, to: number, message: keyof typeof MESSAGES, data: Record<string, string>): void {
  ctx.report({ range: rangeIn(p, from, to), message, data });
}

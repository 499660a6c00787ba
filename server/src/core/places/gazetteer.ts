// China's provinces, prefectures and county-level divisions (GB/T 2260, from @vant/area-data), by name: what the
// copied-text rule needs to tell the issuing body's own places from others'.

interface AreaList {
  province_list: Record<string, string>;
  city_list: Record<string, string>;
  county_list: Record<string, string>;
}
// The package is an ES module with a CommonJS build; required, its types are the ones it declares.
const { areaList } = require('@vant/area-data') as { areaList: AreaList };

export type PlaceLevel = 'province' | 'city' | 'county';

export interface Place {
  code: string;
  level: PlaceLevel;
  /** As the standard writes it: 奉化区, 宁波市, 浙江省. */
  name: string;
  /** Without the suffix of its kind (奉化, 宁波); empty when that leaves fewer than two characters (城区, 郊区). */
  short: string;
  /** The prefecture of a county, the province of a prefecture (by code). */
  parent?: string;
}

const SUFFIX = /(?:自治州|自治县|自治旗|地区|林区|特区|新区|盟|省|市|县|区|旗)$/;

function shortName(name: string): string {
  const s = name.replace(SUFFIX, '');
  return s.length >= 2 && s !== name ? s : '';
}

/** A division's name ends with its kind; the list's towns and odd entries (…镇, …街道, …管委会) are left out. */
const DIVISION = /[省市州盟县区旗]$/;

/** Zones the list carries beside the divisions (高新区, 管委会): their names are common words, not places. */
const ZONE = /管委会|开发区|高新|新城|经济|工业|园|示范|试验|市辖/;

function places(): Place[] {
  const out: Place[] = [];
  const add = (list: Record<string, string>, level: PlaceLevel, parent: (code: string) => string | undefined) => {
    for (const [code, name] of Object.entries(list)) if (!ZONE.test(name) && DIVISION.test(name)) out.push({ code, level, name, short: shortName(name), parent: parent(code) });
  };
  add(areaList.province_list, 'province', () => undefined);
  add(areaList.city_list, 'city', (c) => `${c.slice(0, 2)}0000`);
  add(areaList.county_list, 'county', (c) => `${c.slice(0, 4)}00`);
  return out;
}

/** Every place, made once when the module loads (a few thousand names). */
export const PLACES: readonly Place[] = places();
export const PLACE_BY_CODE: ReadonlyMap<string, Place> = new Map(PLACES.map((p) => [p.code, p]));

/** A name a place goes by in text: its full name, or its short name. */
export interface PlaceName {
  text: string;
  place: Place;
  full: boolean;
}

/**
 * Short names to seek in a text, and a filter of their first characters by the low and the high byte of the code:
 * both are 1 for the first character of each (and for few others: a character whose bytes are those of two first
 * characters), so that a pass over a text compares names only where one may start.
 */
export interface ShortNames {
  names: readonly PlaceName[];
  low: Uint8Array;
  high: Uint8Array;
}

function shortNames(names: readonly PlaceName[]): ShortNames {
  const low = new Uint8Array(0x100);
  const high = new Uint8Array(0x100);
  for (const n of names) {
    const c = n.text.charCodeAt(0);
    low[c & 0xff] = 1;
    high[c >> 8] = 1;
  }
  return { names, low, high };
}

/** The short names of each prefecture's county-level places (奉化, 北仑 for 宁波市), by the prefecture's code. */
const COUNTY_SHORT_NAMES_OF: ReadonlyMap<string, ShortNames> = (() => {
  const lists = new Map<string, PlaceName[]>();
  for (const p of PLACES) {
    if (p.level !== 'county' || !p.parent || !p.short) continue;
    const list = lists.get(p.parent) ?? [];
    list.push({ text: p.short, place: p, full: false });
    lists.set(p.parent, list);
  }
  return new Map([...lists].map(([code, names]) => [code, shortNames(names)]));
})();

const NO_SHORT_NAMES: ShortNames = shortNames([]);

/** The short names of the county-level places of some prefectures (by code), in the order the codes are given. */
export function countyShortNames(prefectures: readonly string[]): ShortNames {
  const each = prefectures.map((code) => COUNTY_SHORT_NAMES_OF.get(code) ?? NO_SHORT_NAMES);
  // One prefecture, nearly always: its names and filter as made when the module loaded.
  return each.length === 1 ? each[0] : shortNames(each.flatMap((s) => s.names));
}

const HAN = 0x4e00;
const HAN_SPAN = 0xa000 - HAN;
/** Two Chinese characters as one small integer, a key that costs no string; -1 unless both are Chinese characters. */
function pairKey(a: number, b: number): number {
  const x = a - HAN;
  const y = b - HAN;
  return x >= 0 && x < HAN_SPAN && y >= 0 && y < HAN_SPAN ? x * HAN_SPAN + y : -1;
}

/** The full names by their last two characters: a name is sought only where its end stands. */
const BY_ENDING: ReadonlyMap<number, PlaceName[]> = (() => {
  const index = new Map<number, PlaceName[]>();
  for (const place of PLACES) {
    const n = place.name;
    const key = pairKey(n.charCodeAt(n.length - 2), n.charCodeAt(n.length - 1));
    const list = index.get(key) ?? [];
    list.push({ text: n, place, full: true });
    index.set(key, list);
  }
  return index;
})();
/** The characters full names end with (县, 区, 市, 旗, 省, 州, 盟), as a table of character codes. */
const ENDS_A_NAME: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const p of PLACES) table[p.name.charCodeAt(p.name.length - 1)] = 1;
  return table;
})();

/** A place name found in a text, and where it starts. */
export interface NameAt {
  name: PlaceName;
  at: number;
}

/**
 * The full names of places in a text, and the given short names, with where: the longest at each position first
 * (a full name before a short one of the same text). One pass over the text's characters: where a full name may end
 * (its last character is an ending), the names ending with the two characters there are compared; where a short
 * name may start, the short names. Before, the text was searched for each ending and each short name: some twenty
 * searches, and a call for each place found.
 */
export function namesIn(text: string, shorts: ShortNames = NO_SHORT_NAMES): NameAt[] {
  const out: NameAt[] = [];
  const { low, high } = shorts;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // No name is sought ending at 0: the names are found by the two characters they end with.
    if (ENDS_A_NAME[c] !== 0 && i > 0) fullNamesEndingAt(text, i, out);
    if ((low[c & 0xff] & high[c >> 8]) !== 0) shortNamesAt(text, i, shorts.names, out);
  }
  return out.length > 1 ? out.sort(byPlace) : out;
}

/** Text order; at one position the longest first, and a full name before a short name of the same text. */
const byPlace = (x: NameAt, y: NameAt) => x.at - y.at || y.name.text.length - x.name.text.length || Number(y.name.full) - Number(x.name.full);

function fullNamesEndingAt(text: string, i: number, out: NameAt[]): void {
  const list = BY_ENDING.get(pairKey(text.charCodeAt(i - 1), text.charCodeAt(i)));
  if (!list) return;
  for (const name of list) {
    const at = i + 1 - name.text.length;
    if (at >= 0 && text.startsWith(name.text, at)) out.push({ name, at });
  }
}

function shortNamesAt(text: string, at: number, names: readonly PlaceName[], out: NameAt[]): void {
  const c = text.charCodeAt(at);
  for (const name of names) if (name.text.charCodeAt(0) === c && text.startsWith(name.text, at)) out.push({ name, at });
}

/** The county-level places a body's name names, or its prefecture when it names no county. */
export function placesOfBody(body: string): Place[] {
  const named = namesIn(body).filter((n) => n.name.full).map((n) => n.name.place);
  const counties = named.filter((p) => p.level === 'county');
  return narrow(counties.length ? counties : named.filter((p) => p.level === 'city'), body);
}

/** Of places of one name in several provinces (鼓楼区), those whose prefecture or province the body names too, if any. */
function narrow(found: Place[], body: string): Place[] {
  const named = found.filter((p) => {
    const parent = p.parent ? PLACE_BY_CODE.get(p.parent) : undefined;
    return parent && (body.includes(parent.name) || (parent.short && body.includes(parent.short)));
  });
  return [...new Set(named.length ? named : found)];
}

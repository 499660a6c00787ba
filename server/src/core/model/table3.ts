import type { LabelMatch, RowModel, TableModel, TemplateVersion } from '../types';
import type { RawCells, RawRow, RawRows, RawTable } from '../parse/rawTable';
import { joinedCells } from '../parse/rawTable';
import { isAsciiDigit } from '../parse/cellValue';
import { labelStart, normalizeLabel, skipWhiteSpace } from '../text/normalize';
import { TABLE3_COLUMNS, TABLE3_GROUPS, TABLE3_ROW_INDEX, TABLE3_ROWS, TABLE3_TITLE, Table3Row, table3RowsFor } from '../template/table3';
import { isBlank, isDigitsCell, lastLabelIndex, readValues } from './values';
import { outnumbered } from './unreadable';


/** A data row of the template: `index` is its position in TABLE3_ROWS. */
type RowId = { kind: 'row'; row: Table3Row; match: LabelMatch; index: number };
type Identified = RowId | { kind: 'group'; group: string } | { kind: 'none' };

const HEADER_WORDS = ['勾稽关系', '申请人情况', '自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构'];
const norm = (s: string) => normalizeLabel(s);

// The answers of identifyLabel are made once here: it runs for every cell of every row, and callers only read them.
const NONE: Identified = { kind: 'none' };
/** Per template row (by index), its answer for each kind of match. */
const ROW_IDS: Record<LabelMatch, RowId>[] = TABLE3_ROWS.map((row, index) => ({
  official: { kind: 'row', row, match: 'official', index },
  variant: { kind: 'row', row, match: 'variant', index },
  fuzzy: { kind: 'row', row, match: 'fuzzy', index },
}));
const fuzzyRow = (key: string) => ROW_IDS[TABLE3_ROW_INDEX.get(key)!].fuzzy;
const GROUP_IDS = new Map(Object.keys(TABLE3_GROUPS).map((key) => [key, { kind: 'group', group: key } as Identified]));
const groupId = (key: string) => GROUP_IDS.get(key)!;
/** Per template row (by index), the label of its group as the model shows it. */
const GROUP_LABELS = TABLE3_ROWS.map((r) => (r.group ? TABLE3_GROUPS[r.group]?.label : undefined));

const OFFICIAL = new Map(TABLE3_ROWS.map((r, i) => [norm(r.label), ROW_IDS[i].official]));
const VARIANTS = new Map(TABLE3_ROWS.flatMap((r, i) => (r.variants ?? []).map((v) => [norm(v), ROW_IDS[i].variant] as const)));
/** Group answers by normalized group label （三）不予公开 → refused. */
const GROUP_BY_LABEL = new Map(Object.entries(TABLE3_GROUPS).map(([key, g]) => [norm(g.label), groupId(key)]));
const SUB_VARIANTS: Record<string, string> = { 'refused.2': '其他法律法规禁止公开' };
/** Indices of the template rows each version expects. */
const EXPECTED: Record<TemplateVersion, number[]> = {
  v2019: table3RowsFor('v2019').map((r) => TABLE3_ROWS.indexOf(r)),
  v2021: table3RowsFor('v2021').map((r) => TABLE3_ROWS.indexOf(r)),
};
/** Per template row (by index), the number of a sub-item (refused.1 → 1). */
const SUB_NUMBERS = TABLE3_ROWS.map((r) => Number(r.key.slice(r.key.lastIndexOf('.') + 1)));
/** Sub-item texts without their number (属于国家秘密 → refused.1), normalized once. */
const SUB_TEXT = new Map(TABLE3_ROWS.flatMap((r, i) => (r.group && r.group !== 'results' ? [[norm(r.label).replace(/^\d+\./, ''), i] as const] : [])));

/**
 * Identifies a label cell of table 3: a data row, or a group label that applies to the rows below it. Only the
 * reading of a numbered sub-item (1.…) depends on `group`; whether a cell is a group label never does. `isV2021` tells
 * whether the table has the sub-items of （六）, asked only when the label is （六）其他处理.
 */
export function identifyLabel(cells: RawCells, i: number, group: string | undefined, isV2021: () => boolean): Identified {
  // A number cell (digits read, the common case) is the fast path of cannotBeLabel.
  if (cells.digits(i) >= 0) return NONE;
  const text = cells.text(i);
  if (cannotBeLabel(text)) return NONE;
  const t = norm(text);
  if (!t) return NONE;
  const exact = OFFICIAL.get(t);
  if (exact && !(exact.row.key === 'other' && isV2021())) return exact;
  const variant = VARIANTS.get(t);
  if (variant) return variant;
  const groupLabel = GROUP_BY_LABEL.get(t);
  if (groupLabel) return groupLabel;

  const sub = isAsciiDigit(t.charCodeAt(0)) ? /^(\d{1,2})[.．、]?(.*)$/.exec(t) : null;
  if (sub && sub[2]) {
    const n = Number(sub[1]);
    const rest = sub[2];
    const inGroup = group ? TABLE3_ROW_INDEX.get(`${group}.${n}`) : undefined;
    const byText = SUB_TEXT.get(rest);
    if (byText !== undefined && (!group || TABLE3_ROWS[byText].group === group)) return ROW_IDS[byText][SUB_NUMBERS[byText] === n ? 'official' : 'fuzzy'];
    if (inGroup !== undefined) return ROW_IDS[inGroup][SUB_VARIANTS[TABLE3_ROWS[inGroup].key] === rest ? 'variant' : 'fuzzy'];
    return NONE;
  }
  if (t.includes('新收')) return fuzzyRow('new');
  if (t.includes('上年') && (t.includes('结转') || t.includes('转结'))) return fuzzyRow('carried_in');
  if (t.includes('下年')) return fuzzyRow('carried_out');
  if (t.includes('总计')) return fuzzyRow('total');
  if (t.includes('部分公开')) return fuzzyRow('partial');
  if (t.includes('不予公开')) return groupId('refused');
  if (t.includes('予以公开')) return fuzzyRow('granted');
  if (t.includes('无法提供')) return groupId('unable');
  if (t.includes('不予处理')) return groupId('not_processed');
  if (t.includes('其他处理')) return groupId('other');
  // The results group label, whole or split by a page break (三、本年度办理 / 结果).
  if (t.includes('办理结果') || t.includes('本年度办理') || t === '结果') return groupId('results');
  return NONE;
}

/**
 * A cell that is blank or starts like a number cannot be a label: padding, then optionally a sign, a digit
 * (ASCII or full-width), more digits, dots or commas, and padding again.
 */
function cannotBeLabel(text: string): boolean {
  const n = text.length;
  let i = skipWhiteSpace(text, 0, n);
  if (i === n) return true;
  const sign = text.charCodeAt(i);
  if (sign === 0x2b /* + */ || sign === 0x2d /* - */ || sign === 0x2212 /* − */) i++;
  if (i === n || !isAnyDigit(text.charCodeAt(i))) return false;
  i++;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isAnyDigit(c) && c !== 0x2e /* . */ && c !== 0x2c /* , */) break;
    i++;
  }
  return skipWhiteSpace(text, i, n) === n;
}

/** An ASCII or full-width digit. */
const isAnyDigit = (c: number) => isAsciiDigit(c) || (c >= 0xff10 && c <= 0xff19);

function isHeaderRow({ cells }: RawRow): boolean {
  for (let i = 0; i < cells.length; i++) {
    if (isDigitsCell(cells, i)) continue;
    const t = norm(cells.text(i));
    if (HEADER_WORDS.some((w) => t.includes(w))) return true;
  }
  return false;
}

/** A v2021 table has the three sub-items of （六）: 1.申请人… 2.申请人… 3.其他. */
const SIX_SUB = /^[123][.．、]?(申请人|其他$)/;
/** 1, 2 or 3, ASCII or full-width. */
const isSubDigit = (c: number) => (c >= 0x31 && c <= 0x33) || (c >= 0xff11 && c <= 0xff13);

function hasSixSubs(rows: RawRows): boolean {
  // From the end: the sub-items stand near the bottom of the table.
  for (let i = rows.length - 1; i >= 0; i--) {
    const { cells } = rows.row(i);
    for (let c = 0; c < cells.length; c++) {
      if (isDigitsCell(cells, c)) continue;
      // Only a label that starts with 1, 2 or 3 (full-width too) can match: look before normalizing.
      const text = cells.text(c);
      const s = labelStart(text);
      if (s >= 0 && isSubDigit(text.charCodeAt(s)) && SIX_SUB.test(norm(text))) return true;
    }
  }
  return false;
}

/** The six applicant columns add up to the total. */
const rowAddsUp = (v: number[]) => v[0] + v[1] + v[2] + v[3] + v[4] + v[5] === v[6];

/** Maps the raw rows of table 3 onto the template's rows and columns. */
export function buildTable3(raw: RawTable, rows: RawRows): TableModel {
  const first = rows.row(0).range;
  const model: TableModel = {
    number: 3, title: TABLE3_TITLE, layout: raw.layout,
    range: { start: first.start, end: rows.row(rows.length - 1).range.end },
    anchor: first, columns: TABLE3_COLUMNS, rows: [], missingRows: [], unknownRows: [],
  };
  // A v2021 table has the three sub-items of （六）: then （六）其他处理 is their group, not a row. Only that label
  // needs to know, so the table is searched for them when it is first met.
  let sixSubs: boolean | undefined;
  const isV2021 = () => (sixSubs ??= hasSixSubs(rows));
  let group: string | undefined;
  /** Template rows met so far, by index. */
  const seen: boolean[] = TABLE3_ROWS.map(() => false);
  // Each template row is read once at most: once more rows match none than the template has, the table is misread
  // (unreadable.ts) and its other rows are not read (a text of a million result rows).
  for (let i = 0; i < rows.length && !outnumbered(model.unknownRows.length, TABLE3_ROWS.length); i++) {
    const raw = rows.row(i);
    if (!model.rows.length && isHeaderRow(raw)) continue;
    // The label is the last cell that names a row or a group; a stray word among the numbers is not a label.
    // Group labels in front of it set the group for this and the following rows. Whether a cell is a group label
    // does not depend on the current group, so one pass finds both; the label cell is read again only when a group
    // in front of it changed the group (a sub-item 1.… is read by its group).
    const rowGroup = group;
    let li = -1;
    let id: Identified = NONE;
    let groupInFront: string | undefined;
    for (let c = 0; c < raw.cells.length; c++) {
      const found = identifyLabel(raw.cells, c, rowGroup, isV2021);
      if (found.kind === 'none') continue;
      if (id.kind === 'group') groupInFront = id.group;
      li = c;
      id = found;
    }
    if (li < 0) li = lastLabelIndex(raw.cells);
    if (li < 0) continue; // values with no label and nothing short above them: nothing to attach them to
    if (groupInFront !== undefined) group = groupInFront;
    const label = raw.cells.text(li);
    if (group !== rowGroup) id = identifyLabel(raw.cells, li, group, isV2021);
    if (id.kind === 'group') {
      group = id.group;
      if (blankFrom(raw.cells, li + 1)) continue;
    }
    if (id.kind !== 'row') {
      if (!blankFrom(raw.cells, li + 1)) model.unknownRows.push({ label, range: raw.cells.range(li) });
      continue;
    }
    const tpl = id.row;
    if (tpl.group && tpl.group !== 'results') group = tpl.group;
    else if (tpl.group === 'results') group = 'results';
    let values = raw.cells;
    let from = li + 1;
    let end = raw.range.end;
    // A row broken by a page break: the rest follows as a row of values only.
    const next = i + 1 < rows.length ? rows.row(i + 1) : undefined;
    const have = trimmedLength(values, from);
    if (next && have < 7 && lastLabelIndex(next.cells) < 0 && have + trimmedLength(next.cells, 0) === 7) {
      values = joinedCells(values, from, next.cells);
      from = 0;
      end = next.range.end;
      i++;
    }
    if (seen[id.index]) {
      model.unknownRows.push({ label, range: raw.cells.range(li) });
      continue;
    }
    seen[id.index] = true;
    const read = readValues(values, from, TABLE3_COLUMNS, tpl.key, rowAddsUp);
    const row: RowModel = {
      key: tpl.key, label, labelRange: raw.cells.range(li), officialLabel: tpl.label,
      group: GROUP_LABELS[id.index],
      range: { start: raw.range.start, end }, cells: read.cells, problem: read.problem, labelMatch: id.match,
    };
    model.rows.push(row);
  }
  const seenKey = (key: string) => seen[TABLE3_ROW_INDEX.get(key)!];
  const hasOtherRow = seenKey('other');
  const hasOtherSubs = ['other.1', 'other.2', 'other.3'].some(seenKey);
  model.version = hasOtherRow && hasOtherSubs ? 'mixed' : hasOtherSubs ? 'v2021' : hasOtherRow ? 'v2019' : undefined;
  // Rows of （六） are not missing when the version is mixed or unknown.
  const skipOther = model.version === 'mixed' || model.version === undefined;
  for (const i of EXPECTED[model.version === 'v2019' ? 'v2019' : 'v2021']) {
    const key = TABLE3_ROWS[i].key;
    if (!seen[i] && !(skipOther && key.startsWith('other'))) model.missingRows.push(key);
  }
  return model;
}

/** Number of cells from index `from` on, blanks at either edge left out. */
function trimmedLength(cells: RawCells, from: number): number {
  let a = from;
  let b = cells.length;
  while (a < b && isBlank(cells, a)) a++;
  while (b > a && isBlank(cells, b - 1)) b--;
  return b - a;
}

/** True when every cell from index `from` on is blank. */
function blankFrom(cells: RawCells, from: number): boolean {
  for (let i = from; i < cells.length; i++) if (!isBlank(cells, i)) return false;
  return true;
}


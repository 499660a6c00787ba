import type { ColumnModel, RowModel, SubTable, TableModel, TemplateVersion } from '../types';
import type { RawCells, RawRows, RawTable } from '../parse/rawTable';
import { normalizeLabel, numeralValue } from '../text/normalize';
import { TABLE2_MARKERS, TABLE2_SCHEMA, TABLE2_TITLE, Table2Sub } from '../template/table2';
import { isBlank, isDigitsCell, lastLabelIndex, readValues } from './values';

const CAPTION = /第二十条第[（(]([一二三四五六七八九十]+)[）)]项/;
const CAPTION_MIN_LENGTH = '第二十条第（一）项'.length;

/** Item number of a 第二十条第（N）项 caption (either kind of bracket), or undefined when the text is none. */
export function captionItem(text: string): number | undefined {
  // Normalizing never lengthens a text, so a cell shorter than 第二十条第（一）项 cannot hold a caption.
  if (text.length < CAPTION_MIN_LENGTH || !text.includes('第二十条')) return undefined;
  const m = CAPTION.exec(normalizeLabel(text));
  return m ? numeralValue(m[1]) : undefined;
}

const MARKERS_V2021 = TABLE2_MARKERS.v2021.map((m) => normalizeLabel(m));
const MARKERS_V2019 = new Set(TABLE2_MARKERS.v2019.map((m) => normalizeLabel(m)));

/** Version of a header cell: which template's column it is, if only one has it. */
function headerVersion(text: string): TemplateVersion | undefined {
  const t = normalizeLabel(text);
  if (MARKERS_V2021.some((m) => t.startsWith(m))) return 'v2021';
  if (MARKERS_V2019.has(t)) return 'v2019';
  return undefined;
}

/** Normalized row labels of every sub-table schema, in the schema's row order. */
const ROW_LABELS: ReadonlyMap<Table2Sub, readonly string[]> = new Map(Object.values(TABLE2_SCHEMA).flat().map((s) => [s, s.rows.map((r) => normalizeLabel(r.label))]));

function schemaFor(item: number, version: TemplateVersion): Table2Sub | undefined {
  return TABLE2_SCHEMA[version].find((s) => s.item === item);
}

/** Maps table 2: sub-tables under 第二十条第（N）项 captions, each with a 信息内容 header row and data rows. */
export function buildTable2(raw: RawTable, rows: RawRows, fallback: TemplateVersion): TableModel {
  const top = rows.row(0).range;
  const model: TableModel = {
    number: 2, title: TABLE2_TITLE, layout: raw.layout,
    range: { start: top.start, end: rows.row(rows.length - 1).range.end },
    anchor: top, columns: [], rows: [], subTables: [], missingRows: [], unknownRows: [],
  };
  let sub: SubTable | undefined;
  let schema: Table2Sub | undefined;
  for (let r = 0; r < rows.length; r++) {
    const row = rows.row(r);
    const { cells } = row;
    let fi = 0;
    while (fi < cells.length && isBlank(cells, fi)) fi++;
    if (fi === cells.length) continue;
    const first = cells.text(fi);
    const item = captionItem(first);
    if (item !== undefined) {
      sub = { key: String(item), caption: first, captionRange: cells.range(fi), columns: [], rows: [] };
      schema = undefined;
      model.subTables!.push(sub);
      continue;
    }
    if (!sub) continue;
    if (normalizeLabel(first) === '信息内容') {
      const v = headerRowVersion(cells, fi + 1);
      sub.version = v;
      schema = schemaFor(Number(sub.key), v ?? fallback) ?? schemaFor(Number(sub.key), v === 'v2021' ? 'v2019' : 'v2021');
      sub.columns = schema ? schema.columns : [];
      continue;
    }
    schema ??= schemaFor(Number(sub.key), fallback);
    if (!schema) continue;
    if (!sub.columns.length) sub.columns = schema.columns;
    const subItem = Number(sub.key);
    const labels = ROW_LABELS.get(schema)!;
    let known = 0;
    // A number cell is the common case, and never a label.
    while (known < cells.length && (isDigitsCell(cells, known) || !isRowLabel(normalizeLabel(cells.text(known)), labels, subItem, schema))) known++;
    const li = known < cells.length ? known : lastLabelIndex(cells);
    if (li < 0) continue;
    const label = cells.text(li);
    const t = normalizeLabel(label);
    const tpl = schema.rows.find((_, r) => labels[r] === t)
      ?? otherVersionRow(subItem, t, schema)
      ?? schema.rows.find((_, r) => t.includes(labels[r]) || labels[r].includes(t));
    if (!tpl) {
      model.unknownRows.push({ label, range: cells.range(li) });
      continue;
    }
    const read = readValues(cells, li + 1, sub.columns as ColumnModel[], tpl.key);
    const match = normalizeLabel(tpl.label) === t ? 'official' : 'fuzzy';
    const rm: RowModel = {
      key: tpl.key, label, labelRange: cells.range(li), officialLabel: tpl.label,
      group: schema.caption, range: row.range, cells: read.cells, problem: read.problem, labelMatch: match,
    };
    sub.rows.push(rm);
    model.rows.push(rm);
  }
  // The table's version: the one its sub-tables name, mixed when they name both.
  let version: TableModel['version'];
  for (const s of model.subTables!) {
    if (!s.version) continue;
    version = version === undefined || version === s.version ? s.version : 'mixed';
  }
  model.version = version;
  for (const s of model.subTables!) for (const c of s.columns) model.columns.push(c);
  return model;
}

/** The version the header cells from index `from` on agree on; undefined when they name none or disagree. */
function headerRowVersion(cells: RawCells, from: number): TemplateVersion | undefined {
  let version: TemplateVersion | undefined;
  for (let i = from; i < cells.length; i++) {
    const v = headerVersion(cells.text(i));
    if (!v) continue;
    if (version && v !== version) return undefined;
    version = v;
  }
  return version;
}

/** Whether a normalized cell text is one of the schema's row labels. */
function isRowLabel(t: string, labels: readonly string[], item: number, schema: Table2Sub): boolean {
  return labels.includes(t) || !!otherVersionRow(item, t, schema);
}

/** 规范性文件 in a v2021 table (or the reverse) is the same row under the other version's wording. */
function otherVersionRow(item: number, label: string, schema: Table2Sub) {
  if (item !== 1) return undefined;
  if (label === '规范性文件' || label === '行政规范性文件') return schema.rows.find((r) => r.key === 'normative');
  return undefined;
}

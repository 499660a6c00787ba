import type { ColumnModel, RowModel, SubTable, TableModel, TemplateVersion } from '../types';
import type { RawRow, RawTable } from '../parse/blocks';
import { normalizeLabel, numeralValue } from '../text/normalize';
import { TABLE2_MARKERS, TABLE2_SCHEMA, TABLE2_TITLE, Table2Sub } from '../template/table2';
import { isBlank, lastLabelIndex, readValues } from './values';

const CAPTION = /第二十条第[（(]([一二三四五六七八九十]+)[）)]项/;

export function captionItem(text: string): number | undefined {
  if (!text.includes('第二十条')) return undefined;
  const m = CAPTION.exec(normalizeLabel(text).replace(/（/g, '(').replace(/）/g, ')'));
  return m ? numeralValue(m[1]) : undefined;
}

/** Version of a header cell: which template's column it is, if only one has it. */
function headerVersion(text: string): TemplateVersion | undefined {
  const t = normalizeLabel(text);
  if (TABLE2_MARKERS.v2021.some((m) => t.startsWith(normalizeLabel(m)))) return 'v2021';
  if (TABLE2_MARKERS.v2019.some((m) => t === normalizeLabel(m))) return 'v2019';
  return undefined;
}

function schemaFor(item: number, version: TemplateVersion): Table2Sub | undefined {
  return TABLE2_SCHEMA[version].find((s) => s.item === item);
}

/** Maps table 2: sub-tables under 第二十条第（N）项 captions, each with a 信息内容 header row and data rows. */
export function buildTable2(raw: RawTable, rows: RawRow[], fallback: TemplateVersion): TableModel {
  const model: TableModel = {
    number: 2, title: TABLE2_TITLE, layout: raw.layout,
    range: { start: rows[0].range.start, end: rows[rows.length - 1].range.end },
    anchor: rows[0].range, columns: [], rows: [], subTables: [], missingRows: [], unknownRows: [],
  };
  let sub: SubTable | undefined;
  let schema: Table2Sub | undefined;
  for (const row of rows) {
    const nonBlank = row.cells.filter((c) => !isBlank(c));
    if (!nonBlank.length) continue;
    const item = captionItem(nonBlank[0].text);
    if (item !== undefined) {
      sub = { key: String(item), caption: nonBlank[0].text, captionRange: nonBlank[0].range, columns: [], rows: [] };
      schema = undefined;
      model.subTables!.push(sub);
      continue;
    }
    if (!sub) continue;
    if (normalizeLabel(nonBlank[0].text) === '信息内容') {
      const versions = nonBlank.slice(1).map((c) => headerVersion(c.text)).filter((v): v is TemplateVersion => !!v);
      const v = versions.length ? (versions.every((x) => x === versions[0]) ? versions[0] : undefined) : undefined;
      sub.version = v;
      schema = schemaFor(Number(sub.key), v ?? fallback) ?? schemaFor(Number(sub.key), v === 'v2021' ? 'v2019' : 'v2021');
      sub.columns = schema ? schema.columns : [];
      continue;
    }
    schema ??= schemaFor(Number(sub.key), fallback);
    if (!schema) continue;
    if (!sub.columns.length) sub.columns = schema.columns;
    const known = row.cells.findIndex((c) => schema!.rows.some((r) => normalizeLabel(r.label) === normalizeLabel(c.text)) || otherVersionRow(Number(sub!.key), normalizeLabel(c.text), schema!));
    const li = known >= 0 ? known : lastLabelIndex(row.cells);
    if (li < 0) continue;
    const labelCell = row.cells[li];
    const t = normalizeLabel(labelCell.text);
    const tpl = schema.rows.find((r) => normalizeLabel(r.label) === t)
      ?? otherVersionRow(Number(sub.key), t, schema)
      ?? schema.rows.find((r) => t.includes(normalizeLabel(r.label)) || normalizeLabel(r.label).includes(t));
    if (!tpl) {
      model.unknownRows.push({ label: labelCell.text, range: labelCell.range });
      continue;
    }
    const read = readValues(row.cells.slice(li + 1), sub.columns as ColumnModel[], tpl.key);
    const match = normalizeLabel(tpl.label) === t ? 'official' : 'fuzzy';
    const rm: RowModel = {
      key: tpl.key, label: labelCell.text, labelRange: labelCell.range, officialLabel: tpl.label,
      group: schema.caption, range: row.range, cells: read.cells, problem: read.problem, labelMatch: match,
    };
    sub.rows.push(rm);
    model.rows.push(rm);
  }
  const versions = new Set(model.subTables!.map((s) => s.version).filter((v) => v));
  model.version = versions.size > 1 ? 'mixed' : versions.size === 1 ? [...versions][0] : undefined;
  model.columns = model.subTables!.flatMap((s) => s.columns);
  return model;
}

/** 规范性文件 in a v2021 table (or the reverse) is the same row under the other version's wording. */
function otherVersionRow(item: number, label: string, schema: Table2Sub) {
  if (item !== 1) return undefined;
  if (label === '规范性文件' || label === '行政规范性文件') return schema.rows.find((r) => r.key === 'normative');
  return undefined;
}

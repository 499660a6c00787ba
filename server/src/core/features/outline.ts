import type { Diagnostic, Lang, OffsetRange, ReportModel, RowModel, TableModel } from '../types';
import { displayText } from '../text/normalize';
import { L, shortLabel, tableName } from '../i18n/names';
import { TABLE3_GROUPS } from '../template/table3';
import { maxOf, minOf } from '../arrays';

export type SymbolKind = 'report' | 'section' | 'table' | 'group' | 'row';

export interface OutlineNode {
  name: string;
  detail?: string;
  kind: SymbolKind;
  range: OffsetRange;
  selectionRange: OffsetRange;
  children: OutlineNode[];
}

const span = (rows: RowModel[]): OffsetRange => ({ start: minOf(rows, (r) => r.range.start), end: maxOf(rows, (r) => r.range.end) });

/** The document outline: report title → sections → tables (with their number of errors) → row groups. */
export function outline(report: ReportModel, diagnostics: Diagnostic[], lang: Lang): OutlineNode[] {
  const tableNode = (t: TableModel): OutlineNode => {
    const errors = diagnostics.filter((d) => d.severity === 'error' && d.range.start >= t.range.start && d.range.start <= t.range.end).length;
    const state = errors ? L(lang, ` · ${errors} 处错误`, ` · ${errors} error${errors > 1 ? 's' : ''}`) : L(lang, ' · 无错误', ' · no errors');
    return { name: `${tableName(lang, t.number)} ${t.title}${state}`, kind: 'table', range: t.range, selectionRange: t.anchor, children: rowGroups(t) };
  };
  const sections: OutlineNode[] = report.sections.map((s) => ({
    name: displayText(report.text.slice(s.headingRange.start, s.headingRange.end)).replace(/^#+\s*/, ''),
    detail: s.canonical === undefined ? L(lang, '模板外的部分', 'not a template section') : undefined,
    kind: 'section',
    range: s.range,
    selectionRange: s.headingRange,
    children: report.tables.filter((t) => t.range.start >= s.range.start && t.range.start <= s.range.end).map(tableNode),
  }));
  // Tables outside every section still show, at the top level.
  const loose = report.tables.filter((t) => !report.sections.some((s) => t.range.start >= s.range.start && t.range.start <= s.range.end)).map(tableNode);
  const top = [...sections, ...loose].sort((a, b) => a.range.start - b.range.start);
  if (!report.title) return top;
  const end = Math.max(report.title.range.end, maxOf(top, (n) => n.range.end));
  return [{ name: report.title.text, detail: report.reportYear ? `${report.reportYear}` : undefined, kind: 'report', range: { start: report.title.range.start, end }, selectionRange: report.title.range, children: top }];
}

function rowNode(r: RowModel): OutlineNode {
  return { name: shortLabel(r.label), kind: 'row', range: r.range, selectionRange: r.labelRange, children: [] };
}

function rowGroups(t: TableModel): OutlineNode[] {
  if (t.number === 2) {
    return (t.subTables ?? []).filter((s) => s.rows.length).map((s) => ({
      name: displayText(s.caption), kind: 'group' as const, range: { start: s.captionRange.start, end: span(s.rows).end }, selectionRange: s.captionRange, children: s.rows.map(rowNode),
    }));
  }
  if (t.number === 4) return t.rows.filter((r) => r.cells.size).map((r) => ({ ...rowNode(r), name: r.label }));
  // Table 3: 一, 二, 三 (results, with its groups), 四.
  const out: OutlineNode[] = [];
  const results = t.rows.filter((r) => r.key !== 'new' && r.key !== 'carried_in' && r.key !== 'carried_out');
  for (const r of t.rows) {
    if (r.key === 'new' || r.key === 'carried_in' || r.key === 'carried_out') out.push(rowNode(r));
    else if (r === results[0]) {
      const children: OutlineNode[] = [];
      for (const x of results) {
        const g = x.key.includes('.') ? x.key.split('.')[0] : undefined;
        const last = children[children.length - 1];
        if (g && last?.kind === 'group' && last.name === TABLE3_GROUPS[g].label) {
          last.children.push(rowNode(x));
          last.range = { start: last.range.start, end: x.range.end };
        } else if (g) {
          children.push({ name: TABLE3_GROUPS[g].label, kind: 'group', range: x.range, selectionRange: x.labelRange, children: [rowNode(x)] });
        } else children.push(rowNode(x));
      }
      out.push({ name: TABLE3_GROUPS.results.label, kind: 'group', range: span(results), selectionRange: results[0].labelRange, children });
    }
  }
  return out;
}

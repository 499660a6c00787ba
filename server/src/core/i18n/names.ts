import type { Cell, Lang, TableNumber, TemplateVersion } from '../types';
import { displayText } from '../text/normalize';
import { TABLE3_COLUMNS, TABLE3_ROW_BY_KEY } from '../template/table3';
import { TABLE4_COLUMNS, TABLE4_GROUPS } from '../template/table4';
import { TABLE2_SCHEMA } from '../template/table2';

export const L = (lang: Lang, zh: string, en: string) => (lang === 'en' ? en : zh);

const TABLE_NAMES: Record<TableNumber, [string, string]> = { 2: ['表二', 'Table 2'], 3: ['表三', 'Table 3'], 4: ['表四', 'Table 4'] };
export const tableName = (lang: Lang, n: TableNumber) => L(lang, ...TABLE_NAMES[n]);

/** A row label in short form: the template's counting note in parentheses is left out. */
export function shortLabel(label: string): string {
  const t = displayText(label);
  const m = /^(.{4,}?)[（(][^（()）]{6,}[）)]$/.exec(t);
  return m ? m[1].trim() : t;
}

/** The table-2 template versions to look a key up in: the table's own, else the current template before the old. */
function table2Versions(version: TemplateVersion | 'mixed' | undefined): TemplateVersion[] {
  return version === 'v2019' ? ['v2019'] : version === 'v2021' ? ['v2021'] : ['v2021', 'v2019'];
}

/** A row's name in the template of the table's version (table 2's rows and columns differ between the two). */
export function rowName(lang: Lang, table: TableNumber, rowKey: string, version?: TemplateVersion | 'mixed'): string {
  if (table === 3) {
    const r = TABLE3_ROW_BY_KEY.get(rowKey);
    if (!r) return rowKey;
    return L(lang, shortLabel(r.label), r.en);
  }
  if (table === 4) {
    const g = TABLE4_GROUPS.find((x) => x.key === rowKey);
    return g ? L(lang, g.path.join('·'), g.en) : rowKey;
  }
  for (const v of table2Versions(version)) for (const s of TABLE2_SCHEMA[v]) {
    const r = s.rows.find((x) => x.key === rowKey);
    if (r) return L(lang, r.label, r.en);
  }
  return rowKey;
}

export function columnName(lang: Lang, table: TableNumber, colKey: string, version?: TemplateVersion | 'mixed'): string {
  const cols = table === 3 ? TABLE3_COLUMNS : table === 4 ? TABLE4_COLUMNS : table2Versions(version).flatMap((v) => TABLE2_SCHEMA[v].flatMap((x) => x.columns));
  const c = cols.find((x) => x.key === colKey);
  return c ? L(lang, c.label, c.en) : colKey;
}

/** `（七）总计 × 自然人` */
export function cellName(lang: Lang, table: TableNumber, cell: Cell, version?: TemplateVersion | 'mixed'): string {
  return `${rowName(lang, table, cell.row, version)} × ${columnName(lang, table, cell.column, version)}`;
}

/** Numbers joined as a sum: `87 + 16 + 0`. */
export function sumText(cells: Cell[]): string {
  return cells.map((c) => String(c.value ?? '?')).join(' + ');
}

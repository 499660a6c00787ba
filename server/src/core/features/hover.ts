import type { Cell, Lang, OffsetRange, ReportModel, TableModel } from '../types';
import type { Equation } from '../model/equations';
import { cellName, columnName, L, rowName, tableName } from '../i18n/names';
import { displayText } from '../text/normalize';
import { markdownText } from '../text/markdown';
import { SECTIONS } from '../template/sections';
import { TABLE3_GROUPS, TABLE3_ROW_BY_KEY } from '../template/table3';
import { TABLE4_GROUPS } from '../template/table4';
import { contains, locate } from './locate';

export interface HoverInfo {
  /** Markdown. */
  contents: string;
  range: OffsetRange;
}

/** Where a cell is, in the template's words: `三、本年度办理结果 › （三）不予公开 › 2.其他法律行政法规禁止公开 × 自然人`. */
export function cellPath(lang: Lang, table: TableModel, cell: Cell): string {
  const col = columnName(lang, table.number, cell.column, table.version);
  if (table.number === 4) {
    const g = TABLE4_GROUPS.find((x) => x.key === cell.row)!;
    return `${tableName(lang, 4)} › ${L(lang, g.path.join(' › '), g.en)} × ${col}`;
  }
  if (table.number === 2) {
    const row = table.rows.find((r) => r.key === cell.row);
    return `${tableName(lang, 2)} › ${row?.group ?? ''} › ${rowName(lang, 2, cell.row, table.version)} × ${col}`;
  }
  const tpl = TABLE3_ROW_BY_KEY.get(cell.row);
  const path: string[] = [];
  if (tpl?.group) path.push(L(lang, TABLE3_GROUPS.results.label, TABLE3_GROUPS.results.en));
  if (tpl?.group && tpl.group !== 'results') path.push(L(lang, TABLE3_GROUPS[tpl.group].label, TABLE3_GROUPS[tpl.group].en));
  path.push(rowName(lang, 3, cell.row));
  return `${path.join(' › ')} × ${col}`;
}

/** One line per equation, e.g. `列 自然人：（七）总计 = 87 + 16 + … + 9 = 171 ≠ 170 ✗`; the hovered cell in bold. */
export function equationLine(lang: Lang, e: Equation, focus?: Cell): string {
  const show = (cells: Cell[]) => cells.map((c) => (c === focus ? `**${c.value ?? '?'}**` : String(c.value ?? '?'))).join(' + ');
  const col = columnName(lang, e.table, e.column);
  if (e.holds === undefined) return `${cellName(lang, e.table, e.anchor)}: ${L(lang, '含无法读取的单元格，未校验', 'has an unreadable cell, not checked')}`;
  if (e.rule === 'balance') {
    return L(lang, `列 ${col}：一 + 二 = ${show(e.parts)} = ${e.expected}，（七）总计 + 四 = ${show(e.stated)} = ${e.actual}`, `Column ${col}: I + II = ${show(e.parts)} = ${e.expected}, (7) + IV = ${show(e.stated)} = ${e.actual}`)
      + (e.holds ? ' ✓' : ' ✗');
  }
  const head = e.rule === 'row-total'
    ? L(lang, `行 ${rowName(lang, e.table, e.row)}：总计`, `Row ${rowName(lang, e.table, e.row)}: total`)
    : e.rule === 'column-total'
      ? L(lang, `列 ${col}：（七）总计`, `Column ${col}: (7) total`)
      : L(lang, `${rowName(lang, e.table, e.row)}：总计`, `${rowName(lang, e.table, e.row)}: total`);
  return e.holds ? `${head} = ${show(e.parts)} = ${show(e.stated)} ✓` : `${head} = ${show(e.parts)} = ${e.expected} ≠ ${show(e.stated)} ✗`;
}

/** Hover text for a number cell, a row label or a section heading. */
export function hover(report: ReportModel, equations: Map<TableModel, Equation[]>, offset: number, lang: Lang): HoverInfo | undefined {
  const at = locate(report, offset);
  if (at.table && at.cell) {
    const eqs = (equations.get(at.table) ?? []).filter((e) => e.parts.includes(at.cell!) || e.stated.includes(at.cell!));
    const lines = [`**${cellPath(lang, at.table, at.cell)}**`, ''];
    const v = at.cell.state === 'missing' ? L(lang, '空白（按 0 计）', 'blank (counted as 0)') : at.cell.state === 'invalid' ? L(lang, '无法读取', 'unreadable') : String(at.cell.value);
    lines.push(`${L(lang, '数值：', 'Value: ')}${v}`);
    if (eqs.length) lines.push('', ...eqs.map((e) => `- ${equationLine(lang, e, at.cell)}`));
    return { contents: lines.join('\n'), range: at.cell.valueRange.end > at.cell.valueRange.start ? at.cell.valueRange : at.cell.range };
  }
  if (at.table && at.row && contains(at.row.labelRange, offset) && at.table.number !== 4) {
    const tpl = at.table.number === 3 ? TABLE3_ROW_BY_KEY.get(at.row.key) : undefined;
    const lines = [`**${at.row.officialLabel}**`, '', `${tableName(lang, at.table.number)} · ${L(lang, '模板行', 'template row')} \`${at.row.key}\``];
    if (displayText(at.row.label) !== at.row.officialLabel) lines.push(L(lang, `本报告写作：${markdownText(displayText(at.row.label))}`, `Written here as: ${markdownText(displayText(at.row.label))}`));
    if (tpl?.note) lines.push('', L(lang, `计数说明：${tpl.note}`, `Counting note: ${tpl.noteEn}`));
    if (tpl && !tpl.group && at.row.key !== 'total') lines.push('', L(lang, '本列数据的勾稽关系：第一项加第二项之和，等于第三项加第四项之和。', 'In every column: item I + item II = item III + item IV.'));
    return { contents: lines.join('\n'), range: at.row.labelRange };
  }
  const section = report.sections.find((s) => contains(s.headingRange, offset));
  if (section) {
    if (section.canonical === undefined) {
      return { contents: L(lang, `**${markdownText(section.title)}**\n\n不是模板规定的六个部分之一。`, `**${markdownText(section.title)}**\n\nNot one of the template's six sections.`), range: section.headingRange };
    }
    const s = SECTIONS[section.canonical - 1];
    const lines = [`**${L(lang, `第${'一二三四五六'[s.canonical - 1]}部分`, `Section ${s.canonical}`)}：${s.title}**`, '', L(lang, s.expects, s.expectsEn)];
    if (section.titleMatch !== 'official') lines.push('', L(lang, `模板标题：${s.title}（本报告写作“${markdownText(section.title)}”）`, `Template title: ${s.title} (written here as "${markdownText(section.title)}")`));
    return { contents: lines.join('\n'), range: section.headingRange };
  }
  return undefined;
}


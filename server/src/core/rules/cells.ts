import type { Cell, Diagnostic, RelatedLocation, RowModel, TableModel } from '../types';
import type { Rule, RuleContext } from './rule';
import { visible } from './rule';
import { cellName, L, tableName } from '../i18n/names';
import { displayText } from '../text/normalize';

/** The cells in a given state, with their tables. */
function cellsIn(ctx: RuleContext, state: Cell['state']): { table: TableModel; cell: Cell }[] {
  return ctx.nonNumbers.filter((c) => c.cell.state === state);
}

export const cellMissing: Rule = {
  id: 'cell-missing',
  severity: 'warning',
  description: { zh: '应填数字的单元格为空或为“/”“—”“无”', en: 'A blank, "/", "—" or "无" where a number belongs' },
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const { table, cell } of cellsIn(ctx, 'missing')) {
      const shown = displayText(cell.text);
      out.push({
        rule: 'cell-missing', severity: 'warning', range: visible(ctx.report.text, cell.valueRange),
        table: table.number, row: cell.row, column: cell.column,
        message: L(
          ctx.lang,
          `${tableName(ctx.lang, table.number)}“${cellName(ctx.lang, table.number, cell)}”${shown ? `填的是“${shown}”` : '为空'}，应填数字；合计校验按 0 计算`,
          `${tableName(ctx.lang, table.number)} "${cellName(ctx.lang, table.number, cell)}" is ${shown ? `"${shown}"` : 'blank'} where a number belongs; sums count it as 0`,
        ),
      });
    }
    return out;
  },
};

export const cellInvalid: Rule = {
  id: 'cell-invalid',
  severity: 'error',
  description: { zh: '单元格不是合法数字（非负整数；本年增/减可带符号；金额可有小数）', en: 'A cell that is not a valid number (non-negative integer; signed for changes; decimals for amounts)' },
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const { table, cell } of cellsIn(ctx, 'invalid')) {
      const col = table.columns.find((c) => c.key === cell.column);
      const want = col?.kind === 'amount' ? L(ctx.lang, '非负数', 'a non-negative number') : col?.kind === 'signed' ? L(ctx.lang, '整数', 'an integer') : L(ctx.lang, '非负整数', 'a non-negative integer');
      out.push({
        rule: 'cell-invalid', severity: 'error', range: visible(ctx.report.text, cell.valueRange),
        table: table.number, row: cell.row, column: cell.column,
        message: L(
          ctx.lang,
          `${tableName(ctx.lang, table.number)}“${cellName(ctx.lang, table.number, cell)}”的“${displayText(cell.text)}”不是${want}；涉及它的合计无法校验`,
          `${tableName(ctx.lang, table.number)} "${cellName(ctx.lang, table.number, cell)}": "${displayText(cell.text)}" is not ${want}; sums involving it are not checked`,
        ),
      });
    }
    return out;
  },
};

export const cellCount: Rule = {
  id: 'cell-count',
  severity: 'error',
  description: { zh: '一行的数字个数多于或少于列数', en: 'A row with more or fewer numbers than its columns' },
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const table of ctx.report.tables) {
      const rows = table.rows;
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i];
        const p = row.problem;
        if (!p) continue;
        const range = row.labelRange.end > row.labelRange.start ? row.labelRange : row.range;
        const base = { rule: 'cell-count' as const, range, table: table.number, row: row.key };
        if (p.kind === 'surplus-resolved') {
          // Consecutive rows with a surplus (a column added after a page break) make one finding, on the first row.
          const run = surplusRun(ctx, rows, i);
          out.push({ ...base, severity: 'warning', message: surplusMessage(ctx, run.names, run.found, run.expected), related: run.related });
          i = run.end - 1;
        } else if (p.kind === 'split') {
          const name = displayText(row.label);
          const shown = displayText(p.text);
          out.push({
            ...base, severity: 'error',
            message: L(
              ctx.lang,
              `${tableName(ctx.lang, table.number)}“${name}”行的“${shown}”中数字之间有空格，可能是一个数也可能是两个；无法确定各数字所在的列，该行不参与合计校验`,
              `${tableName(ctx.lang, table.number)} row "${name}": "${shown}" has space between its digits and may be one number or two; the row's numbers cannot be placed in columns, so it is left out of the sums`,
            ),
            related: [{ range: p.cell, message: L(ctx.lang, '数字之间有空格的单元格', 'the cell with space between its digits') }],
          });
        } else {
          const more = p.kind === 'too-many';
          const name = displayText(row.label);
          out.push({
            ...base, severity: 'error',
            message: L(
              ctx.lang,
              `${tableName(ctx.lang, table.number)}“${name}”行有 ${p.found} 个单元格，应为 ${p.expected} 个；无法判断${more ? '哪个是多余的' : '缺少的是哪一个'}，该行不参与合计校验`,
              `${tableName(ctx.lang, table.number)} row "${name}" has ${p.found} cells for ${p.expected} columns; which one is ${more ? 'extra' : 'missing'} cannot be told, so the row is left out of the sums`,
            ),
          });
        }
      }
    }
    return out;
  },
};

/**
 * The run of surplus rows starting at `rows[start]`: the rows' names, their set-aside cells, the counts of the
 * run's last row (the message gives those), and the index just past the run.
 */
function surplusRun(ctx: RuleContext, rows: RowModel[], start: number) {
  const names: string[] = [];
  const related: RelatedLocation[] = [];
  let found = 0;
  let expected = 0;
  let end = start;
  for (; end < rows.length; end++) {
    const p = rows[end].problem;
    if (p?.kind !== 'surplus-resolved') break;
    const name = displayText(rows[end].label);
    names.push(name);
    const message = L(ctx.lang, `“${name}”行未计入的多余单元格`, `surplus cell of row "${name}" set aside`);
    for (const r of p.ignored) related.push({ range: r, message });
    found = p.found;
    expected = p.expected;
  }
  return { names, related, found, expected, end };
}

function surplusMessage(ctx: RuleContext, rows: string[], found: number, expected: number): string {
  const which = rows.length === 1 ? L(ctx.lang, `“${rows[0]}”行`, `Row "${rows[0]}"`) : L(ctx.lang, `从“${rows[0]}”到“${rows[rows.length - 1]}”的 ${rows.length} 行`, `${rows.length} rows from "${rows[0]}" to "${rows[rows.length - 1]}"`);
  return L(
    ctx.lang,
    `${which}各有 ${found} 个数字，多于 ${expected} 列（多出一列 0，常见于分页后的表格）；只有一种读法能使每行相加成立，已按此读取。请删除多余的单元格`,
    `${which} ${rows.length === 1 ? 'has' : 'each have'} ${found} numbers for ${expected} columns (an extra column of zeros, common after a page break); only one reading adds up, and it was used. Remove the extra cells`,
  );
}

export const rowLabel: Rule = {
  id: 'row-label',
  severity: 'warning',
  description: { zh: '行标签与模板不一致', en: 'A row label that differs from the template' },
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const table of ctx.report.tables) {
      for (const row of table.rows) {
        if (row.labelMatch === 'official') continue;
        const shown = displayText(row.label);
        const at = labelTextRange(ctx.report.text, row.labelRange);
        out.push({
          rule: 'row-label', severity: 'warning', range: row.labelRange, table: table.number, row: row.key,
          message: L(ctx.lang, `行标签“${shown}”与模板不一致，应为“${row.officialLabel}”`, `Row label "${shown}" differs from the template's "${row.officialLabel}"`),
          // A label wrapped over several lines (or read from columns of a PDF's text) is not replaced: the edit would
          // take its line breaks, and whatever stands between its pieces, with it.
          ...(spansLines(ctx.report.text, at) ? {} : { fix: { title: L(ctx.lang, `将行标签“${shown}”改为“${row.officialLabel}”`, `Change row label "${shown}" to "${row.officialLabel}"`), edits: [{ ...at, text: row.officialLabel }] } }),
        });
      }
      for (const u of table.unknownRows) {
        out.push({
          rule: 'row-label', severity: 'warning', range: u.range, table: table.number,
          message: L(ctx.lang, `${tableName(ctx.lang, table.number)}中无法识别的行“${displayText(u.label)}”，其数字未参与校验`, `Unrecognised row "${displayText(u.label)}" in ${tableName(ctx.lang, table.number)}; its numbers are not checked`),
        });
      }
    }
    return out;
  },
};

/** Whether a range of the text holds a line break. */
function spansLines(text: string, r: { start: number; end: number }): boolean {
  for (let i = r.start; i < r.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** The label's own characters, without padding or a bookmark marker in front. */
function labelTextRange(text: string, r: { start: number; end: number }) {
  let s = r.start;
  let e = r.end;
  const m = /^\[bookmark:[^\]]*\]/.exec(text.slice(s, e));
  if (m) s += m[0].length;
  while (s < e && /[\s\u00a0\u3000]/.test(text[s])) s++;
  while (e > s && /[\s\u00a0\u3000]/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

import type { Layout } from '../types';
import { inEachLayout, type InvalidCase, type RuleCases } from '../../../../test/support/ruleCases';
import { buildReportText } from '../../../../test/support/reportBuilder';

// A table-3 row has 7 numbers; one that has more or fewer is not read (its sums are not checked), except where a
// surplus 0 can be set aside in exactly one way that makes the row add up: then it is read, with a warning.
// The builder's rows: （一）予以公开 10 2 0 0 0 0 12; 4.保护第三方合法权益 15 0 0 0 0 1 16; 5.… all 0.

/** What stands between two cells of a row in a layout: `12${sep(layout)}3` written as one cell's text is two cells. */
const sep = (layout: Layout) => (layout === 'word' ? '\n\t' : layout === 'markdown' ? ' | ' : '\t');

/**
 * The consistent report with one cell taken out, its separator with it, as an export that lost a cell leaves it.
 * The builder can only write a cell, not leave one out, so the text is cut here.
 */
function withoutCell(layout: Layout, key: string): string {
  const { text, cells } = buildReportText({ layout });
  const c = cells.get(key)!;
  // Word: the cell's own line (tab, text, line break); TSV: the tab before it; Markdown: the pipe and space before it.
  const [from, to] = layout === 'word' ? [c.start - 1, c.end + 1] : layout === 'tsv' ? [c.start - 1, c.end] : [c.start - 2, c.end];
  return text.slice(0, from) + text.slice(to);
}

export const cases: RuleCases = {
  rule: 'cell-count',
  valid: [
    { name: 'a consistent v2021 report', spec: { version: 'v2021' } },
    { name: 'a consistent v2019 report', spec: { version: 'v2019' } },
    // Space around a number, or before its unit, is not space between digits.
    { name: 'numbers padded with spaces, NBSP or an ideographic space, and a unit after a space', spec: { override: { '3:granted|natural': ' 10 ', '3:partial|natural': '\u00a01', '3:refused.1|natural': '2 件', '3:refused.4|natural': '１５\u3000' } } },
    // A blank cell beyond the seven columns is an export's extra empty column, dropped.
    ...inEachLayout((layout) => ({ name: 'an empty cell after the last column', spec: { override: { '3:refused.4|total': `16${sep(layout)}` } } })),
  ],
  invalid: [
    // 10 2 0 0 0 0 12 3: leaving out the 3 adds up, but it is not a 0, so which cell is extra is not guessed.
    ...inEachLayout((layout): InvalidCase => ({
      name: 'a row with one number too many',
      spec: { override: { '3:granted|total': `12${sep(layout)}3` } },
      findings: [{ at: 'label:3:granted', table: 3, row: 'granted', message: /^表三“（一）予以公开”行有 8 个单元格，应为 7 个；无法判断哪个是多余的，该行不参与合计校验$/ }],
    })),
    // 6.属于四类过程性信息 without its 法律服务机构 cell: 1 0 0 0 0 1, six numbers for seven columns.
    ...inEachLayout((layout): InvalidCase => ({
      name: 'a row with one number too few',
      text: withoutCell(layout, '3:refused.6|legal'),
      findings: [{ at: { find: '6.属于四类过程性信息' }, table: 3, row: 'refused.6', message: /^表三“6\.属于四类过程性信息”行有 6 个单元格，应为 7 个；无法判断缺少的是哪一个，该行不参与合计校验$/ }],
    })),
    {
      // `10 1` may be 101 or 10 and 1: the row's numbers cannot be placed, so none of its sums is checked.
      name: 'digits with a space between them',
      spec: { override: { '3:granted|natural': '10 1' } },
      findings: [{ at: 'label:3:granted', table: 3, row: 'granted', message: /^表三“（一）予以公开”行的“10 1”中数字之间有空格，可能是一个数也可能是两个；无法确定各数字所在的列，该行不参与合计校验$/ }],
    },
    {
      // Table 4's row has no label: the finding stands on the row.
      name: 'digits with a space between them in table 4',
      layouts: ['tsv'],
      spec: { override: { '4:review|upheld': '2 1' } },
      findings: [{ at: { find: '2 1\t1\t0\t1\t4\t1\t0\t0\t1\t2\t0\t0\t0\t0\t0' }, table: 4, row: 'review', message: /^表四“行政复议”行的“2 1”中数字之间有空格/ }],
    },
    // 15 0 0 0 0 1 16 0: only leaving out the last 0 adds up (15 + 1 = 16); the row is read so, and a warning says so.
    ...inEachLayout((layout): InvalidCase => ({
      name: 'a surplus 0 set aside in the one reading that adds up: a warning',
      spec: { override: { '3:refused.4|total': `16${sep(layout)}0` } },
      findings: [{ at: 'label:3:refused.4', severity: 'warning', table: 3, row: 'refused.4', message: /^“4\.保护第三方合法权益”行各有 8 个数字，多于 7 列（多出一列 0，常见于分页后的表格）；只有一种读法能使每行相加成立，已按此读取。请删除多余的单元格$/ }],
    })),
    {
      // 4.… as above, 5.… 0 0 0 0 0 0 0 0 (every reading gives the same zeros): one warning for the run, on its first row.
      name: 'consecutive rows with a surplus 0: one warning for the run',
      layouts: ['tsv'],
      spec: { override: { '3:refused.4|total': '16\t0', '3:refused.5|total': '0\t0' } },
      findings: [{ at: 'label:3:refused.4', severity: 'warning', table: 3, row: 'refused.4', message: /^从“4\.保护第三方合法权益”到“5\.属于三类内部事务信息”的 2 行各有 8 个数字，多于 7 列/ }],
    },
    {
      // 14 0 0 0 0 1 15 0 is read as 14 0 0 0 0 1 15 (14 + 1 = 15): the columns then add up to 115 in 自然人 and 123
      // in 总计, against （七） 116 and 124. The row read is summed like any other.
      name: 'a row read after its surplus 0 is set aside counts in the column totals',
      layouts: ['tsv'],
      spec: { override: { '3:refused.4|natural': '14', '3:refused.4|total': '15\t0' } },
      alsoFires: ['column-total'],
      findings: [{ at: 'label:3:refused.4', severity: 'warning', table: 3, row: 'refused.4' }],
    },
  ],
};

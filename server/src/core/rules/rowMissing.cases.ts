import { FIRST_ROW, inEachLayout, type BuiltLayout, type InvalidCase, type RuleCases } from '../../../../test/support/ruleCases';
import { buildReportText, type BuiltReport, type ReportSpec } from '../../../../test/support/reportBuilder';
import { table3RowsFor } from '../template/table3';

// A row of the template absent from table 3 or 4 is flagged at the table (its first row); the sums that involve
// it are then not checked, so nothing else fires. Its errors are warnings in reports for 2019 and earlier.

/**
 * The whole row that holds a builder key (a row label `label:3:…` or a cell), with its line ends: in Word its cell
 * lines and the blank line after them, in tsv and Markdown its line.
 */
function rowRange(b: BuiltReport, layout: BuiltLayout, key: string): { start: number; end: number } {
  const at = key.startsWith('label:') ? b.labels.get(key.slice(6)) : b.cells.get(key);
  if (!at) throw new Error(`no ${key} in the built report`);
  const end = layout === 'word' ? '\n\n' : '\n';
  return { start: b.text.lastIndexOf(end, at.start) + end.length, end: b.text.indexOf(end, at.end) + end.length };
}

/** The report without the rows that hold `keys`: the builder writes every row, so they are cut out here. */
function without(layout: BuiltLayout, keys: string[], spec: Omit<ReportSpec, 'layout'> = {}): string {
  const b = buildReportText({ ...spec, layout });
  const cuts = keys.map((k) => rowRange(b, layout, k)).sort((x, y) => y.start - x.start);
  return cuts.reduce((text, r) => text.slice(0, r.start) + text.slice(r.end), b.text);
}

/** Table 3's first nine data rows of 25: a third of its rows with a cell that is not a number make it unreadable. */
const NINE_ROWS = table3RowsFor('v2021').slice(0, 9).map((r) => r.key);

export const cases: RuleCases = {
  rule: 'row-missing',
  valid: [
    { name: 'every row of a v2021 report', spec: {}, docx: true },
    // v2019's （六）其他处理 is one row: v2021's three rows under it are not missing.
    { name: 'every row of a v2019 report', spec: { version: 'v2019', year: 2020 } },
    { name: 'a reworded label: the row is there, its label differs', spec: { label: { '3:carried_in': '二、上年转结政府信息公开申请数量' } }, alsoFires: ['row-label'] },
    { name: 'a label wrapped over two lines of a Word cell', layouts: ['word'], spec: { label: { '3:carried_in': '二、上年结转政府信息\n公开申请数量' } } },
    {
      name: 'an unreadable table claims no row missing',
      spec: { override: Object.fromEntries(NINE_ROWS.map((k) => [`3:${k}|research`, 'O'])) },
      alsoFires: ['table-unreadable'],
    },
  ],
  invalid: [
    ...inEachLayout((layout): InvalidCase => ({
      name: '3.补正后申请内容仍不明确 left out, 2022: an error at the table',
      text: without(layout, ['label:3:unable.3']),
      findings: [{ at: { find: FIRST_ROW[3][layout] }, table: 3, row: 'unable.3', message: /^表三缺少“3\.补正后申请内容仍不明确”行，涉及该行的合计无法校验$/ }],
    })),
    {
      name: 'a row left out, 2019 (v2019 tables): a warning',
      text: without('word', ['label:3:unable.3'], { version: 'v2019', year: 2019 }),
      findings: [{ at: { find: FIRST_ROW[3].word }, table: 3, row: 'unable.3', severity: 'warning' }],
    },
    {
      name: 'a row left out, 2020 (v2019 tables): an error, the first year the template binds',
      text: without('markdown', ['label:3:unable.3'], { version: 'v2019', year: 2020 }),
      findings: [{ at: { find: FIRST_ROW[3].markdown }, table: 3, row: 'unable.3' }],
    },
    {
      // Without 一 and （七）, neither the balance nor the column totals are checked; in the template's row order.
      name: 'two rows left out: one finding each, in the template\'s order',
      text: without('tsv', ['label:3:total', 'label:3:new']),
      findings: [
        { at: { find: FIRST_ROW[3].tsv }, table: 3, row: 'new', message: /^表三缺少“一、本年新收政府信息公开申请数量”行/ },
        { at: { find: FIRST_ROW[3].tsv }, table: 3, row: 'total', message: /^表三缺少“（七）总计”行/ },
      ],
    },
    // Table 4's one row of numbers holds its three groups: each is missing.
    ...inEachLayout((layout): InvalidCase => ({
      name: 'table 4 without its row of numbers',
      text: without(layout, ['4:review|upheld']),
      findings: [
        { at: { find: FIRST_ROW[4][layout] }, table: 4, row: 'review', message: /^表四缺少“行政复议”行/ },
        { at: { find: FIRST_ROW[4][layout] }, table: 4, row: 'suit_direct', message: /^表四缺少“行政诉讼·未经复议直接起诉”行/ },
        { at: { find: FIRST_ROW[4][layout] }, table: 4, row: 'suit_after_review', message: /^表四缺少“行政诉讼·复议后起诉”行/ },
      ],
    })),
  ],
};

import * as assert from 'assert';
import { check } from '../../server/src/core';
import { buildReportText } from '../support/reportBuilder';

const rules = (text: string) => check(text, { lang: 'en' }).diagnostics.map((d) => `${d.rule}${d.table ? ` ${d.table}` : ''}`);

describe('tables that cannot be read with certainty', () => {
  it('a cell with space between its digits is one cell-count error for its row, and the row stays out of the sums', () => {
    const { text } = buildReportText({ layout: 'word', override: { '3:granted|natural': '1 0' } });
    const d = check(text, { lang: 'en' }).diagnostics;
    assert.deepStrictEqual(d.map((x) => [x.rule, x.row]), [['cell-count', 'granted']]);
    assert.match(d[0].message, /"1 0" has space between its digits and may be one number or two/);
    assert.deepStrictEqual(d[0].related?.map((r) => text.slice(r.range.start, r.range.end)), ['1 0']);
    // Padding around a number, or before its unit, is not such a space.
    for (const padded of [' 10 ', '\u00a010', '10 件', '１０\u3000']) {
      const t = buildReportText({ layout: 'word', override: { '3:granted|natural': padded } }).text;
      assert.deepStrictEqual(check(t).diagnostics.map((x) => x.rule), [], padded);
    }
  });

  it('a single misread digit is a cell-invalid error and the sums it breaks are not claimed', () => {
    const lines = buildReportText({ layout: 'word' }).text;
    const broken = lines.replace('\t二、上年结转政府信息公开申请数量\n\t\n\t\n\t2\n', '\t二、上年结转政府信息公开申请数量\n\t\n\t\n\tZ\n');
    assert.notStrictEqual(broken, lines);
    assert.deepStrictEqual(rules(broken), ['cell-invalid 3']);
  });
});

import * as assert from 'assert';
import { check, LineIndex, ReportDocument } from '../../server/src/core';
import { buildReportText } from '../support/reportBuilder';
import { readReport } from '../support/reports';

/** 001's findings as `line:column rule`, 1-based. */
function findings(text: string, options = {}): string[] {
  const lines = new LineIndex(text);
  return check(text, options).diagnostics.map((d) => {
    const p = lines.positionAt(d.range.start);
    return `${p.line + 1}:${p.character + 1} ${d.rule}`;
  });
}

/** 001 with a line put in before its line `n` (1-based). */
function withLine(text: string, n: number, line: string): string {
  const lines = text.split('\n');
  lines.splice(n - 1, 0, line);
  return lines.join('\n');
}

const R001 = readReport('001_5f52f77d1e58bc3f.txt');
// 001's findings in its text: copied-text at 10:21 and 13:130, parts-exceed-whole 11:27, text-typo 12:20.
const BEFORE = findings(R001);

describe('inline control: <!-- govreport-disable … --> in a draft', () => {
  it('disable-next-line silences the rule on the next line only; the comment line is no text of the report', () => {
    const text = withLine(R001, 10, '<!-- govreport-disable-next-line copied-text -->');
    // Every finding one line down, but copied-text on (old) line 10.
    const expected = BEFORE.filter((f) => f !== '10:21 copied-text').map((f) => f.replace(/^(\d+)/, (n) => String(Number(n) + 1)));
    assert.deepStrictEqual(findings(text), expected);
  });

  it('disable … enable silences a rule between them; without an id, every rule; several ids, each', () => {
    const block = withLine(withLine(R001, 14, '<!-- govreport-enable copied-text -->'), 10, '<!-- govreport-disable copied-text -->');
    assert.deepStrictEqual(findings(block).filter((f) => /copied-text/.test(f)), ['408:38 copied-text', '409:51 copied-text']);
    const all = withLine(R001, 10, '<!-- govreport-disable -->');
    assert.deepStrictEqual(findings(all), BEFORE.filter((f) => Number(f.split(':')[0]) < 10));
    const two = withLine(R001, 10, '<!-- govreport-disable text-typo, parts-exceed-whole -->');
    assert.deepStrictEqual(findings(two).filter((f) => /text-typo|parts-exceed/.test(f)), []);
  });

  it('a comment does not set on a rule the settings set off', () => {
    const text = withLine(R001, 9, '<!-- govreport-enable copied-text -->');
    assert.deepStrictEqual(findings(text, { rules: { 'copied-text': 'off' } }).filter((f) => /copied-text/.test(f)), []);
  });

  it('in a file of reports, a report\'s comments hold in that report; findings against last year\'s report are silenced too', () => {
    const now = buildReportText({ layout: 'word', year: 2022 }).text;
    const before = buildReportText({ layout: 'word', year: 2021 }).text;
    const doc = new ReportDocument(now.replace('一、总体情况', '<!-- govreport-disable carried-over in-force-carried -->\n一、总体情况') + before);
    assert.deepStrictEqual(doc.diagnostics().map((d) => d.rule), []);
    const other = new ReportDocument(before.replace('一、总体情况', '<!-- govreport-disable carried-over -->\n一、总体情况') + now);
    assert.deepStrictEqual(other.diagnostics().map((d) => d.rule).sort(), ['carried-over', 'carried-over', 'carried-over', 'in-force-carried']);
  });
});

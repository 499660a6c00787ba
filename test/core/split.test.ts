import * as assert from 'assert';
import { splitReports } from '../../server/src/core';
import { countBreaks } from '../../server/src/core/text/lines';

const TITLE_A = '甲县人民政府办公室2022年政府信息公开工作年度报告';
const TITLE_B = '乙县人民政府办公室2022年政府信息公开工作年度报告';
const BODY = '一、总体情况\n2022年，本县坚持以公开为常态。\n';
const DATE = '2023年1月20日\n';

/** Where reports start, with the text cut at those offsets (easier to read in a failure than offsets alone). */
function cuts(text: string): string[] {
  const starts = splitReports(text);
  return starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length));
}

describe('splitReports: where one report ends and the next begins', () => {
  it('a single report is one part, whatever its title is followed by', () => {
    assert.deepStrictEqual(splitReports(`${TITLE_A}\n${BODY}${DATE}`), [0]);
    assert.deepStrictEqual(splitReports(''), [0]);
    assert.deepStrictEqual(splitReports('\n\n'), [0]);
  });

  it('a title after a line of substance starts a report, at the title line', () => {
    const first = `${TITLE_A}\n${BODY}${DATE}`;
    const text = `${first}\n${TITLE_B}\n${BODY}`;
    assert.deepStrictEqual(splitReports(text), [0, first.length + 1]);
  });

  it('the issuing body over a title belongs to it, with a blank line between or not; at most two such lines', () => {
    const first = `${TITLE_A}\n${BODY}${DATE}`;
    assert.deepStrictEqual(cuts(`${first}乙县人民政府办公室\n\n${TITLE_B}\n${BODY}`), [first, `乙县人民政府办公室\n\n${TITLE_B}\n${BODY}`]);
    assert.deepStrictEqual(cuts(`${first}乙县\n人民政府办公室\n${TITLE_B}\n${BODY}`), [first, `乙县\n人民政府办公室\n${TITLE_B}\n${BODY}`]);
    // A third short line above stays with the report before: only two lines are taken as leaders.
    assert.deepStrictEqual(cuts(`${first}附件\n乙县\n人民政府办公室\n${TITLE_B}\n${BODY}`), [`${first}附件\n`, `乙县\n人民政府办公室\n${TITLE_B}\n${BODY}`]);
  });

  it('a title repeated at the top, or broken over two lines, does not split: nothing of substance came before it', () => {
    assert.deepStrictEqual(splitReports(`${TITLE_A}\n${TITLE_A}\n${BODY}`), [0]);
    assert.deepStrictEqual(splitReports(`2022年度甲县人民政府办公室\n信息公开工作年度报告\n${BODY}`), [0]);
    // Short lines only between two titles: the second continues the first.
    assert.deepStrictEqual(splitReports(`${TITLE_A}\n甲县\n\n${TITLE_B}\n${BODY}`), [0]);
  });

  it('a sentence that mentions the report, or a numbered heading, is not a title', () => {
    const text = `${TITLE_A}\n${BODY}${DATE}本县已发布政府信息公开工作年度报告。\n六、其他需要报告的事项\n`;
    assert.deepStrictEqual(splitReports(text), [0]);
  });

  it('CRLF and lone CR line ends split where LF does', () => {
    const lf = `${TITLE_A}\n${BODY}${DATE}乙县人民政府办公室\n\n${TITLE_B}\n${BODY}`;
    const expected = cuts(lf);
    assert.strictEqual(expected.length, 2);
    for (const eol of ['\r\n', '\r']) {
      assert.deepStrictEqual(cuts(lf.replace(/\n/g, eol)), expected.map((part) => part.replace(/\n/g, eol)), JSON.stringify(eol));
    }
  });

  it('the last title may end the text without a line break; a text may start with blank lines', () => {
    const first = `\n\n${TITLE_A}\n${BODY}${DATE}`;
    assert.deepStrictEqual(splitReports(`${first}${TITLE_B}`), [0, first.length]);
  });
});

describe('countBreaks', () => {
  it('counts LF, CRLF and lone CR line breaks once each', () => {
    assert.strictEqual(countBreaks(''), 0);
    assert.strictEqual(countBreaks('a'), 0);
    assert.strictEqual(countBreaks('a\nb\n'), 2);
    assert.strictEqual(countBreaks('a\r\nb\r\n\r\n'), 3);
    assert.strictEqual(countBreaks('a\rb\r\nc\n'), 3);
    assert.strictEqual(countBreaks('\r'), 1);
  });
});

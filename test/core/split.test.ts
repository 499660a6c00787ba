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
    const glued = `${TITLE_A}\n${BODY}特此说明。${TITLE_B}\n${BODY}特此说明。丙县人民政府办公室\n${TITLE_A}\n${BODY}`;
    assert.strictEqual(cuts(glued).length, 3);
    for (const eol of ['\r\n', '\r']) assert.deepStrictEqual(cuts(glued.replace(/\n/g, eol)), cuts(glued).map((part) => part.replace(/\n/g, eol)), JSON.stringify(eol));
    const expected = cuts(lf);
    assert.strictEqual(expected.length, 2);
    for (const eol of ['\r\n', '\r']) {
      assert.deepStrictEqual(cuts(lf.replace(/\n/g, eol)), expected.map((part) => part.replace(/\n/g, eol)), JSON.stringify(eol));
    }
  });

  it('a title glued to the last line of the report before (a file without a final line break, joined by cat) splits inside that line', () => {
    const first = `${TITLE_A}\n${BODY}本年度未收取信息处理费。`;
    assert.deepStrictEqual(cuts(`${first}${TITLE_B}\n${BODY}`), [first, `${TITLE_B}\n${BODY}`]);
    // Padding between the sentence and the title stays with the report before.
    assert.deepStrictEqual(cuts(`${first}\u3000 ${TITLE_B}\n${BODY}`), [`${first}\u3000 `, `${TITLE_B}\n${BODY}`]);
    // A title ending in a bracketed note, and the other sentence ends.
    for (const end of ['！', '？', '；', '!', '?', ';']) {
      const a = `${TITLE_A}\n${BODY}特此说明${end}`;
      assert.deepStrictEqual(cuts(`${a}${TITLE_B}（全文）\n${BODY}`), [a, `${TITLE_B}（全文）\n${BODY}`], end);
    }
  });

  it('the issuing body glued to the last line of the report before goes with the title below it', () => {
    const first = `${TITLE_A}\n${BODY}本年度未收取信息处理费。`;
    const second = `2022年度乙县人民政府办公室\n信息公开工作年度报告\n${BODY}`;
    assert.deepStrictEqual(cuts(`${first}${second}`), [first, second]);
    assert.deepStrictEqual(cuts(`${first}乙县人民政府办公室\n\n${TITLE_B}\n${BODY}`), [first, `乙县人民政府办公室\n\n${TITLE_B}\n${BODY}`]);
  });

  it('a sentence that ends by naming the report is not a glued title: no year, no title ending, or a title alone in a sentence', () => {
    for (const line of [
      '本县按时发布年度报告。现将政府信息公开工作年度报告公布如下',
      '本县按时发布年度报告。本机关政府信息公开工作年度报告',
      '详见附件。2022年政府信息公开工作年度报告已在网站发布',
      '本县按时发布。2022年政府信息公开工作年度报告，请查阅',
    ]) {
      assert.deepStrictEqual(splitReports(`${TITLE_A}\n${BODY}${line}\n${BODY}`), [0], line);
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

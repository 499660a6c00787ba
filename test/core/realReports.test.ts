import * as assert from 'assert';
import { check, fixAll, LineIndex } from '../../server/src/core';
import { readReport, REPORT_FILES } from '../support/reports';

/** Every finding of a report as `line:column rule severity [expected/actual]`, 1-based like an editor shows. */
function golden(name: string, lang: 'zh' | 'en' = 'zh'): string[] {
  const text = readReport(name);
  const li = new LineIndex(text);
  return check(text, { lang }).diagnostics.map((d) => {
    const p = li.positionAt(d.range.start);
    const nums = d.expected !== undefined ? ` ${d.expected}/${d.actual}` : '';
    return `${p.line + 1}:${p.character + 1} ${d.rule} ${d.severity}${nums}`;
  });
}

describe('the real reports in ../shared/reports', () => {
  it('each parses with its three tables, its sections and the right template version', () => {
    const expect: Record<string, [number | undefined, string | undefined, string, number]> = {
      '000_686a82e6f5c2a14f.txt': [2021, 'v2021', 'word', 6],
      '001_5f52f77d1e58bc3f.txt': [2020, 'v2019', 'word', 6],
      '002_0b0fce05247e3def.txt': [2021, 'v2021', 'word', 6],
      '003_1ad31af01008103e.txt': [2021, 'v2021', 'tsv', 6],
      '004_46deb1f51ba2e893.txt': [2020, 'v2019', 'word', 7],
    };
    for (const name of REPORT_FILES) {
      const { report } = check(readReport(name));
      const [year, version, layout, sections] = expect[name];
      assert.deepStrictEqual(
        [report.reportYear, report.version, report.layout, report.sections.length, report.tables.map((t) => `${t.number}@${t.sectionIndex}`)],
        [year, version, layout, sections, ['2@2', '3@3', '4@4']],
        name,
      );
      for (const t of report.tables) assert.deepStrictEqual([t.missingRows, t.unknownRows], [[], []], `${name} table ${t.number}`);
      assert.strictEqual(report.tables[1].rows.length, version === 'v2021' ? 25 : 23, name);
    }
  });

  it('titles, issuing bodies and years are read, also from a title split over two lines', () => {
    const titles = REPORT_FILES.map((n) => check(readReport(n)).report).map((r) => [r.title?.text, r.issuingBody]);
    assert.deepStrictEqual(titles, [
      ['2021年度宁海县政务服务办公室信息公开工作年度报告', '宁海县政务服务办公室'],
      ['宁波市象山县人民政府办公室2020年政府信息公开工作年度报告', '宁波市象山县人民政府办公室'],
      ['北仑区人民政府办公室2021年度政府信息公开工作年度报告', '北仑区人民政府办公室'],
      ['宁陵县人民政府办公室2021年政府信息公开工作年度报告', '宁陵县人民政府办公室'],
      ['宁海县桃源街道2020年政府信息公开年度报告', '宁海县桃源街道'],
    ]);
  });

  it('000: only the three non-standard section titles (all numbers are 0, one behind a bookmark marker)', () => {
    assert.deepStrictEqual(golden('000_686a82e6f5c2a14f.txt'), [
      '64:3 section-title warning', // 三、依申请公开政府信息情况 (pre-2019 wording)
      '349:3 section-title warning', // 四、被申请行政复议、提起行政诉讼情况
      '391:3 section-title warning', // 五、信息公开工作存在的主要问题及改进情况
    ]);
  });

  it('001: the broken totals of table 3, with the result rows named as the suspect side', () => {
    // 自然人 column, result rows: 87 + 16 + (0+1+0+1+2+2+3+4) + (37+1+1) + (0+7+0+0+0) + 9 = 171, stated （七） 170.
    // 总计 column: 88 + 17 + (0+1+0+1+3+2+3+4) + (39+1+1) + (0+7+0+0+0) + 9 = 176, stated 175.
    // Balance holds in both: 167 + 4 = 171 = 170 + 1 and 172 + 4 = 176 = 175 + 1, so （七） is not the suspect.
    assert.deepStrictEqual(golden('001_5f52f77d1e58bc3f.txt'), [
      '119:2 row-label warning', // 一、本年新收到… (variant of 本年新收)
      '128:2 row-label warning', // 二、上年转结… (variant of 上年结转)
      '345:2 column-total error 171/170',
      '351:2 column-total error 176/175',
      '353:2 row-label warning', // 四、转结下年度… (variant of 结转下年度)
      '404:3 section-title warning', // 存在的主要问题和改进情况
    ]);
    const d = check(readReport('001_5f52f77d1e58bc3f.txt')).diagnostics.filter((x) => x.rule === 'column-total');
    assert.deepStrictEqual(d.map((x) => [x.table, x.row, x.column, x.fix]), [[3, 'total', 'natural', undefined], [3, 'total', 'total', undefined]]);
    assert.match(d[0].message, /可疑的是办理结果各行/);
    // Related: the figures of the balance that clears （七） (一 167, 二 4, 四 1), not the 19 terms (the hover has those).
    assert.deepStrictEqual(d[0].related?.map((r) => r.message), [
      '一、本年新收政府信息公开申请数量 × 自然人 = 167',
      '二、上年结转政府信息公开申请数量 × 自然人 = 4',
      '四、结转下年度继续办理 × 自然人 = 1',
    ]);
  });

  it('002: nothing (NBSP-padded numbers, wrapped header cells)', () => {
    assert.deepStrictEqual(golden('002_0b0fce05247e3def.txt'), []);
  });

  it('003: the row with missing cells, the extra column after the page break, a label variant', () => {
    // Row （一）予以公开 (split from its group label 三、本年度办理 / 结果 by the page break) has 5 blanks and 14:
    // 6 cells for 7 columns. From （三）1 on, every row has 8 numbers; only a reading that drops one 0 adds up.
    assert.deepStrictEqual(golden('003_1ad31af01008103e.txt'), [
      '43:9 cell-count error',
      '46:10 cell-count warning',
      '47:2 row-label warning',
    ]);
    const { report, diagnostics } = check(readReport('003_1ad31af01008103e.txt'));
    const t3 = report.tables[1];
    assert.deepStrictEqual([...t3.rows.find((r) => r.key === 'total')!.cells.values()].map((c) => c.value), [14, 0, 0, 0, 0, 0, 14]);
    assert.match(diagnostics[1].message, /21 行/);
  });

  it('004: the pre-2019 extra section is extra, not a sign that 五 and 六 are missing', () => {
    assert.deepStrictEqual(golden('004_46deb1f51ba2e893.txt'), ['403:1 section-extra warning']);
  });

  it('messages come in English on request', () => {
    const d = check(readReport('001_5f52f77d1e58bc3f.txt'), { lang: 'en' }).diagnostics.find((x) => x.rule === 'column-total')!;
    assert.ok(d.message.startsWith('Column "natural persons": (7) total should be the sum of the results, 171, is 170. (7) Total agrees with I + II − IV'), d.message);
  });

  it('fix-all on each report only touches labels and titles it must, is idempotent and leaves nothing fixable', () => {
    for (const name of REPORT_FILES) {
      const text = readReport(name);
      const fixed = fixAll(text);
      assert.strictEqual(fixed.diagnostics.filter((d) => d.fix).length, 0, name);
      assert.deepStrictEqual(fixAll(fixed.text).edits, [], `${name} idempotent`);
      const before = check(text).diagnostics.filter((d) => d.fix);
      // Every edit lies inside the range of a fixable finding's own edit.
      for (const e of fixed.edits) assert.ok(before.some((d) => d.fix!.edits.some((x) => x.start <= e.start && e.end <= x.end)), `${name}: ${JSON.stringify(e)}`);
    }
    // 001's column totals have no fix: the numbers stay as they are.
    const f = fixAll(readReport('001_5f52f77d1e58bc3f.txt'));
    assert.deepStrictEqual(f.diagnostics.map((d) => `${d.rule} ${d.expected}/${d.actual}`), ['column-total 171/170', 'column-total 176/175']);
  });
});

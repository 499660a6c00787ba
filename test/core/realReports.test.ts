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
    // The body is 象山县's (宁波市象山县人民政府办公室), so 区 wording and another place's name are copied text.
    assert.deepStrictEqual(golden('001_5f52f77d1e58bc3f.txt'), [
      '10:21 copied-text warning', // 在省、市、区政府的精心指导下 (a 县 has a 县政府 above it, not a 区政府)
      '11:27 parts-exceed-whole warning', // 70385条，其中 57716 + 41751 = 99467
      '12:20 text-typo info', // 新收政府信息申请申请172件
      '13:130 copied-text warning', // 加大区政府法律顾问…
      '119:2 row-label warning', // 一、本年新收到… (variant of 本年新收)
      '128:2 row-label warning', // 二、上年转结… (variant of 上年结转)
      '345:2 column-total error 171/170',
      '351:2 column-total error 176/175',
      '353:2 row-label warning', // 四、转结下年度… (variant of 结转下年度)
      '404:3 section-title warning', // 存在的主要问题和改进情况
      '406:38 copied-text warning', // 在奉化文化广场新建查阅场所 (奉化 is another district of 宁波)
      '407:51 copied-text warning', // 在全区范围内推广使用…
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

  it('002: nothing in its tables (NBSP-padded numbers, wrapped header cells); a 2021 report citing the 2019 template notice', () => {
    // 本年度报告根据…（国办公开办函〔2019〕60号）文件要求编制 opens it: 2021's template is 国办公开办函〔2021〕30号's.
    assert.deepStrictEqual(golden('002_0b0fce05247e3def.txt'), ['5:89 superseded-template warning']);
  });

  it('003: the row with missing cells, the extra column after the page break, a label variant', () => {
    // Row （一）予以公开 (split from its group label 三、本年度办理 / 结果 by the page break) has 5 blanks and 14:
    // 6 cells for 7 columns. From （三）1 on, every row has 8 numbers; only a reading that drops one 0 adds up.
    // Its text also cites 《宁陵县2020年政务公开工作要点》 in a 2021 report (info), and names 信息处理费 in 六 without
    // saying what was charged.
    assert.deepStrictEqual(golden('003_1ad31af01008103e.txt'), [
      '13:44 report-year info',
      '43:9 cell-count error',
      '46:10 cell-count warning',
      '47:2 row-label warning',
      '89:55 processing-fee warning', // …将按照有关规定收取信息处理费 (when it would charge, not what it charged)
    ]);
    const { report, diagnostics } = check(readReport('003_1ad31af01008103e.txt'));
    const t3 = report.tables[1];
    assert.deepStrictEqual([...t3.rows.find((r) => r.key === 'total')!.cells.values()].map((c) => c.value), [14, 0, 0, 0, 0, 0, 14]);
    assert.match(diagnostics[2].message, /21 行/);
  });

  it('004: the pre-2019 extra section is extra, not a sign that 五 and 六 are missing', () => {
    // And one slip in its text: a full stop before a semicolon (。；), an info.
    assert.deepStrictEqual(golden('004_46deb1f51ba2e893.txt'), ['403:1 section-extra warning', '457:51 text-typo info']);
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
    // 001's column totals have no fix: the numbers stay as they are. Its text findings have none either (text is
    // the writer's to change), and they carry no expected or actual figure.
    const f = fixAll(readReport('001_5f52f77d1e58bc3f.txt'));
    assert.deepStrictEqual(f.diagnostics.map((d) => `${d.rule} ${d.expected}/${d.actual}`), [
      'copied-text undefined/undefined',
      'parts-exceed-whole undefined/undefined',
      'text-typo undefined/undefined',
      'copied-text undefined/undefined',
      'column-total 171/170',
      'column-total 176/175',
      'copied-text undefined/undefined',
      'copied-text undefined/undefined',
    ]);
  });
});

import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { check, checkSource, factPlaces, ReportDocument, YearIndex, yearFindings, type YearFacts } from '../../server/src/core';
import { bodyKey } from '../../server/src/core/years/body';
import { sentencesOf } from '../../server/src/core/years/facts';
import { countedKey, sentenceKey, SentenceIndex } from '../../server/src/core/years/repeated';
import { pdfReader } from '../../server/src/readers/pdf';
import { buildReportText } from '../support/reportBuilder';
import { FROM_PDF_DIR, FROM_PDF_FILES, PUBLISHED_DIR, readReport, REPORT_FILES } from '../support/reports';

const factsOf = (text: string) => check(text).facts();
const values = (cells: YearFacts['carriedIn']) => Object.fromEntries(Object.entries(cells).map(([k, c]) => [k, c.value]));

async function publishedFacts(name: string): Promise<YearFacts> {
  const bytes = readFileSync(path.join(PUBLISHED_DIR, name));
  return checkSource(await pdfReader.read(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength))).facts();
}

describe('last year\'s report: the body, the facts, the pairing', () => {
  it('a body is its places and the words after them, whatever the title puts before it', () => {
    assert.strictEqual(bodyKey('淮安市洪泽区人民政府'), bodyKey('洪泽区人民政府'));
    assert.strictEqual(bodyKey('洪泽区人民政府'), '320813|人民政府');
    assert.strictEqual(bodyKey('宁波市 象山县人民政府办公室'), bodyKey('象山县人民政府办公室'));
    // The place alone is its government's report; its office is another body.
    assert.strictEqual(bodyKey('洪泽区'), bodyKey('洪泽区人民政府'));
    assert.notStrictEqual(bodyKey('洪泽区人民政府办公室'), bodyKey('洪泽区人民政府'));
    assert.notStrictEqual(bodyKey('宁海县政务服务办公室'), bodyKey('宁海县桃源街道'));
    // 鼓楼区 is in four prefectures: without one, the name pairs only with itself, never with 福州市鼓楼区.
    assert.notStrictEqual(bodyKey('鼓楼区人民政府'), bodyKey('福州市鼓楼区人民政府'));
    assert.strictEqual(bodyKey('国家统计局'), '|国家统计局');
    assert.strictEqual(bodyKey('（ ）'), undefined);
  });

  it('pairs a report with its body\'s report of the year before, and with none when two are', () => {
    const facts = (body: string, year: number): YearFacts => ({ body, bodyKey: bodyKey(body), year, carriedIn: {}, carriedOut: {}, documents: [], sections: [], hasText: true });
    const r2023 = { facts: facts('洪泽区人民政府', 2023), id: 'a' };
    const r2024 = { facts: facts('淮安市洪泽区人民政府', 2024), id: 'b' };
    const other = { facts: facts('淮安市淮阴区人民政府', 2023), id: 'c' };
    const index = new YearIndex([r2023, r2024, other]);
    assert.strictEqual(index.lastYearOf(r2024.facts)?.id, 'a');
    assert.strictEqual(index.lastYearOf(r2023.facts), undefined);
    assert.strictEqual(index.lastYearOf({ ...r2024.facts, year: undefined }), undefined);
    const twice = new YearIndex([r2023, { ...r2023, id: 'a2' }, r2024]);
    assert.strictEqual(twice.lastYearOf(r2024.facts), undefined);
  });

  it('the facts of the real reports, as their tables give them (checked by hand); no two of them pair', () => {
    const got = REPORT_FILES.map((n) => {
      const f = factsOf(readReport(n));
      return [f.bodyKey, f.year, values(f.carriedIn).total, values(f.carriedOut).total, f.documents.map((d) => [d.row, d.issued?.value, d.repealed?.value, d.inForce?.value])];
    });
    assert.deepStrictEqual(got, [
      ['330226|政务服务办公室', 2021, 0, 0, [['regulations', 0, 0, 0], ['normative', 0, 0, 0]]],
      // 001 carries in 4 (all natural persons) and out 1; it is a v2019 report: no 现行有效.
      ['330225|人民政府办公室', 2020, 4, 1, []],
      ['330206|人民政府办公室', 2021, 0, 0, [['regulations', 0, 0, 0], ['normative', 18, 38, 203]]],
      ['411423|人民政府办公室', 2021, 0, 0, [['regulations', 0, 0, 0], ['normative', 8, 0, 8]]],
      ['330226|桃源街道', 2020, 0, 9, []],
    ]);
    assert.deepStrictEqual(values(factsOf(readReport('001_5f52f77d1e58bc3f.txt')).carriedIn), { natural: 4, commercial: 0, research: 0, nonprofit: 0, legal: 0, other: 0, total: 4 });
    const all = REPORT_FILES.map((n) => ({ facts: factsOf(readReport(n)) }));
    const index = new YearIndex(all);
    assert.deepStrictEqual(all.map((r) => index.lastYearOf(r.facts)), all.map(() => undefined));
  });

  it('the facts keep each section\'s sentences compact, and read back as the report\'s own: its text at each one\'s range', () => {
    const text = readReport('001_5f52f77d1e58bc3f.txt');
    const { sections } = factsOf(text);
    assert.deepStrictEqual(sections.map((s) => [s.section, sentencesOf(s).length]), [[1, 72], [2, 0], [3, 0], [4, 0], [5, 17], [6, 1]]);
    for (const s of sections) {
      assert.strictEqual(s.text, sentencesOf(s).map((x) => x.text).join(''));
      for (const x of sentencesOf(s)) assert.strictEqual(text.slice(x.range.start, x.range.end), x.text);
    }
    assert.deepStrictEqual(sentencesOf(sections[5]), [{ text: '无。', range: { start: text.indexOf('无。', sections[5].heading.end), end: text.indexOf('无。', sections[5].heading.end) + 2 } }]);
  });

  it('hongzequ 2024 against 2023, as published (PDF): the counts agree, and a third of the text is last year\'s', async () => {
    const [before, now] = [await publishedFacts('hongzequ_2023.pdf'), await publishedFacts('hongzequ_2024.pdf')];
    assert.ok(new YearIndex([{ facts: before }]).lastYearOf(now), 'the two years pair');
    // 二 of 2024 and 四 of 2023 are 0 in every column; 行政规范性文件: 5 in force in 2023, 3 issued and 0 repealed in 2024, 8 in force.
    assert.deepStrictEqual([values(now.carriedIn), values(before.carriedOut)].map((v) => v.total), [0, 0]);
    assert.deepStrictEqual(now.documents.find((d) => d.row === 'normative') && [before.documents[1].inForce?.value, now.documents[1].issued?.value, now.documents[1].repealed?.value, now.documents[1].inForce?.value], [5, 3, 0, 8]);
    const lastYear = { facts: before, name: 'hongzequ_2023.pdf', document: 'x' };
    assert.deepStrictEqual(yearFindings(now, lastYear), []);
    // Measured: 3 of section 一's 10 counted sentences (the portal, the monitoring, the review procedure), 2 of 五's 5.
    const lower = yearFindings(now, lastYear, { repeatedShare: 0.25 });
    assert.deepStrictEqual(lower.map((d) => [d.rule, d.severity, d.message]), [
      ['repeated-text', 'info', '第一部分的 10 句中有 3 句（30%）与上年报告（hongzequ_2023.pdf）相同或几乎相同'],
      ['repeated-text', 'info', '第五部分的 5 句中有 2 句（40%）与上年报告（hongzequ_2023.pdf）相同或几乎相同'],
    ]);
  });

  it('the same pair as pdftotext extracted it: tables unreadable, so nothing is said of their counts', () => {
    const [before, now] = FROM_PDF_FILES.slice(0, 2).map((n) => factsOf(readFileSync(path.join(FROM_PDF_DIR, n), 'utf8')));
    assert.deepStrictEqual([now.carriedIn, before.carriedOut, now.documents], [{}, {}, []]);
    const lastYear = { facts: before, name: '01', document: 'x' };
    assert.deepStrictEqual(yearFindings(now, lastYear), []);
    assert.deepStrictEqual(yearFindings(now, lastYear, { repeatedShare: 0.25 }).map((d) => d.message), [
      '第一部分的 10 句中有 3 句（30%）与上年报告（01）相同或几乎相同',
      '第五部分的 6 句中有 2 句（33%）与上年报告（01）相同或几乎相同',
    ]);
  });

  it('a sentence is compared by its words, each run of digits as one mark; short ones and sub-headings are not counted', () => {
    assert.strictEqual(sentenceKey('2024 年，区政府收取信息处理费 0 元。'), '#年区政府收取信息处理费#元');
    assert.strictEqual(countedKey('详见下表。'), undefined);
    assert.strictEqual(countedKey('（四）政府信息公开平台建设情况。'), undefined);
    assert.ok(countedKey('（一）全年主动公开政府信息一千余条，涵盖政策文件、规划计划、财政预决算等领域。'));
    const index = new SentenceIndex([{ text: '加强政务新媒体日常管理，运用第三方检测平台实行常态化监测。', range: { start: 0, end: 1 } }]);
    assert.ok(index.repeated('加强政务新媒体日常管理，运用第三方检测平台实行常态化巡查。'), 'nearly the same');
    assert.strictEqual(index.repeated('建立依申请公开办理台账，实行受理、审核、答复全流程登记。'), undefined);
  });

  it('in a file of reports, each is checked against the one of its year before, with the related place in the other report', () => {
    const now = buildReportText({ layout: 'word', year: 2022 });
    const before = buildReportText({ layout: 'word', year: 2021 });
    const doc = new ReportDocument(now.text + before.text);
    const carried = doc.diagnostics().filter((d) => d.rule === 'carried-over');
    assert.deepStrictEqual(carried.map((d) => [d.column, d.expected, d.actual]), [['natural', 3, 2], ['other', 1, 0], ['total', 4, 2]]);
    const total = carried[2];
    assert.deepStrictEqual(total.range, now.cells.get('3:carried_in|total'));
    const out = before.cells.get('3:carried_out|total')!;
    assert.deepStrictEqual(total.related?.map((r) => [r.document, r.range]), [[undefined, { start: out.start + now.text.length, end: out.end + now.text.length }]]);
    assert.match(total.message, /上年报告（本文件第 2 份报告）/);
    // Last year's 四 corrected to what this year carried in: the findings go.
    const at = now.text.length + out.start;
    doc.edit(at, at + 1, '2');
    const natural = now.text.length + before.cells.get('3:carried_out|natural')!.start;
    doc.edit(natural, natural + 1, '2');
    const other = now.text.length + before.cells.get('3:carried_out|other')!.start;
    doc.edit(other, other + 1, '0');
    assert.deepStrictEqual(doc.diagnostics().filter((d) => d.rule === 'carried-over'), []);
  });

  it('a finding against last year\'s report stands on a place of this year\'s facts (where the CLI locates it)', () => {
    const now = check(buildReportText({ layout: 'tsv', year: 2022, sections: { 1: '本机关坚持以公开为常态、不公开为例外，推进决策、执行、管理、服务、结果公开。全年通过政府门户网站主动公开政府信息1200条，其中政策文件35件。加强政务新媒体日常管理，运用第三方检测平台实行常态化监测。' } }).text).facts();
    const before = check(buildReportText({ layout: 'tsv', year: 2021, sections: { 1: '本机关坚持以公开为常态、不公开为例外，推进决策、执行、管理、服务、结果公开。全年通过政府门户网站主动公开政府信息1000条，其中政策文件30件。加强政务新媒体日常管理，运用第三方检测平台实行常态化监测。' } }).text).facts();
    const found = yearFindings(now, { facts: before, name: 'x' });
    assert.deepStrictEqual(found.map((d) => d.rule).sort(), ['carried-over', 'carried-over', 'carried-over', 'in-force-carried', 'repeated-text']);
    const places = factPlaces(now).map((r) => `${r.start}:${r.end}`);
    for (const d of found) assert.ok(places.includes(`${d.range.start}:${d.range.end}`), d.rule);
  });
});

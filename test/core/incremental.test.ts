import * as assert from 'assert';
import fc from 'fast-check';
import { LineIndex, ReportDocument, splitReports } from '../../server/src/core';
import { applyEdit, baseDocument, editSpec, EditSpec, placeEdit } from '../support/randomEdits';
import { readReport, REPORT_FILES } from '../support/reports';

/** How many random edit sequences; the benchmark run sets more. */
const RUNS = Number(process.env.GOVREPORT_PROPERTY_RUNS ?? 2000);

/**
 * Sequences that once failed, replayed first (fast-check prints the seed and path of a failure; add them here).
 * Each stays as a fixture of the bug it found.
 */
const REGRESSIONS: { seed: number; path: string; why: string }[] = [];

/** The document after each edit, edited in place the way the server does, against a fresh parse of the same text. */
function editsMatchFreshParse(base: string, specs: EditSpec[]): void {
  const doc = new ReportDocument(base);
  doc.diagnostics(); // findings of every report computed up front, as the server does on open
  let text = base;
  for (const spec of specs) {
    const e = placeEdit(text, spec);
    text = applyEdit(text, e);
    doc.edit(e.start, e.end, e.text);
    assert.strictEqual(doc.length, text.length);
    const splits = splitReports(text);
    assert.deepStrictEqual(Array.from({ length: doc.reportCount }, (_, i) => doc.part(i).start), splits, `reports split as a fresh parse splits them after ${spec.kind}`);
    doc.diagnostics();
  }
  assert.strictEqual(doc.getText(), text);
  const fresh = new ReportDocument(text);
  assert.deepStrictEqual(doc.diagnostics(), fresh.diagnostics());
  for (let i = 0; i < fresh.reportCount; i++) assert.deepStrictEqual(doc.findings(i), fresh.findings(i), `report ${i}: outline, folding and findings`);
  // Positions: the same as a line index over the whole text, at a spread of offsets and at every report start.
  const lines = new LineIndex(text);
  const probes = [0, text.length, ...Array.from({ length: 8 }, (_, k) => Math.floor((k * text.length) / 8)), ...Array.from({ length: doc.reportCount }, (_, i) => doc.part(i).start)];
  for (const o of probes) {
    const p = lines.positionAt(o);
    assert.deepStrictEqual(doc.positionAt(o), p, `position of offset ${o}`);
    assert.strictEqual(doc.offsetAt(p), lines.offsetAt(p), `offset of ${p.line}:${p.character}`);
  }
  assert.strictEqual(doc.lineCount, lines.lineCount);
}

const property = fc.property(baseDocument, fc.array(editSpec, { minLength: 1, maxLength: 6 }), editsMatchFreshParse);

describe('incremental parsing: a document edited in place equals a fresh parse of its text', () => {
  for (const r of REGRESSIONS) {
    it(`regression: ${r.why}`, () => fc.assert(property, { seed: r.seed, path: r.path, endOnFailure: true }));
  }

  it(`${RUNS} random edit sequences on the real reports (typing, deleting, lines, tables, headings, reports, CRLF)`, () => {
    fc.assert(property, { numRuns: RUNS });
  }).timeout(600_000);

  it('splits a file of the five real reports into five, each with its own findings', () => {
    const texts = REPORT_FILES.map(readReport);
    const doc = new ReportDocument(texts.join('\n'));
    assert.strictEqual(doc.reportCount, 5);
    let fileStart = 0;
    for (let i = 0; i < 5; i++) {
      const single = new ReportDocument(texts[i]);
      const inDocument = doc.findings(i).diagnostics.map((d) => [d.rule, d.range.start + doc.part(i).start, d.message]);
      assert.deepStrictEqual(inDocument, single.findings(0).diagnostics.map((d) => [d.rule, d.range.start + fileStart, d.message]));
      fileStart += texts[i].length + 1;
    }
    // 000 3, 001 12, 002 1, 003 5, 004 2 (see realReports.test.ts).
    assert.strictEqual(doc.diagnostics().length, 23);
    // 002's issuing body stands two lines above its title, with a blank between: it starts 002, not ends 001.
    assert.ok(doc.part(2).text.startsWith('北仑区人民政府办公室\n\n2021年度政府信息公开工作年度报告'));
    // 000's title is written over two lines: no split between them.
    assert.ok(doc.part(0).text.startsWith('2021年度宁海县政务服务办公室\n信息公开工作年度报告'));
  });

  it('splits the five real reports joined by cat: 004 starts inside the line 003 ends on, its findings at the same places', () => {
    const texts = REPORT_FILES.map(readReport);
    const text = texts.join('');
    const doc = new ReportDocument(text);
    assert.strictEqual(doc.reportCount, 5);
    const fileStart = texts[0].length + texts[1].length + texts[2].length + texts[3].length;
    const lastLine = texts[3].slice(texts[3].lastIndexOf('\n') + 1);
    assert.ok(lastLine.endsWith('将按照有关规定收取信息处理费。'));
    assert.deepStrictEqual([doc.part(4).start, doc.partColumn(4), doc.partLine(4)], [fileStart, lastLine.length, new LineIndex(text).positionAt(fileStart).line]);
    // Every report's findings are those of its own file, at the file's place in the joined text: lines, and the
    // characters of 004's first line moved along by 003's last line.
    const lines = new LineIndex(text);
    const at = (d: { rule: string; message: string; range: { start: number; end: number } }) => [d.rule, d.message, lines.range(d.range)];
    const expected = texts.flatMap((t, i) => {
      const base = texts.slice(0, i).reduce((n, x) => n + x.length, 0);
      return new ReportDocument(t).diagnostics().map((d) => at({ ...d, range: { start: d.range.start + base, end: d.range.end + base } }));
    });
    assert.deepStrictEqual(doc.diagnostics().map((d) => [d.rule, d.message, { start: doc.positionAt(d.range.start), end: doc.positionAt(d.range.end) }]), expected);
    assert.strictEqual(expected.length, 23); // 3 + 12 + 1 + 5 + 2, as in realReports.test.ts
    // Offsets and positions on the shared line, both ways, against a line index of the whole text.
    const line = lines.positionAt(fileStart).line;
    for (let o = lines.offsetAt({ line, character: 0 }); o <= lines.offsetAt({ line: line + 1, character: 0 }); o++) {
      assert.deepStrictEqual(doc.positionAt(o), lines.positionAt(o), `offset ${o}`);
      assert.strictEqual(doc.offsetAt(lines.positionAt(o)), o, `offset ${o}`);
    }
  });

  it('an edit before a glued report moves it along its line: its findings are kept, at the new characters', () => {
    const texts = REPORT_FILES.slice(3).map(readReport);
    const text = texts.join('');
    const doc = new ReportDocument(text);
    const kept = doc.findings(1);
    const at = texts[0].length - 1; // before 003's last 。
    doc.edit(at, at, '（按次计收）');
    const edited = text.slice(0, at) + '（按次计收）' + text.slice(at);
    assert.strictEqual(doc.findings(1), kept, '004 is not checked again');
    assert.strictEqual(doc.partColumn(1), new LineIndex(edited).positionAt(texts[0].length + 6).character);
    const fresh = new ReportDocument(edited);
    const positions = (d: ReportDocument) => d.diagnostics().map((x) => [x.rule, d.positionAt(x.range.start), d.positionAt(x.range.end)]);
    assert.deepStrictEqual(positions(doc), positions(fresh));
  });

  it('a keystroke re-checks only the report it lands in', () => {
    const texts = REPORT_FILES.map(readReport);
    const doc = new ReportDocument(texts.join('\n'));
    const before = Array.from({ length: 5 }, (_, i) => doc.findings(i));
    const p = doc.part(3);
    const at = p.start + p.text.indexOf('\t8\t') + 2; // 行政规范性文件 本年制发件数 of 003
    doc.edit(at, at, '1');
    const after = Array.from({ length: 5 }, (_, i) => doc.findings(i));
    assert.deepStrictEqual(after.map((f, i) => f === before[i]), [true, true, true, false, true]);
  });

  it('150,000 reports pasted before 002 of the five real reports: split as a fresh parse splits them, 003 and 004 kept (no RangeError)', () => {
    const doc = new ReportDocument(REPORT_FILES.map(readReport).join('\n'));
    const after = [doc.findings(3).diagnostics, doc.findings(4).diagnostics];
    const at = doc.part(2).start;
    const pasted = Array.from({ length: 150_000 }, (_, i) => `某县${i}2023年政府信息公开工作年度报告\n本机关坚持公开。\n`).join('');
    doc.edit(at, at, pasted);
    assert.strictEqual(doc.reportCount, 150_005);
    assert.deepStrictEqual(Array.from({ length: doc.reportCount }, (_, i) => doc.part(i).start), splitReports(doc.getText()));
    assert.deepStrictEqual([doc.findings(150_003).diagnostics, doc.findings(150_004).diagnostics].map((d, i) => d === after[i]), [true, true], 'their findings kept, not made again');
  });

  it('a pasted title in the middle of a report splits it; deleting it joins the halves again', () => {
    const text = readReport(REPORT_FILES[2]);
    const doc = new ReportDocument(text);
    const at = text.indexOf('三、收到和处理政府信息公开申请情况');
    const title = '某某县人民政府办公室2022年政府信息公开工作年度报告\n';
    doc.edit(at, at, title);
    assert.strictEqual(doc.reportCount, 2);
    assert.strictEqual(doc.part(1).start, at);
    doc.edit(at, at + title.length, '');
    assert.strictEqual(doc.reportCount, 1);
    assert.strictEqual(doc.getText(), text);
  });
});

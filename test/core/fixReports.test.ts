// Fix-all over a document of reports moves no report's start: a fix that would take from a report what its split
// depends on (the sentence end a glued report starts after) is not made. Found by the bench's long run (part 20):
// a mutated report whose last line, a row label, ended in a semicolon with the next report's issuing body glued to it.
import * as assert from 'assert';
import { applyEdits, fixReports, ReportDocument, splitReports } from '../../server/src/core';
import { readReport } from '../support/reports';

describe('fix-all over a document of reports', () => {
  // 002 cut after its table 3 label 四、结转下年度 and a semicolon, as a file that ends there; 000 glued to it
  // (`cat`), its issuing body (2021年度宁海县政务服务办公室) on 002's last line, its title on the next.
  const first = readReport('002_0b0fce05247e3def.txt');
  const cut = first.indexOf('\t四、结转下年度继续办理') + '\t四、结转下年度'.length;
  const second = readReport('000_686a82e6f5c2a14f.txt');
  const text = `${first.slice(0, cut)}；${second}`;
  const glued = cut + 1;

  it('leaves a report whose fix would move the next report\'s start, fixes the others, and fixing again changes nothing', () => {
    assert.deepStrictEqual(splitReports(text), [0, glued]);
    const fix = fixReports(new ReportDocument(text), { lang: 'en' });
    // The row label's fix (四、结转下年度；→ 四、结转下年度继续办理) would take the semicolon 000 starts after:
    // 000's issuing body would become the end of 002's label, and the next fix-all would delete it.
    assert.ok(fix.edits.every((e) => e.start >= glued), JSON.stringify(fix.edits));
    assert.deepStrictEqual(fix.applied, [
      'Change title "依申请公开政府信息情况" to "收到和处理政府信息公开申请情况"',
      'Change title "被申请行政复议、提起行政诉讼情况" to "政府信息公开行政复议、行政诉讼情况"',
      'Change title "信息公开工作存在的主要问题及改进情况" to "存在的主要问题及改进情况"',
    ]);
    const fixed = applyEdits(text, fix.edits).text;
    assert.deepStrictEqual(splitReports(fixed), [0, glued]);
    assert.ok(fixed.slice(glued).startsWith('2021年度宁海县政务服务办公室\n信息公开工作年度报告'));
    assert.deepStrictEqual(fixReports(new ReportDocument(fixed), {}).edits, []);
  });

  it('fixes that keep every report where it starts are all made: 001 and 000 alone, then joined by a line break', () => {
    const reports = [readReport('001_5f52f77d1e58bc3f.txt'), second];
    assert.deepStrictEqual(reports.map((t) => fixReports(new ReportDocument(t), {}).edits.length), [4, 3]);
    assert.strictEqual(fixReports(new ReportDocument(reports.join('\n')), {}).edits.length, 7);
  });
});

// Language detection inside a real VS Code: the client switches a plain-text report to `govreport` by its text (not
// its file name), leaves other plain text alone, and leaves Markdown reports Markdown while the server still checks
// them.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  byPosition, codeOf, describeDiag, openAndShow, ours, readReport, scratchDir, waitForDiagnostics, waitForLanguage,
  writeFile,
} from './lib/helpers';

const SHOPPING_LIST = ['Einkaufsliste', '', '- 2 kg Äpfel', '- 1 l Milch', '- 6 Eier', '- Brot', ''].join('\n');

// A Markdown draft: the title and the six section headings of the template, no tables.
const MARKDOWN_REPORT = [
  '# 示例县2023年政府信息公开工作年度报告', // 0
  '',
  '## 一、总体情况', // 2
  '',
  '示例县认真贯彻落实《中华人民共和国政府信息公开条例》。',
  '',
  '## 二、主动公开政府信息情况', // 6
  '',
  '## 三、收到和处理政府信息公开申请情况', // 8
  '',
  '## 四、政府信息公开行政复议、行政诉讼情况', // 10
  '',
  '## 五、存在的主要问题及改进情况', // 12
  '',
  '## 六、其他需要报告的事项', // 14
  '',
  '无。',
  '',
].join('\n');

describe('language detection', () => {
  let dir: string;
  before(() => { dir = scratchDir('language'); });

  it('switches a plain-text report (002, under a name without 年度报告/年报) to govreport', async () => {
    // The name matches none of the contributed filenamePatterns, so only the text can make it a report.
    const uri = writeFile(dir, 'lang-002.txt', readReport('002_0b0fce05247e3def.txt'));
    const { doc } = await openAndShow(uri);
    await waitForLanguage(doc, 'govreport');
    assert.strictEqual(doc.languageId, 'govreport');
    const current = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    assert.strictEqual(current?.languageId, 'govreport', 'workspace.textDocuments has another language for it');
  });

  it('leaves a plain-text file that is not a report as plaintext, without diagnostics', async () => {
    const list = writeFile(dir, 'einkaufsliste.txt', SHOPPING_LIST);
    const { doc } = await openAndShow(list);
    assert.strictEqual(doc.languageId, 'plaintext', 'opened with another language than plaintext');
    // Barrier: a report opened after it is switched, so the client has seen the list's open event (handled in order)
    // and let it be; and the server has checked the report, so it has checked the list before it.
    const probe = await openAndShow(writeFile(dir, 'probe-001.txt', readReport('001_5f52f77d1e58bc3f.txt')));
    await waitForLanguage(probe.doc, 'govreport');
    await waitForDiagnostics(probe.doc.uri, (ds) => ds.some((d) => codeOf(d) === 'column-total'), 'column-total (barrier)');
    assert.strictEqual(doc.languageId, 'plaintext');
    assert.deepStrictEqual(ours(list).map(describeDiag), []);
  });

  it('keeps a Markdown report Markdown and still checks it: table-missing for sections 二, 三, 四, and its text', async () => {
    const uri = writeFile(dir, 'draft.md', MARKDOWN_REPORT);
    const { doc } = await openAndShow(uri);
    const ds = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'table-missing'), 'table-missing');
    assert.strictEqual(doc.languageId, 'markdown');
    const got = byPosition(ds).map((d) => `${describeDiag(d)}-${d.range.end.line}:${d.range.end.character} ${d.message}`);
    assert.deepStrictEqual(got, [
      '6:0 table-missing Error-6:15 第二部分缺少表二（未找到可识别的统计表）',
      '8:0 table-missing Error-8:20 第三部分缺少表三（未找到可识别的统计表）',
      '10:0 table-missing Error-10:22 第四部分缺少表四（未找到可识别的统计表）',
      // The draft's 五 has no text yet, and its 六 (无。) does not say what was charged in 信息处理费.
      '12:0 section-five-thin Warning-12:17 第五部分“存在的主要问题及改进情况”没有内容',
      '14:0 processing-fee Warning-14:14 第六部分未提及信息处理费：2021 年版模板要求报告本年度收取信息处理费的情况（与表二的行政事业性收费不是一回事）',
    ]);
  });
});

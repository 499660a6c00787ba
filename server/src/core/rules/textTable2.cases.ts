import type { RuleCases } from '../../../../test/support/ruleCases';
import { buildReportText } from '../../../../test/support/reportBuilder';
import { sourceFromText } from '../../../../test/support/sourceFromText';

// What section 二's text says of table 2, held to the table. The builder's table 2 (v2021): 行政规范性文件 制发 3,
// 废止 1, 现行有效 25; 规章 0, 0, 0; 行政许可 120, 行政处罚 45, 行政强制 2 decisions; 行政事业性收费 12.5 万元.
// v2019: 规范性文件 本年新制作 3, 新公开 3, 对外公开总数 25; the same decisions; no fee amount (项目数量 only).
// Each text goes after section 二's heading. A finding stands on the text's number; its fix (the table's figure)
// is only a suggestion: fix-all leaves the text as it is (no `fixed`).
// The number found is the text's first: none of 5, 6, 7, 24, 26, 46, 118, 12.8 stands before section 二 (the title
// and the period line hold 2022, 1, 12 and 31 only).

const H3 = '三、收到和处理政府信息公开申请情况';
const ISSUED_5 = '本年度制发行政规范性文件5件。';

/** The Word report with table 2 gone: section 二 holds its sentence only. */
function withoutTable2(sentence: string): string {
  const { text } = buildReportText({ layout: 'word', sections: { 2: sentence } });
  return text.slice(0, text.indexOf(sentence) + sentence.length + 1) + text.slice(text.indexOf(H3));
}

/** The Word report as a document whose table 2 is a picture, as a reader lists one. */
function table2Pictured(sentence: string) {
  return () => {
    const doc = sourceFromText(buildReportText({ layout: 'word', sections: { 2: sentence } }).text);
    const t2 = doc.blocks.findIndex((b) => b.kind === 'table' && b.rows.some((r) => r.cells.some((c) => c.text === '第二十条第（一）项')));
    doc.blocks[t2] = { kind: 'table', rows: [], unreadable: 'image' };
    return doc;
  };
}

export const cases: RuleCases = {
  rule: 'text-table2',
  valid: [
    { name: 'the builder\'s report: no figure of table 2 in the text', spec: {}, docx: true },
    {
      name: 'every figure as table 2 has it (v2021)',
      spec: { sections: { 2: '本年度制发行政规范性文件3件，废止行政规范性文件1件，现行有效行政规范性文件25件；作出行政许可决定120件、行政处罚决定45件、行政强制决定2件；收取行政事业性收费12.5万元。截至年底，行政规范性文件现行有效25件。' } },
    },
    { name: 'every figure as table 2 has it (v2019: 本年新制作数量, 处理决定数量)', spec: { version: 'v2019', sections: { 2: '本年度印发规范性文件3件，作出行政许可决定120件、行政处罚决定45件。' } } },
    {
      // v2019's 对外公开总数量 is not what is in force, and its 行政事业性收费 has no amount.
      name: 'v2019 has no column for 废止, 现行有效 or the fee amount',
      spec: { version: 'v2019', sections: { 2: '本年度废止规范性文件6件，现行有效规范性文件24件，收取行政事业性收费12.8万元。' } },
    },
    {
      // Applications received and matters listed are not decisions. text-table3 takes 受理行政许可申请130件 for table
      // 3's 一 (126): a false claim of that rule (its 受理…申请 is any application), reported.
      name: 'licence applications received and licensing matters listed',
      spec: { sections: { 2: '本年度受理行政许可申请130件；公布行政许可事项86项，行政许可事项清单86件。' } },
    },
    // Published is not issued: 发布 and 公开 are no verbs of 制发.
    { name: 'normative documents published, not issued', spec: { sections: { 2: '本年度主动发布行政规范性文件8件，在政府网站公开规范性文件8件、规章6件。' } } },
    // 信息处理费 is section 六's figure, not 行政事业性收费 (processing-fee is content with an amount).
    { name: 'the 信息处理费 in 万元', spec: { sections: { 6: '本年度收取信息处理费0.05万元。' } } },
    {
      // The 0.3 万元 is the 信息处理费 within the fees, not the fees.
      name: 'the 信息处理费 within the fees',
      spec: { sections: { 2: '本年度行政事业性收费中含信息处理费0.3万元。' } },
    },
    {
      // １２０ in full-width digits is 120, as table 2 has it.
      name: 'a figure in full-width digits, equal to the table',
      spec: { sections: { 2: '本年度作出行政许可决定１２０件。' } },
    },
    { name: 'no table 2: nothing to hold the text to', text: withoutTable2(ISSUED_5), alsoFires: ['table-missing'] },
    { name: 'table 2 a picture: nothing to hold the text to', document: table2Pictured(ISSUED_5), alsoFires: ['table-unreadable'] },
  ],
  invalid: [
    {
      name: '制发行政规范性文件 5 件, table 2 本年制发件数 3 (v2021)',
      spec: { sections: { 2: ISSUED_5 } },
      findings: [{ at: { find: '5' }, table: 2, row: 'normative', column: 'issued', expected: 3, actual: 5, fix: '3', message: /^正文写的是 5（“制发行政规范性文件”），表二“行政规范性文件 × 本年制发件数”为 3$/ }],
    },
    {
      name: '印发规范性文件 4 件, table 2 本年新制作数量 3 (v2019); 行政处罚 46 against 45',
      spec: { version: 'v2019', sections: { 2: '本年度印发规范性文件4件，作出行政处罚决定46件。' } },
      findings: [
        { at: { find: '4' }, table: 2, row: 'normative', column: 'new_made', expected: 3, actual: 4, fix: '3', message: /^正文写的是 4（“印发规范性文件”），表二“规范性文件 × 本年新制作数量”为 3$/ },
        { at: { find: '46' }, table: 2, row: 'penalty', column: 'decisions', expected: 45, actual: 46, fix: '45', message: /^正文写的是 46（“行政处罚决定”），表二“行政处罚 × 处理决定数量”为 45$/ },
      ],
    },
    {
      name: '制定规章 6 件, table 2\'s 规章 row 0',
      spec: { sections: { 2: '本年度制定规章6件。' } },
      findings: [{ at: { find: '6' }, table: 2, row: 'regulations', column: 'issued', expected: 0, actual: 6, fix: '0', message: /^正文写的是 6（“制定规章”），表二“规章 × 本年制发件数”为 0$/ }],
    },
    {
      name: '废止 6 件 against 1; 现行有效 24 and 26 against 25, in both word orders',
      spec: { sections: { 2: '本年度废止行政规范性文件6件，现行有效行政规范性文件24件。截至年底，行政规范性文件现行有效26件。' } },
      findings: [
        { at: { find: '6' }, table: 2, row: 'normative', column: 'repealed', expected: 1, actual: 6, fix: '1', message: /^正文写的是 6（“废止行政规范性文件”），表二“行政规范性文件 × 本年废止件数”为 1$/ },
        { at: { find: '24' }, table: 2, row: 'normative', column: 'in_force', expected: 25, actual: 24, fix: '25', message: /^正文写的是 24（“现行有效行政规范性文件”）/ },
        { at: { find: '26' }, table: 2, row: 'normative', column: 'in_force', expected: 25, actual: 26, fix: '25', message: /^正文写的是 26（“行政规范性文件现行有效”），表二“行政规范性文件 × 现行有效件数”为 25$/ },
      ],
    },
    {
      name: '行政许可 118 against 120, 行政处罚 46 against 45, 行政强制 7 against 2',
      spec: { sections: { 2: '本年度作出行政许可决定118件，行政处罚决定46件，实施行政强制措施7件。' } },
      findings: [
        { at: { find: '118' }, table: 2, row: 'licensing', column: 'decisions', expected: 120, actual: 118, fix: '120', message: /^正文写的是 118（“作出行政许可决定”），表二“行政许可 × 本年处理决定数量”为 120$/ },
        { at: { find: '46' }, table: 2, row: 'penalty', column: 'decisions', expected: 45, actual: 46, fix: '45', message: /（“行政处罚决定”）/ },
        { at: { find: '7' }, table: 2, row: 'enforcement', column: 'decisions', expected: 2, actual: 7, fix: '2', message: /^正文写的是 7（“行政强制措施”），表二“行政强制 × 本年处理决定数量”为 2$/ },
      ],
    },
    {
      name: '行政事业性收费 12.8 万元 against 12.5',
      spec: { sections: { 2: '本年度收取行政事业性收费12.8万元。' } },
      findings: [{ at: { find: '12.8' }, table: 2, row: 'fees', column: 'fee_amount', expected: 12.5, actual: 12.8, fix: '12.5', message: /^正文写的是 12\.8（“行政事业性收费”），表二“行政事业性收费 × 本年收费金额（单位：万元）”为 12\.5$/ }],
    },
    {
      // 1,200 (commas between groups of three, as claim.ts's NUMBER reads it) is 1200, against the table's 120.
      name: 'a figure with a thousands comma: 1,200 against 120',
      spec: { sections: { 2: '本年度作出行政许可决定1,200件。' } },
      findings: [{ at: { find: '1,200' }, table: 2, row: 'licensing', column: 'decisions', expected: 120, actual: 1200, fix: '120', message: /^正文写的是 1200（“作出行政许可决定”）/ }],
    },
  ],
};

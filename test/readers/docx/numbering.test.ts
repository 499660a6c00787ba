// Automatic numbering: the number Word shows before a paragraph, from numbering.xml (directly through w:numPr,
// or through the paragraph's style in styles.xml), as the core needs it to find 一、 1、 （一） headings.
import * as assert from 'assert';
import { checkSource } from '../../../server/src/core';
import { readDocx } from '../../../server/src/readers/docx';
import { formatCounter } from '../../../server/src/readers/docx/numberFormat';
import { blocksShort, docxOf, documentXml, numberingXml, stylesXml } from './helpers';

const lvl = (ilvl: number, numFmt: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${numFmt}"/><w:lvlText w:val="${text}"/>${extra}<w:pPr><w:ind w:left="0"/></w:pPr></w:lvl>`;
const NUMBERING = numberingXml(
  `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、', '<w:suff w:val="nothing"/>')}${lvl(1, 'chineseCounting', '（%2）', '<w:suff w:val="nothing"/>')}${lvl(2, 'decimal', '%3.')}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="1">${lvl(0, 'decimalFullWidth', '%1、', '<w:pStyle w:val="h2"/>')}${lvl(1, 'decimal', '%1.%2', '<w:suff w:val="space"/>')}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="10"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="%1是"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>` +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
    '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>' +
    '<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>' +
    '<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>',
);
const STYLES = stylesXml(
  '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="h1"><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="h1x"><w:basedOn w:val="h1"/><w:pPr><w:spacing w:before="0"/></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="h2"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>',
);

const numbered = (text: string, numId?: string, ilvl?: number, style?: string) =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${numId !== undefined ? `<w:numPr>${ilvl !== undefined ? `<w:ilvl w:val="${ilvl}"/>` : ''}<w:numId w:val="${numId}"/></w:numPr>` : ''}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

describe('docx reader: automatic numbering', () => {
  it('numbers paragraphs as Word shows them: levels, restarts, styles, start overrides, suffixes', () => {
    const doc = readDocx(docxOf({
      numbering: NUMBERING, styles: STYLES,
      document: documentXml(
        numbered('总体情况', '1', 0) + numbered('小节', '1', 1) + numbered('又一节', '1', 1) + numbered('条', '1', 2) +
          numbered('主动公开', '1', 0) + numbered('重新起算', '1', 1) +
          // Through a style two steps up the w:basedOn chain: the third number of the same list.
          numbered('依申请', undefined, undefined, 'h1x') +
          // w:numId 0 in the paragraph removes the style's numbering.
          numbered('不编号', '0', undefined, 'h1') +
          // Another instance of the same list with a start override restarts level 1 at 5 (五).
          numbered('存在的问题', '2', 0) + numbered('其他', '2', 0) +
          // A style bound to a level by w:pStyle, full-width digits; level 2 shows both counters with a space after,
          // each in its own level's format (%1 full-width, as Word shows it without w:isLgl).
          numbered('全角', undefined, undefined, 'h2') + numbered('子项', '3', 1) +
          numbered('', '4', 0) + numbered('', '4', 0) + numbered('', '4', 0) + numbered('未知列表', '9', 0),
      ),
    }));
    assert.deepStrictEqual(blocksShort(doc), [
      '一、总体情况', '（一）小节', '（二）又一节', '1. 条', '二、主动公开', '（一）重新起算', '三、依申请', '不编号', '五、存在的问题', '六、其他',
      '１、 全角', '１.1 子项', '十是', '十一是', '十二是', '未知列表',
    ]);
    // The number is not in the source: the pieces cover the paragraph's own text only, after it.
    const first = doc.blocks[0] as { pieces: { start: number; end: number }[] };
    assert.deepStrictEqual(first.pieces.map((q) => [q.start, q.end]), [[2, 6]]);
  });

  it('formats counters in the formats Chinese documents use', () => {
    const cases: [number, string, string][] = [
      [1, 'chineseCounting', '一'], [10, 'chineseCounting', '十'], [11, 'chineseCounting', '十一'], [20, 'chineseCounting', '二十'], [35, 'chineseCounting', '三十五'],
      [101, 'chineseCountingThousand', '一百零一'], [110, 'chineseCountingThousand', '一百一十'], [1001, 'chineseCountingThousand', '一千零一'], [12000, 'chineseCountingThousand', '一万二千'],
      [10, 'ideographDigital', '一〇'], [3, 'chineseLegalSimplified', '叁'], [3, 'ideographTraditional', '丙'], [12, 'decimalFullWidth', '１２'],
      [3, 'decimalEnclosedCircle', '③'], [1, 'ideographEnclosedCircle', '㊀'], [5, 'decimalZero', '05'], [28, 'upperLetter', 'BB'], [4, 'lowerRoman', 'iv'],
      [7, 'decimal', '7'], [7, 'someFutureFormat', '7'], [7, 'bullet', ''], [7, 'none', ''],
    ];
    assert.deepStrictEqual(cases.map(([n, f]) => formatCounter(n, f)), cases.map((c) => c[2]));
  });

  it('the core finds the six sections of headings numbered by Word (a heading style on a 一、 list, a tab after the number)', () => {
    const headings = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项'];
    const numbering = numberingXml(`<w:abstractNum w:abstractNumId="7">${lvl(0, 'chineseCounting', '%1、')}</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>`);
    const styles = stylesXml('<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>');
    const body = headings.map((h) => numbered(h, undefined, undefined, '1') + numbered('正文。')).join('');
    const doc = readDocx(docxOf({ numbering, styles, document: documentXml(numbered('某县2021年政府信息公开工作年度报告') + body) }));
    assert.strictEqual((doc.blocks[1] as { text: string }).text, '一、 总体情况');
    const { report } = checkSource(doc);
    assert.deepStrictEqual(report.sections.map((s) => [s.canonical, s.numberText, s.title]), headings.map((h, i) => [i + 1, '一二三四五六'[i], h]));
  });
});

// What could not be read is said once, and nothing is claimed from it: a document without a text layer, a report
// whose section headings cannot be recognised, a table that cannot be read with certainty.
import type { Diagnostic, Lang, ReportModel } from '../types';
import type { UnreadableReason } from '../source/document';
import type { Rule } from './rule';
import { chineseNumeral } from '../text/normalize';
import { L, tableName } from '../i18n/names';

/** Why a table could not be read, in the user's words. */
function reasonText(lang: Lang, reason: UnreadableReason): string {
  switch (reason) {
    case 'image': return L(lang, '表格是图片，其区域内没有文字', 'the table is a picture: there is no text in its area');
    case 'columns': return L(lang, '单元格无法确定地对应到各列', 'its cells cannot be placed in columns with certainty');
    case 'ambiguous': return L(lang, '有一串数字可以有不止一种读法', 'a run of digits has more than one reading');
    case 'column-order': return L(lang, '文本是按列提取的，行标签与数字分离', 'the text was extracted column by column, labels apart from their numbers');
    case 'shape': return L(lang, '表格的行与模板对应不上', 'its rows do not match the template');
    case 'characters': return L(lang, '许多单元格不是数字（可能是识别错误）', 'many cells are not numbers (a garbled or misrecognised table)');
    case 'no-cells': return L(lang, '只找到表格的标签，找不到其单元格（数字可能是图片，或文本未按行提取）', 'only its labels were found, not its cells (its numbers may be a picture, or the text was not extracted row by row)');
  }
}

export const documentUnreadable: Rule = {
  id: 'document-unreadable',
  severity: 'warning',
  description: { zh: '文档没有可读取的文字（如扫描件），需先进行文字识别', en: 'The document has no text to read (a scan): it needs OCR first' },
  check(ctx) {
    if (ctx.report.problem !== 'no-text-layer') return [];
    return [{
      rule: 'document-unreadable', severity: 'warning', range: { start: 0, end: 0 },
      message: L(ctx.lang, '此 PDF 没有文字层（扫描件），需先进行文字识别（OCR）才能检查；未作任何判断', 'This PDF has no text layer (a scan): it cannot be checked without OCR; nothing was checked'),
    }];
  },
};

/** Whether the report's structure could not be read: not one of the six sections was recognised. */
export function structureUnreadable(report: ReportModel): boolean {
  return !report.problem && !report.sections.some((s) => s.canonical !== undefined);
}

export const structureUnreadableRule: Rule = {
  id: 'structure-unreadable',
  severity: 'warning',
  description: { zh: '无法识别模板六个部分中的任何一个标题，未检查结构', en: 'None of the six section headings could be recognised: the structure is not checked' },
  check(ctx) {
    if (!structureUnreadable(ctx.report)) return [];
    return [{
      rule: 'structure-unreadable', severity: 'warning', range: ctx.report.title?.range ?? { start: 0, end: 0 },
      message: L(
        ctx.lang,
        '未能识别出模板六个部分（一、总体情况 …… 六、其他需要报告的事项）中任何一个部分的标题，无法检查报告结构；未据此报告缺少的部分',
        'None of the six section headings (一、总体情况 … 六、其他需要报告的事项) could be recognised, so the structure is not checked and no section is reported missing',
      ),
    }];
  },
};

export const tableUnreadable: Rule = {
  id: 'table-unreadable',
  severity: 'warning',
  description: { zh: '统计表无法可靠读取，未据此表作任何判断', en: 'A statistical table that cannot be read with certainty: nothing is claimed from it' },
  check(ctx) {
    return ctx.report.tables.filter((t) => t.unreadable).map((t): Diagnostic => ({
      rule: 'table-unreadable', severity: 'warning', range: t.anchor, table: t.number,
      message: L(
        ctx.lang,
        `${tableName(ctx.lang, t.number)}（第${chineseNumeral(t.number)}部分）无法可靠读取：${reasonText(ctx.lang, t.unreadable!)}；未校验此表，也未据此表报告任何错误`,
        `${tableName(ctx.lang, t.number)} (section ${t.number}) cannot be read with certainty: ${reasonText(ctx.lang, t.unreadable!)}; it is not checked and nothing is reported from it`,
      ),
    }));
  },
};

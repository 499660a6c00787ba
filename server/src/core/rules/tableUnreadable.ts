import type { UnreadableReason } from '../source/document';
import { defineRule } from './rule';
import { chineseNumeral } from '../text/normalize';
import { tableName } from '../i18n/names';

/** Why a table could not be read, in the user's words. */
const REASONS: Record<UnreadableReason, { zh: string; en: string }> = {
  image: { zh: '表格是图片，其区域内没有文字', en: 'the table is a picture: there is no text in its area' },
  columns: { zh: '单元格无法确定地对应到各列', en: 'its cells cannot be placed in columns with certainty' },
  ambiguous: { zh: '有一串数字可以有不止一种读法', en: 'a run of digits has more than one reading' },
  'column-order': { zh: '文本是按列提取的，行标签与数字分离', en: 'the text was extracted column by column, labels apart from their numbers' },
  shape: { zh: '表格的行与模板对应不上', en: 'its rows do not match the template' },
  characters: { zh: '许多单元格不是数字（可能是识别错误）', en: 'many cells are not numbers (a garbled or misrecognised table)' },
  'no-cells': { zh: '只找到表格的标签，找不到其单元格（数字可能是图片，或文本未按行提取）', en: 'only its labels were found, not its cells (its numbers may be a picture, or the text was not extracted row by row)' },
};

export const tableUnreadable = defineRule({
  id: 'table-unreadable',
  severity: 'warning',
  category: 'readability',
  fixable: false,
  summary: {
    zh: '无法可靠读取的统计表（图片、按列提取的文本、对不上列的单元格）：未据此表作任何判断',
    en: 'a table that cannot be read with certainty (a picture, text read column by column, cells that fit no column): nothing else is claimed from it',
  },
  messages: {
    unreadable: {
      zh: '{table}（第{numeral}部分）无法可靠读取：{reason}；未校验此表，也未据此表报告任何错误',
      en: '{table} (section {number}) cannot be read with certainty: {reason}; it is not checked and nothing is reported from it',
    },
  },
  check(ctx) {
    for (const t of ctx.model.tables) {
      if (!t.unreadable) continue;
      const reason = ctx.lang === 'en' ? REASONS[t.unreadable].en : REASONS[t.unreadable].zh;
      ctx.report({ range: t.anchor, table: t.number, message: 'unreadable', data: { table: tableName(ctx.lang, t.number), numeral: chineseNumeral(t.number), number: t.number, reason } });
    }
  },
});

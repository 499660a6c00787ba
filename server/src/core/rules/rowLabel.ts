import { defineRule } from './rule';
import { tableName } from '../i18n/names';
import { displayText } from '../text/normalize';
import { takesLineBreak } from '../text/lines';

export const rowLabel = defineRule({
  id: 'row-label',
  severity: 'warning',
  category: 'cells',
  fixable: true,
  summary: { zh: '行标签与模板不一致', en: 'a row label that differs from the template' },
  messages: {
    differs: { zh: '行标签“{label}”与模板不一致，应为“{official}”', en: 'Row label "{label}" differs from the template\'s "{official}"' },
    fix: { zh: '将行标签“{label}”改为“{official}”', en: 'Change row label "{label}" to "{official}"' },
    unknown: { zh: '{table}中无法识别的行“{label}”，其数字未参与校验', en: 'Unrecognised row "{label}" in {table}; its numbers are not checked' },
  },
  check(ctx) {
    const { text, hiddenBreaks } = ctx.model;
    for (const table of ctx.model.tables) {
      for (const row of table.rows) {
        if (row.labelMatch === 'official') continue;
        const data = { label: displayText(row.label), official: row.officialLabel };
        const at = labelTextRange(text, row.labelRange);
        // A label wrapped over several lines (or read from columns of a PDF's text, or a document's cell of several
        // paragraphs) is not replaced: the edit would take its line breaks, and whatever stands between its pieces
        // or on its next line (a number), with it.
        const fix = takesLineBreak(text, at, hiddenBreaks) ? undefined : { title: ctx.message('fix', data), edits: [{ ...at, text: row.officialLabel }] };
        ctx.report({ range: row.labelRange, table: table.number, row: row.key, message: 'differs', data, fix });
      }
      for (const u of table.unknownRows) {
        ctx.report({ range: u.range, table: table.number, message: 'unknown', data: { table: tableName(ctx.lang, table.number), label: displayText(u.label) } });
      }
    }
  },
});

/** The label's own characters, without padding or a bookmark marker in front. */
function labelTextRange(text: string, r: { start: number; end: number }) {
  let s = r.start;
  let e = r.end;
  const m = /^\[bookmark:[^\]]*\]/.exec(text.slice(s, e));
  if (m) s += m[0].length;
  while (s < e && /[\s\u00a0\u3000]/.test(text[s])) s++;
  while (e > s && /[\s\u00a0\u3000]/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

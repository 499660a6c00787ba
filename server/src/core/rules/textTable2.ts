import { defineRule } from './rule';
import { table2Claims } from '../claims/table2Claims';
import { CLAIM_MESSAGES, readableTable, reportClaims } from './textAgainstTable';
import { claimsIn } from '../claims/claim';

export const textTable2 = defineRule({
  id: 'text-table2',
  severity: 'warning',
  category: 'text',
  fixable: 'suggestion',
  summary: { zh: '正文中规范性文件制发、废止、现行有效件数，行政许可、处罚、强制件数，行政事业性收费金额与表二不符', en: 'normative documents issued, repealed or in force, licensing, penalty and enforcement decisions, or fees in the text differ from table 2' },
  messages: {
    ...CLAIM_MESSAGES,
    differs: { zh: '正文写的是 {value}（“{words}”），{table}“{cell}”为 {actual}', en: 'The text says {value} ("{words}"), {table} "{cell}" says {actual}' },
  },
  check(ctx) {
    const table = readableTable(ctx, 2);
    const version = table?.version;
    if (table && (version === 'v2019' || version === 'v2021')) reportClaims(ctx, table, claimsIn(ctx.sentences, (s) => table2Claims(s, version)));
  },
});

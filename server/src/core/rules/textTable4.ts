import { defineRule } from './rule';
import { CLAIM_MESSAGES, readableTable, reportClaims } from './textAgainstTable';

export const textTable4 = defineRule({
  id: 'text-table4',
  severity: 'warning',
  category: 'text',
  fixable: 'suggestion',
  summary: { zh: '正文中行政复议、行政诉讼的件数及结果（含“未发生”“无败诉”）与表四不符', en: 'reviews and lawsuits in the text, in all or by result (none, none lost), differ from table 4' },
  messages: {
    ...CLAIM_MESSAGES,
  },
  check(ctx) {
    const table = readableTable(ctx, 4);
    if (table) reportClaims(ctx, table, ctx.claims(4));
  },
});

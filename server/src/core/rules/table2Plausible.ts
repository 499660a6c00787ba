import type { Cell, TableModel } from '../types';
import { defineRule } from './rule';
import { visible } from './analysis';
import { cellName } from '../i18n/names';

/** A 万元 amount of 100,000 or more (a billion yuan of fees) is an amount written in 元. */
const YUAN_DIGITS = 6;

const MESSAGES = {
  publishedMore: {
    zh: '“{row}”的本年新公开数量 {published} 大于对外公开总数量 {total}：总数量应包括本年新公开的',
    en: '"{row}": {published} newly published this year, more than the {total} published in all, which include them',
  },
  inForceFewer: {
    zh: '“{row}”的现行有效件数 {inForce} 少于本年制发 {issued} 减本年废止 {repealed}（{least}）：本年制发而未废止的应仍现行有效',
    en: '"{row}": {inForce} in force, fewer than {issued} issued less {repealed} repealed this year ({least}): those issued and not repealed are still in force',
  },
  yuan: {
    zh: '{cell} 为 {value} 万元，即 {yuan} 元：多半是按“元”填写的，而此列单位是万元',
    en: '{cell} is {value} (10,000 yuan), that is {yuan} yuan: most likely written in yuan, while the column is in 10,000 yuan',
  },
};

export const table2Plausible = defineRule({
  id: 'table2-plausible',
  severity: 'warning',
  category: 'tables',
  fixable: false,
  summary: { zh: '表二的数字不合常理：新公开多于总数、现行有效少于制发减废止、万元金额像是按元填写', en: 'table 2 numbers that cannot be right: more published this year than in all, fewer in force than issued less repealed, a 万元 amount written in yuan' },
  messages: MESSAGES,
  check(ctx) {
    const table = ctx.model.tables.find((t) => t.number === 2);
    if (!table || table.unreadable) return;
    for (const row of table.rows) {
      const v = (key: string) => number(row.cells.get(key));
      const published = v('new_published');
      const total = v('total_published');
      if (table.version === 'v2019' && published !== undefined && total !== undefined && published > total) {
        ctx.report({ ...at(ctx.model.text, table, row.cells.get('total_published')!), message: 'publishedMore', data: { row: row.officialLabel, published, total } });
      }
      const [issued, repealed, inForce] = [v('issued'), v('repealed'), v('in_force')];
      if (table.version === 'v2021' && issued !== undefined && repealed !== undefined && inForce !== undefined && inForce < issued - repealed) {
        ctx.report({ ...at(ctx.model.text, table, row.cells.get('in_force')!), message: 'inForceFewer', data: { row: row.officialLabel, inForce, issued, repealed, least: issued - repealed } });
      }
      const fee = row.cells.get('fee_amount');
      const amount = number(fee);
      if (fee && amount !== undefined && Math.trunc(amount) >= 10 ** (YUAN_DIGITS - 1)) {
        ctx.report({ ...at(ctx.model.text, table, fee), message: 'yuan', data: { cell: cellName(ctx.lang, 2, fee, table.version), value: fee.text.trim(), yuan: inYuan(amount) } });
      }
    }
  },
});

/**
 * A 万元 amount in yuan, as exact decimal text: the point moved four places in the amount's digits (multiplying the
 * double by 10000 gives 1000000019.9999999 for 100000.002). A read amount prints as written (`exactNumber`).
 */
function inYuan(amount: number): string {
  const [integer, fraction = ''] = String(amount).split('.');
  const digits = (integer + fraction.padEnd(4, '0').slice(0, 4)).replace(/^0+(?=\d)/, '');
  const rest = fraction.slice(4);
  return rest ? `${digits}.${rest}` : digits;
}

const number = (c: Cell | undefined) => (c?.state === 'number' ? c.value : undefined);

function at(text: string, table: TableModel, cell: Cell) {
  return { range: visible(text, cell.valueRange), table: table.number, row: cell.row, column: cell.column };
}

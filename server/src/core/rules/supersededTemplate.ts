import { defineRule } from './rule';
import { rangeIn } from '../text/prose';

/** 国办公开办函〔2019〕60号, in any of the brackets and spacing it is written with. */
const OLD_NOTICE = /国办公开办函\s*[〔[［(（【]\s*2019\s*[〕\]］)）】]\s*60\s*号/;
const NEW_NOTICE = /国办公开办函\s*[〔[［(（【]\s*2021\s*[〕\]］)）】]\s*30\s*号/;

export const supersededTemplate = defineRule({
  id: 'superseded-template',
  severity: 'warning',
  category: 'template',
  fixable: false,
  summary: { zh: '2021 年度起的报告引用已被取代的模板通知（国办公开办函〔2019〕60号）', en: 'a report for 2021 or later cites the superseded template notice 国办公开办函〔2019〕60号' },
  messages: {
    cited: {
      zh: '{year} 年度报告应按国办公开办函〔2021〕30号的模板编制，此处引用的国办公开办函〔2019〕60号已被其取代',
      en: 'A {year} report follows the template of 国办公开办函〔2021〕30号; the 国办公开办函〔2019〕60号 cited here was superseded by it',
    },
  },
  check(ctx) {
    const year = ctx.model.reportYear;
    if (year === undefined || year < 2021) return;
    // A report that names the new notice too is telling the change, not following the old one.
    for (const p of ctx.prose) if (NEW_NOTICE.test(p.text)) return;
    for (const p of ctx.prose) {
      const m = OLD_NOTICE.exec(p.text);
      if (m) ctx.report({ range: rangeIn(p, m.index, m.index + m[0].length), message: 'cited', data: { year } });
    }
  },
});

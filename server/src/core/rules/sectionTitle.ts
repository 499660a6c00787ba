import { defineRule } from './rule';
import { SECTIONS } from '../template/sections';

export const sectionTitle = defineRule({
  id: 'section-title',
  severity: 'warning',
  category: 'structure',
  fixable: true,
  summary: { zh: '部分标题与模板不一致', en: 'a section title that differs from the template' },
  messages: {
    differs: { zh: '标题“{title}”与模板不一致，应为“{official}”', en: 'Title "{title}" differs from the template\'s "{official}" ({officialEn})' },
    fix: { zh: '将标题“{title}”改为“{official}”', en: 'Change title "{title}" to "{official}"' },
  },
  check(ctx) {
    for (const s of ctx.model.sections) {
      if (s.canonical === undefined || s.titleMatch === 'official') continue;
      const o = SECTIONS[s.canonical - 1];
      const data = { title: s.title, official: o.title, officialEn: o.titleEn };
      ctx.report({
        range: s.titleRange, message: 'differs', data,
        fix: { title: ctx.message('fix', data), edits: [{ start: s.titleRange.start, end: s.titleRange.end, text: o.title }] },
      });
    }
  },
});

import { defineRule } from './rule';
import { structureUnreadable } from './structureUnreadable';

export const sectionExtra = defineRule({
  id: 'section-extra',
  severity: 'warning',
  category: 'structure',
  fixable: false,
  summary: { zh: '模板六个部分之外的一级标题', en: 'a top-level section that is not one of the six' },
  messages: {
    extra: { zh: '“{title}”不是模板规定的六个部分之一（旧版模板的部分？）', en: '"{title}" is not one of the template\'s six sections (from an older template?)' },
  },
  check(ctx) {
    if (structureUnreadable(ctx.model)) return;
    for (const s of ctx.model.sections) if (s.canonical === undefined) ctx.report({ range: s.headingRange, message: 'extra', data: { title: s.title } });
  },
});

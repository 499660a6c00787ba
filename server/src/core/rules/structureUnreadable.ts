import type { ReportModel } from '../types';
import { defineRule } from './rule';

/** Whether the report's structure could not be read: not one of the six sections was recognised. */
export function structureUnreadable(model: ReportModel): boolean {
  return !model.problem && !model.sections.some((s) => s.canonical !== undefined);
}

export const structureUnreadableRule = defineRule({
  id: 'structure-unreadable',
  severity: 'warning',
  category: 'readability',
  fixable: false,
  summary: { zh: '六个部分的标题一个也未识别出：不报告缺少的部分', en: 'none of the six section headings is recognised: no section is reported missing' },
  messages: {
    noHeadings: {
      zh: '未能识别出模板六个部分（一、总体情况 …… 六、其他需要报告的事项）中任何一个部分的标题，无法检查报告结构；未据此报告缺少的部分',
      en: 'None of the six section headings (一、总体情况 … 六、其他需要报告的事项) could be recognised, so the structure is not checked and no section is reported missing',
    },
  },
  check(ctx) {
    if (structureUnreadable(ctx.model)) ctx.report({ range: ctx.model.title?.range ?? { start: 0, end: 0 }, message: 'noHeadings' });
  },
});

import { defineRule } from './rule';

export const documentUnreadable = defineRule({
  id: 'document-unreadable',
  severity: 'warning',
  category: 'readability',
  fixable: false,
  summary: { zh: '没有文字层的 PDF（扫描件）：需先进行文字识别，未作其他判断', en: 'a PDF without a text layer (a scan): it needs OCR, nothing else is reported' },
  messages: {
    scan: { zh: '此 PDF 没有文字层（扫描件），需先进行文字识别（OCR）才能检查；未作任何判断', en: 'This PDF has no text layer (a scan): it cannot be checked without OCR; nothing was checked' },
  },
  check(ctx) {
    if (ctx.model.problem === 'no-text-layer') ctx.report({ range: { start: 0, end: 0 }, message: 'scan' });
  },
});

import type { RuleCases } from '../../../../test/support/ruleCases';
import { buildReportText } from '../../../../test/support/reportBuilder';
import { sourceFromText } from '../../../../test/support/sourceFromText';

// A PDF without a text layer (a scan) is read as no blocks with the problem `no-text-layer`: one warning, at the
// start of its (empty) text, and nothing else. What makes it is the reader's verdict, not the lack of text.
export const cases: RuleCases = {
  rule: 'document-unreadable',
  valid: [
    { name: 'a report as text', spec: {} },
    { name: 'a PDF with its text layer, read into paragraphs and tables', document: () => ({ ...sourceFromText(buildReportText({ layout: 'word' }).text), format: 'pdf' }) },
    // Nothing to read, but the reader did not find pages of pictures: the structure is what cannot be read.
    { name: 'a PDF with no text that is not a scan', document: () => ({ format: 'pdf', blocks: [] }), alsoFires: ['structure-unreadable'] },
  ],
  invalid: [
    {
      // The view of a scan is empty: the finding stands at its start, offset 0.
      name: 'a scanned PDF',
      document: () => ({ format: 'pdf', blocks: [], problem: 'no-text-layer' }),
      findings: [{ at: { find: '' }, message: /^此 PDF 没有文字层（扫描件），需先进行文字识别（OCR）才能检查；未作任何判断$/ }],
    },
  ],
};

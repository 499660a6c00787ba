import type { Layout } from '../types';
import type { SourceDocument } from '../source/document';
import { renderTextView } from '../source/textView';
import { inEachLayout, type InvalidCase, type RuleCases } from '../../../../test/support/ruleCases';
import { buildReportText } from '../../../../test/support/reportBuilder';
import { sourceFromText } from '../../../../test/support/sourceFromText';

// A row is recognised by its label: the template's wording (punctuation width and spacing aside) passes; a known
// variant or a near wording is flagged with a fix to the template's; a label that names no row is an unknown row.
// The .docx cases of the runner fill only numbers into the template, whose labels are its own: none here.

/** 四 × 总计's 4 followed by one more row of `cells`, written as the layout writes a row. */
function afterTotal(layout: Layout, cells: string[]): string {
  if (layout === 'word') return `4\n\n\t${cells.join('\n\t')}`;
  if (layout === 'markdown') return `4 |\n| ${cells.join(' | ')}`;
  return `4\n${cells.join('\t')}`;
}

const CARRIED_IN = '二、上年结转政府信息公开申请数量';

/**
 * The builder's report as a document whose 二 label cell holds `lines` (paragraphs, or lines a w:br ended), joined
 * as a reader joins them, with where they meet.
 */
function labelOfLines(lines: string[]): SourceDocument {
  const doc = sourceFromText(buildReportText({ layout: 'word' }).text);
  const breaks = lines.slice(0, -1).map((_, i) => lines.slice(0, i + 1).join('').length);
  for (const b of doc.blocks) {
    if (b.kind !== 'table') continue;
    for (const r of b.rows) for (const c of r.cells) if (c.text === CARRIED_IN) Object.assign(c, { text: lines.join(''), breaks });
  }
  return doc;
}

export const cases: RuleCases = {
  rule: 'row-label',
  valid: [
    { name: 'a consistent v2021 report', spec: { version: 'v2021' } },
    { name: 'a consistent v2019 report', spec: { version: 'v2019' } },
    {
      name: 'half-width brackets and quotes, a space, a bookmark marker in front',
      spec: { label: { '3:granted': '(一) 予以公开', '3:refused.3': '3.危及"三安全一稳定"', '3:carried_in': '[bookmark: _GoBack]二、上年结转政府信息公开申请数量' } },
    },
    { name: 'the template\'s label wrapped over two lines of a Word cell', layouts: ['word'], spec: { label: { '3:carried_in': '二、上年结转政府信息\n公开申请数量' } } },
  ],
  invalid: [
    {
      name: 'a reworded label: flagged, and fixed to the template\'s',
      spec: { label: { '3:carried_in': '二、上年转结政府信息公开申请数量' } },
      findings: [{ at: 'label:3:carried_in', table: 3, row: 'carried_in', fix: '二、上年结转政府信息公开申请数量', message: /^行标签“二、上年转结政府信息公开申请数量”与模板不一致，应为“二、上年结转政府信息公开申请数量”$/ }],
      fixed: { label: {} },
    },
    {
      // The wordings of the real report 001 (本年新收到, 转结下年度), and a sub-item missing a word (三类).
      name: 'variants in three rows, each fixed',
      spec: { label: { '3:new': '一、本年新收到政府信息公开申请数量', '3:refused.5': '5.属于内部事务信息', '3:carried_out': '四、转结下年度继续办理' } },
      findings: [
        { at: 'label:3:new', table: 3, row: 'new', fix: '一、本年新收政府信息公开申请数量' },
        { at: 'label:3:refused.5', table: 3, row: 'refused.5', fix: '5.属于三类内部事务信息', message: /^行标签“5\.属于内部事务信息”与模板不一致，应为“5\.属于三类内部事务信息”$/ },
        { at: 'label:3:carried_out', table: 3, row: 'carried_out', fix: '四、结转下年度继续办理' },
      ],
      fixed: { label: {} },
    },
    {
      // The finding is on the whole cell; the fix replaces the label's own characters and keeps the marker.
      name: 'a reworded label behind a bookmark marker: the fix leaves the marker',
      spec: { label: { '3:carried_in': '[bookmark: _GoBack]二、上年转结政府信息公开申请数量' } },
      findings: [{ at: 'label:3:carried_in', table: 3, row: 'carried_in', fix: '二、上年结转政府信息公开申请数量', fixAt: { find: '二、上年转结政府信息公开申请数量' }, message: /^行标签“二、上年转结政府信息公开申请数量”与模板/ }],
      fixed: { label: { '3:carried_in': '[bookmark: _GoBack]二、上年结转政府信息公开申请数量' } },
    },
    {
      // Replacing the label would take its line break with it: flagged, with no fix.
      name: 'a reworded label wrapped over two lines of a Word cell: flagged, no fix',
      layouts: ['word'],
      spec: { label: { '3:carried_in': '二、上年转结政府信息\n公开申请数量' } },
      findings: [{ at: 'label:3:carried_in', table: 3, row: 'carried_in', message: /^行标签“二、上年转结政府信息公开申请数量”与模板不一致/ }],
    },
    {
      // A document's cell of two paragraphs: replacing the joined label would take the second paragraph, 0, with it.
      name: 'a reworded label in a document\'s cell, a number in its next paragraph: flagged, no fix',
      document: () => labelOfLines(['二、上年转结政府信息公开申请数量', '0']),
      findings: [{ at: { find: '二、上年转结政府信息公开申请数量0' }, table: 3, row: 'carried_in', message: /^行标签“二、上年转结政府信息公开申请数量0”与模板不一致/ }],
    },
    {
      name: 'a reworded label wrapped over two paragraphs of a document\'s cell: flagged, no fix',
      document: () => labelOfLines(['二、上年转结政府信息', '公开申请数量']),
      findings: [{ at: { find: '二、上年转结政府信息公开申请数量' }, table: 3, row: 'carried_in' }],
    },
    {
      // An empty paragraph after the label: the label stands on its line alone, and is replaced there.
      name: 'a reworded label and an empty paragraph in a document\'s cell: fixed',
      document: () => labelOfLines(['二、上年转结政府信息公开申请数量', '']),
      findings: [{ at: { find: '二、上年转结政府信息公开申请数量' }, table: 3, row: 'carried_in', fix: CARRIED_IN }],
      fixed: { text: renderTextView(labelOfLines([CARRIED_IN, ''])).text },
    },
    {
      // The row's numbers (all 0) are not read, and the template's 5.属于三类内部事务信息 is missing.
      name: 'a label that names no row: an unknown row',
      spec: { label: { '3:refused.5': '其中：网上申请' } },
      alsoFires: ['row-missing'],
      findings: [{ at: 'label:3:refused.5', table: 3, message: /^表三中无法识别的行“其中：网上申请”，其数字未参与校验$/ }],
    },
    // An extra row after 四 (1 in 自然人, 1 in 总计): the template's rows are all there, and add up.
    ...inEachLayout((layout): InvalidCase => ({
      name: 'an extra row the template does not have: an unknown row',
      spec: { override: { '3:carried_out|total': afterTotal(layout, ['其中：网上申请', '', '', '1', '0', '0', '0', '0', '0', '1']) } },
      findings: [{ at: { find: '其中：网上申请' }, table: 3, message: /^表三中无法识别的行“其中：网上申请”，其数字未参与校验$/ }],
    })),
  ],
};

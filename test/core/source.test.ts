import * as assert from 'assert';
import { check, checkSource, fixSource, renderTextView, sourceEdits, spanAt, type Diagnostic, type SourceDocument } from '../../server/src/core';
import { readReport, REPORT_FILES } from '../support/reports';
import { sourceFromText } from '../support/sourceFromText';
import { cellList, rowList } from '../../server/src/core/parse/rawTable';
import { buildReportText, TABLE4_VALUES } from '../support/reportBuilder';

/** What a finding says about the report, without where it stands in one text or another. */
const gist = (d: Diagnostic) => [d.rule, d.severity, d.table, d.row, d.column, d.expected, d.actual].filter((x) => x !== undefined).join(' ');

describe('the text view of a document', () => {
  const doc: SourceDocument = {
    format: 'docx',
    blocks: [
      { kind: 'paragraph', text: '某县2023年政府信息公开工作年度报告', source: { format: 'docx', paragraph: 1 } },
      { kind: 'paragraph', text: '   ', source: { format: 'docx', paragraph: 2 } },
      { kind: 'paragraph', text: '一、总\t体情况', source: { format: 'docx', paragraph: 3 }, pieces: [{ start: 0, end: 2, source: 500 }] },
      {
        kind: 'table',
        source: { format: 'docx', table: 1 },
        rows: [
          { cells: [{ text: '组', rowSpan: 2, source: { format: 'docx', table: 1, row: 1, cell: 1 } }, { text: '12', pieces: [{ start: 0, end: 1, source: 900 }, { start: 1, end: 2, source: 950 }], source: { format: 'docx', table: 1, row: 1, cell: 2 } }] },
          { cells: [{ text: '', covered: true }, { text: '3', colSpan: 2 }] },
          { cells: [] },
        ],
      },
      { kind: 'paragraph', text: '二、主动公开政府信息情况' },
    ],
  };
  const view = renderTextView(doc);

  it('is one line per paragraph, a tab-led line per cell and a blank line after each row, as Word exports text', () => {
    assert.strictEqual(view.text, '某县2023年政府信息公开工作年度报告\n一、总 体情况\n\t组\n\t12\n\n\t\n\t3\n\n二、主动公开政府信息情况\n');
    assert.deepStrictEqual(view.blocks.map((b) => (b.kind === 'text' ? b.line.text : rowList(b.table.rows).map((r) => cellList(r.cells).map((c) => c.text)))), [
      '某县2023年政府信息公开工作年度报告', '一、总 体情况', [['组', '12'], ['', '3']], '二、主动公开政府信息情况',
    ]);
  });

  it('reads back through the text reader as the same blocks', () => {
    const reread = sourceFromText(view.text);
    assert.deepStrictEqual(reread.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.cells.map((c) => c.text)))), [
      '某县2023年政府信息公开工作年度报告', '一、总 体情况', [['组', '12'], ['', '3']], '二、主动公开政府信息情况',
    ]);
  });

  it('maps every paragraph and cell back to its source; a covered cell has none', () => {
    const at = (s: string) => spanAt(view, view.text.indexOf(s))?.source;
    assert.deepStrictEqual(at('一、总'), { format: 'docx', paragraph: 3 });
    assert.deepStrictEqual(at('12'), { format: 'docx', table: 1, row: 1, cell: 2 });
    assert.strictEqual(spanAt(view, view.text.indexOf('\t\n') + 1)?.source, undefined);
    assert.strictEqual(spanAt(view, view.text.indexOf('\t组')), undefined, 'the tab before a cell is not part of it');
  });

  it('places an edit of a number split over two runs in both runs of the source', () => {
    const start = view.text.indexOf('12');
    assert.deepStrictEqual(sourceEdits(view, { start, end: start + 2, text: '15' }), [{ start: 900, end: 901, text: '15' }, { start: 950, end: 951, text: '' }]);
    assert.deepStrictEqual(sourceEdits(view, { start: start + 1, end: start + 2, text: '5' }), [{ start: 950, end: 951, text: '5' }]);
    // 体 is not verbatim in the source (no piece covers it): the edit has no exact place there.
    const ti = view.text.indexOf('体');
    assert.strictEqual(sourceEdits(view, { start: ti, end: ti + 1, text: '体' }), undefined);
  });

  it('a paragraph and a cell of 150,001 lines each: all their 300,000 breaks hidden, in text order (no RangeError)', () => {
    const paragraph = Array(150_001).fill('正文').join('\n');
    const cell = '1'.repeat(150_001);
    const long = renderTextView({
      format: 'docx',
      blocks: [{ kind: 'paragraph', text: paragraph }, { kind: 'table', rows: [{ cells: [{ text: cell, breaks: Array.from({ length: 150_000 }, (_, i) => i + 1) }] }] }],
    });
    const cellStart = long.text.indexOf('\t1') + 1;
    assert.strictEqual(cellStart, paragraph.length + 2);
    assert.strictEqual(long.breaks.length, 300_000);
    assert.deepStrictEqual([long.breaks[0], long.breaks[149_999]], [{ start: 2, end: 3 }, { start: paragraph.length - 3, end: paragraph.length - 2 }]);
    assert.deepStrictEqual([long.breaks[150_000], long.breaks[299_999]], [{ start: cellStart + 1, end: cellStart + 1 }, { start: cellStart + 150_000, end: cellStart + 150_000 }]);
  });
});

describe('checking documents made by a reader', () => {
  it('the real reports, read as documents, give the findings of their texts', () => {
    for (const name of REPORT_FILES) {
      const text = readReport(name);
      // 003 is tab-separated: as a document its rows are the cells of each line, and read the same.
      const asDocument = checkSource(sourceFromText(text)).diagnostics.map(gist);
      assert.deepStrictEqual(asDocument, check(text).diagnostics.map(gist), name);
    }
  });

  it('a table the reader could not read gets one warning and nothing else: no sums, rows or missing table', () => {
    const text = buildReportText({ layout: 'word', override: { '4:review|total': '9' } }).text;
    const doc = sourceFromText(text);
    assert.ok(check(text).diagnostics.some((d) => d.rule === 'litigation-total'));
    const t4 = doc.blocks.findIndex((b) => b.kind === 'table' && b.rows.some((r) => r.cells.some((c) => c.text === '行政复议')));
    doc.blocks[t4] = { kind: 'table', rows: [], unreadable: 'image' };
    const { diagnostics } = checkSource(doc, { lang: 'en' });
    assert.deepStrictEqual(diagnostics.map((d) => [d.rule, d.severity, d.table]), [['table-unreadable', 'warning', 4]]);
    assert.match(diagnostics[0].message, /^Table 4 \(section 4\) cannot be read with certainty: the table is a picture/);
  });

  it('an unreadable table with rows is named by its rows, wherever it stands', () => {
    const text = buildReportText({ layout: 'word' }).text;
    const doc = sourceFromText(text);
    const t3 = doc.blocks.findIndex((b) => b.kind === 'table' && b.rows.some((r) => r.cells.some((c) => c.text.includes('勾稽关系'))));
    (doc.blocks[t3] as { unreadable?: string }).unreadable = 'column-order';
    assert.deepStrictEqual(checkSource(doc).diagnostics.map((d) => [d.rule, d.table]), [['table-unreadable', 3]]);
  });

  it('a PDF without a text layer gets one warning that it needs OCR, and nothing else', () => {
    const { diagnostics } = checkSource({ format: 'pdf', blocks: [], problem: 'no-text-layer' });
    assert.deepStrictEqual(diagnostics.map((d) => [d.rule, d.severity, d.range]), [['document-unreadable', 'warning', { start: 0, end: 0 }]]);
  });

  it('fixes a wrong total through the view and places the edit in the source', () => {
    // Table 4's 行政复议 总计 written as "9" in a run at source offset 7000.
    const text = buildReportText({ layout: 'word', override: { '4:review|total': '9' } }).text;
    const doc = sourceFromText(text);
    for (const b of doc.blocks) {
      if (b.kind !== 'table') continue;
      const row = b.rows.find((r) => r.cells.length === 15 && r.cells[4].text === '9');
      if (row) row.cells[4] = { ...row.cells[4], pieces: [{ start: 0, end: 1, source: 7000 }] };
    }
    const fixed = fixSource(doc);
    const expected = TABLE4_VALUES.slice(0, 4).reduce((a, b) => a + b, 0);
    assert.deepStrictEqual(fixed.sourceEdits, [{ start: 7000, end: 7001, text: String(expected) }]);
    assert.deepStrictEqual(fixed.diagnostics.filter((d) => d.severity === 'error'), []);
    assert.strictEqual(fixed.passes, 1);
  });

  it('an edit that has no verbatim place in the source leaves the source edits undefined', () => {
    const text = buildReportText({ layout: 'word', override: { '4:review|total': '9' } }).text;
    const fixed = fixSource(sourceFromText(text));
    assert.strictEqual(fixed.edits.length, 1);
    assert.strictEqual(fixed.sourceEdits, undefined);
  });
});

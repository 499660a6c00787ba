// Filling the official template (../shared/templates/official-template-2021.docx) in tests, as a writer fills it
// in Word: each given text becomes one run in the cell's first paragraph (the cell's paragraph properties kept,
// the full-width spaces the empty cells held removed), the title paragraph gets the report's title, and the zip
// is rewritten with only word/document.xml changed (through the .docx fix writer).
import { readFileSync } from 'fs';
import * as path from 'path';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { check } from '../../server/src/core';
import { table3RowsFor } from '../../server/src/core/template/table3';
import { writeDocxEdits } from '../../server/src/readers/docx';
import { readReport, REPORT_FILES } from './reports';

/** Beside the repository: from out/test/support when compiled, from the repository root (GOVREPORT_ROOT) when bundled. */
export const TEMPLATE_PATH = process.env.GOVREPORT_ROOT
  ? path.resolve(process.env.GOVREPORT_ROOT, '../shared/templates/official-template-2021.docx')
  : path.resolve(__dirname, '../../../../shared/templates/official-template-2021.docx');
export const TEMPLATE_TITLE = '政府信息公开工作年度报告格式模板';

/** Cell texts by key: table 2 by sub-table, row and column; table 3 by row and column; table 4 by group and column. */
export interface TemplateSpec {
  title: string;
  table2?: Record<string, Record<string, Record<string, string>>>;
  table3?: Record<string, Record<string, string>>;
  table4?: Record<string, Record<string, string>>;
}

/** The template's table 2 cells: sub-table → row → [template row (1-based w:tr), first value w:tc, column keys]. */
const TABLE2_CELLS: Record<string, Record<string, [number, number, string[]]>> = {
  1: { regulations: [3, 2, ['issued', 'repealed', 'in_force']], normative: [4, 2, ['issued', 'repealed', 'in_force']] },
  5: { licensing: [7, 2, ['decisions']] },
  6: { penalty: [10, 2, ['decisions']], enforcement: [11, 2, ['decisions']] },
  8: { fees: [14, 2, ['fee_amount']] },
};
const TABLE3_COLUMN_KEYS = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'];
/** v2021's 25 data rows stand in the template's rows 4…28; their seven numbers are each row's last seven cells. */
const TABLE3_FIRST_ROW = 4;
const TABLE4_GROUPS = ['review', 'suit_direct', 'suit_after_review'];
const TABLE4_COLUMN_KEYS = ['upheld', 'corrected', 'other', 'pending', 'total'];

/** Where each cell's first paragraph holds its content in document.xml: after its w:pPr, up to its end tag. */
interface CellSlot {
  start: number;
  end: number;
}

/** The content slot of every cell of the template's top-level tables, by "table:row:cell" (1-based), and the w:tc count of each row. */
function cellSlots(xml: string): { slots: Map<string, CellSlot>; cellsInRow: Map<string, number> } {
  const slots = new Map<string, CellSlot>();
  const cellsInRow = new Map<string, number>();
  const parser = new SaxesParser({ position: true });
  let table = 0;
  let row = 0;
  let cell = 0;
  let paragraphInCell = 0;
  let slot: CellSlot | undefined;
  parser.on('opentag', (tag) => {
    if (tag.name === 'w:tbl') [table, row] = [table + 1, 0];
    else if (tag.name === 'w:tr') [row, cell] = [row + 1, 0];
    else if (tag.name === 'w:tc') [cell, paragraphInCell] = [cell + 1, 0];
    else if (tag.name === 'w:p' && cell && ++paragraphInCell === 1) slot = { start: parser.position, end: -1 };
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:pPr' && slot && slot.end < 0) slot.start = parser.position;
    else if (tag.name === 'w:p' && slot) {
      if (tag.isSelfClosing) throw new Error('a cell of the template has an empty <w:p/>, which this filler does not write into');
      slot.end = parser.position - '</w:p>'.length;
      slots.set(`${table}:${row}:${cell}`, slot);
      slot = undefined;
    } else if (tag.name === 'w:tr') cellsInRow.set(`${table}:${row}`, cell);
  });
  parser.write(xml).close();
  return { slots, cellsInRow };
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const run = (text: string) => `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;

/** The filled template's .docx bytes. */
export function fillTemplate(spec: TemplateSpec): Uint8Array {
  const bytes = new Uint8Array(readFileSync(TEMPLATE_PATH));
  const xml = new TextDecoder().decode(unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']);
  const { slots, cellsInRow } = cellSlots(xml);
  const edits: { start: number; end: number; text: string }[] = [];
  const put = (table: number, row: number, cell: number, text: string) => {
    const slot = slots.get(`${table}:${row}:${cell}`);
    if (!slot) throw new Error(`the template has no cell ${table}:${row}:${cell}`);
    edits.push({ start: slot.start, end: slot.end, text: run(text) });
  };
  const title = xml.indexOf(`<w:t>${TEMPLATE_TITLE}</w:t>`) + '<w:t>'.length;
  if (title < '<w:t>'.length) throw new Error('the template has no title paragraph');
  edits.push({ start: title, end: title + TEMPLATE_TITLE.length, text: escapeXml(spec.title) });
  for (const [sub, rows] of Object.entries(spec.table2 ?? {})) {
    for (const [rowKey, cells] of Object.entries(rows)) {
      const [row, first, columns] = TABLE2_CELLS[sub]?.[rowKey] ?? [];
      if (!row) throw new Error(`the template's table 2 has no row ${sub}:${rowKey}`);
      for (const [column, text] of Object.entries(cells)) put(1, row, first! + columns!.indexOf(column), text);
    }
  }
  const table3Rows = table3RowsFor('v2021').map((r) => r.key);
  for (const [rowKey, cells] of Object.entries(spec.table3 ?? {})) {
    const row = TABLE3_FIRST_ROW + table3Rows.indexOf(rowKey);
    if (row < TABLE3_FIRST_ROW) throw new Error(`the v2021 table 3 has no row ${rowKey}`);
    const count = cellsInRow.get(`2:${row}`)!;
    for (const [column, text] of Object.entries(cells)) put(2, row, count - 7 + 1 + TABLE3_COLUMN_KEYS.indexOf(column), text);
  }
  for (const [group, cells] of Object.entries(spec.table4 ?? {})) {
    for (const [column, text] of Object.entries(cells)) put(3, 4, 1 + 5 * TABLE4_GROUPS.indexOf(group) + TABLE4_COLUMN_KEYS.indexOf(column), text);
  }
  edits.sort((a, b) => a.start - b.start);
  return writeDocxEdits(bytes, edits);
}

/**
 * The spec of a real report's text, read through the core (`check(text).report`): every cell's text as written.
 * - Table 3 of a v2019 report goes into v2021's rows: every row has its counterpart except （六）其他处理, whose one
 *   v2019 row goes into v2021's other.3 (3.其他), with 0 in other.1 and other.2, so that every sum stays the same.
 * - Table 2 is filled only for a v2021 report: v2019's columns (本年新制作数量, 上一年项目数量 …) have no exact
 *   counterpart in v2021's, so a v2019 report's table 2 is left as the template has it.
 * - A row the text could not read (a `problem` such as too-few) has no cells in the model: it is left blank, as
 *   the template has it (which column a missing number belonged to cannot be known). A row whose surplus cell the
 *   core set aside (surplus-resolved) is written with the seven cells the core read.
 */
export function specFromReport(text: string): TemplateSpec {
  const { report } = check(text);
  const spec: TemplateSpec = { title: report.title?.text ?? '', table3: {}, table4: {} };
  // A Word export writes a bookmark as a marker (`[bookmark: _GoBack]0`); in a .docx it is an element, not text.
  const cellsOf = (row: { cells: ReadonlyMap<string, { text: string }> }) => Object.fromEntries([...row.cells].map(([k, c]) => [k, c.text.replace(/\[bookmark:[^\]]*\]/g, '')]));
  for (const t of report.tables) {
    if (t.number === 2 && t.version === 'v2021') {
      spec.table2 = {};
      for (const sub of t.subTables ?? []) spec.table2[sub.key] = Object.fromEntries(sub.rows.filter((r) => r.cells.size).map((r) => [r.key, cellsOf(r)]));
    } else if (t.number === 3) {
      for (const r of t.rows) {
        if (!r.cells.size) continue;
        if (r.key === 'other' && t.version === 'v2019') {
          spec.table3!['other.1'] = Object.fromEntries(TABLE3_COLUMN_KEYS.map((k) => [k, '0']));
          spec.table3!['other.2'] = Object.fromEntries(TABLE3_COLUMN_KEYS.map((k) => [k, '0']));
          spec.table3!['other.3'] = cellsOf(r);
        } else spec.table3![r.key] = cellsOf(r);
      }
    } else if (t.number === 4) {
      for (const r of t.rows) if (r.cells.size) spec.table4![r.key] = cellsOf(r);
    }
  }
  return spec;
}

/** The five real reports filled into the template, in REPORT_FILES order. */
export const filledReports = (): Uint8Array[] => REPORT_FILES.map((name) => fillTemplate(specFromReport(readReport(name))));

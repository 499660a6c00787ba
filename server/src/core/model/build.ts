import type { OffsetRange, ReportModel, SectionModel, TableModel, TemplateVersion } from '../types';
import { Block, readBlocks } from '../parse/blocks';
import { CellArray, rawCell, RawRow, RawRows, RawTable, RowArray, RowRuns } from '../parse/rawTable';
import { ParagraphList } from './paragraphs';
import { isAsciiDigit } from '../parse/cellValue';
import { isWhiteSpaceOnly, normalizeLabel, skipWhiteSpace } from '../text/normalize';
import { TABLE3_ROWS } from '../template/table3';
import { TABLE4_HEADER_WORDS } from '../template/table4';
import { classifyHeading, firstVisibleChar, headingCandidate } from './headings';
import { buildTable2, captionItem } from './table2';
import { buildTable3 } from './table3';
import { buildTable4 } from './table4';
import { unlessMisread, unreadableTable } from './unreadable';
import { withAlignedTables } from './alignedBlocks';

/** The version the report year calls for (spec §1). */
export function expectedVersion(year: number | undefined): TemplateVersion | undefined {
  if (year === undefined) return undefined;
  return year >= 2021 ? 'v2021' : year >= 2019 ? 'v2019' : undefined;
}

/** Whether a line reads as a section heading: what keeps a heading below a table from being taken for a wrapped cell. */
export function isHeadingLine(text: string): boolean {
  const c = headingCandidate(text);
  return !!c && !!classifyHeading(c, 0);
}

/** Parses a report text: the text reader's one pass over the lines into blocks, then the model. */
export function buildReport(text: string): ReportModel {
  const { blocks, lines } = readBlocks(text, isHeadingLine);
  return buildFromBlocks(text, withAlignedTables(text, blocks, lines));
}

/**
 * The report model of a document: its paragraphs and tables (`blocks`, in reading order, with ranges into `text`),
 * whichever reader made them. Sections and tables are found here; nothing below knows the format.
 */
export function buildFromBlocks(text: string, blocks: Iterable<Block>): ReportModel {
  const paragraphs = new ParagraphList(text);
  const report: ReportModel = { text, sections: [], tables: [], paragraphs };

  const titleLines: { text: string; range: OffsetRange }[] = [];
  let titleDone = false;
  let previousNumber = 0;
  let current: SectionModel | undefined;
  const pendingTables: { raw: RawTable; rows: RowRuns; kind: 2 | 3 | 4; section?: SectionModel }[] = [];
  let pendingCaption: RawRow | undefined;
  /** Per statistical table, the first line in its own section that is one of its labels (a caption, a header). */
  const labelLines = new Map<Kind, { range: OffsetRange; section: SectionModel }>();

  /** Where the last block before the current one ends: a section ends at its last content. */
  let contentEnd = 0;
  for (const block of blocks) {
    const blockEnd = contentEnd;
    contentEnd = block.kind === 'table' ? block.table.range.end : block.line.end;
    if (block.kind === 'table') {
      titleDone = true;
      if (!report.layout) report.layout = block.table.layout;
      const rows = pendingCaption ? new RowRuns().add(new RowArray([pendingCaption]), 0, 1).add(block.table.rows, 0, block.table.rows.length) : block.table.rows;
      pendingCaption = undefined;
      if (block.table.unreadable) {
        // The table the reader could not read is the one its rows announce, else the one its section holds.
        const kind = splitByKind(rows)[0]?.kind ?? tableOfSection(current);
        if (kind) pendingTables.push({ raw: block.table, rows: new RowRuns().add(rows, 0, rows.length), kind, section: current });
        continue;
      }
      for (const seg of splitByKind(rows)) {
        // Table 2's sub-tables may come as separate tables under paragraph captions: they make one table 2.
        const prev = pendingTables[pendingTables.length - 1];
        if (seg.kind === 2 && prev?.kind === 2 && prev.section === current && captionItem(firstCellText(seg.rows)) !== undefined) {
          prev.rows.addAll(seg.rows);
        } else {
          pendingTables.push({ raw: block.table, rows: seg.rows, kind: seg.kind, section: current });
        }
      }
      continue;
    }
    const line = block.line;
    const t = line.text;
    const cand = headingCandidate(t);
    const classified = cand && classifyHeading(cand, previousNumber);
    // A line that is one of table 3's row labels (四、结转下年度继续办理, its cells lost) is the table's, not a section.
    const kind = classified && (classified.kind === 'section' || tableLabelOf(t) === undefined) ? classified : undefined;
    if (cand && kind) {
      titleDone = true;
      pendingCaption = undefined; // a caption belongs to a table of its own section

      if (current) current.range = { start: current.range.start, end: blockEnd };
      previousNumber = Number.isNaN(cand.numberValue) ? previousNumber + 1 : cand.numberValue;
      current = {
        canonical: kind.kind === 'section' ? kind.section.canonical : undefined,
        numberText: cand.numberText,
        numberValue: cand.numberValue,
        title: cand.title,
        titleRange: { start: line.start + cand.titleStart, end: line.start + cand.titleEnd },
        headingRange: { start: line.start, end: line.end },
        range: { start: line.start, end: line.end },
        titleMatch: kind.kind === 'section' ? kind.match : 'extra',
        subHeadings: [],
      };
      report.sections.push(current);
      continue;
    }
    const own = tableOfSection(current);
    if (own && !labelLines.has(own) && tableLabelOf(t) === own) labelLines.set(own, { range: { start: line.start, end: line.end }, section: current! });
    // A caption written as a paragraph (Markdown drafts) belongs to the table below it.
    if (captionItem(t) !== undefined && t.trim().length <= 20) {
      const at = line.start + t.indexOf(t.trim());
      pendingCaption = { cells: new CellArray([rawCell(t.trim(), { start: at, end: at + t.trim().length })]), range: { start: line.start, end: line.end } };
      continue;
    }
    if (!titleDone && !current) {
      const s = t.replace(/^\s*#+\s*/, '').trim();
      if (s.length <= 60 && !/[。；]$/.test(s) && titleLines.length < 3) {
        const off = t.indexOf(s);
        titleLines.push({ text: s, range: { start: line.start + off, end: line.start + off + s.length } });
        if (/报告|年报/.test(s)) titleDone = true;
        continue;
      }
      titleDone = true;
    }
    // A line that is only a comment (<!-- govreport-disable … -->, a Markdown note) is no text of the report.
    if (!isWhiteSpaceOnly(t, 0, t.length) && !COMMENT_LINE.test(t)) paragraphs.add(line.start, line.end, current?.canonical);
    if (current && mayBeSubHeading(t) && SUB_HEADING.test(t) && t.trim().length <= 40) {
      current.subHeadings.push({ text: t.trim(), range: { start: line.start + t.indexOf(t.trim()), end: line.end } });
    }
    if (report.reportYear === undefined && t.includes('月')) {
      const period = /统计期限[^0-9]{0,6}((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日/.exec(t) ?? /((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日(?:起)?(?:至|到)/.exec(t);
      if (period) {
        report.reportYear = Number(period[1]);
        report.yearSource = 'period';
      }
    }
  }
  if (current) current.range = { start: current.range.start, end: contentEnd };

  if (titleLines.length && titleLines.some((l) => /报告|年报/.test(l.text))) {
    const upTo = titleLines.findIndex((l) => /报告|年报/.test(l.text));
    const parts = titleLines.slice(0, upTo + 1);
    const titleText = parts.map((p) => p.text).join('');
    report.title = { text: titleText, range: { start: parts[0].range.start, end: parts[parts.length - 1].range.end } };
    const y = /((?:19|20)\d{2})\s*年/.exec(titleText);
    if (y) {
      report.reportYear = Number(y[1]);
      report.yearSource = 'title';
    }
    report.issuingBody = issuingBody(titleText);
  }

  const fallback = expectedVersion(report.reportYear) ?? 'v2021';
  for (const p of pendingTables) {
    const table: TableModel = p.raw.unreadable
      ? unreadableTable(p.kind, p.raw, p.raw.unreadable)
      : unlessMisread(p.kind === 2 ? buildTable2(p.raw, p.rows, fallback) : p.kind === 3 ? buildTable3(p.raw, p.rows) : buildTable4(p.raw, p.rows), p.raw);
    table.sectionIndex = p.section?.canonical;
    // A table with no rows read (its text came column by column) is pointed at by its first line, not its whole span.
    if (!p.raw.rows.length) table.anchor = firstLine(text, table.anchor);
    report.tables.push(table);
  }
  // A table whose labels stand in its section as lines of text, with no table of that kind found: its cells could
  // not be read (its numbers are a picture, or the text was not extracted row by row). It is there: not missing.
  for (const [kind, at] of labelLines) {
    if (report.tables.some((t) => t.number === kind)) continue;
    const table = unreadableTable(kind, { layout: 'word', rows: new RowArray([]), range: at.range }, 'no-cells');
    table.sectionIndex = at.section.canonical;
    report.tables.push(table);
  }
  report.tables.sort((a, b) => a.range.start - b.range.start);
  const versions = new Set(report.tables.filter((t) => t.number !== 4).map((t) => t.version).filter((v) => v));
  report.version = versions.size === 1 ? [...versions][0] : versions.size > 1 ? 'mixed' : undefined;
  return report;
}

const COMMENT_LINE = /^\s*<!--.*-->\s*$/;

function firstLine(text: string, r: OffsetRange): OffsetRange {
  let end = r.start;
  while (end < r.end && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return { start: r.start, end };
}

const SUB_HEADING = /^\s*(?:[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|\d{1,2}[.．、])/;

/** A sub-heading starts with a bracket or a digit: (一), （二）, 1. */
function mayBeSubHeading(line: string): boolean {
  const c = firstVisibleChar(line);
  return c === 0xff08 /* （ */ || c === 0x28 /* ( */ || isAsciiDigit(c);
}

function issuingBody(title: string): string | undefined {
  const m = /^(.*?)((?:19|20)\d{2})\s*年度?(.*)$/.exec(title);
  if (!m) return undefined;
  if (m[1].trim()) return m[1].trim();
  const after = m[3];
  const cut = after.search(/政府信息公开|信息公开|政务公开/);
  return cut > 0 ? after.slice(0, cut) : undefined;
}

type Kind = 2 | 3 | 4;

/** Normalized header and label cells of tables 2, 3 and 4, as they stand alone on a line when a table's cells are lost. */
const TABLE_LABELS = new Map<string, Kind>([
  ['信息内容', 2],
  ['申请人情况', 3], ['自然人', 3], ['法人或其他组织', 3], ...TABLE3_ROWS.filter((r) => !r.group).map((r) => [normalizeLabel(r.label), 3] as [string, Kind]),
  ...[...TABLE4_HEADER_WORDS].map((w) => [normalizeLabel(w), 4] as [string, Kind]),
]);

/** Which table a short line of text is a label of: a 第二十条 caption, a header or row label cell, 勾稽关系's note. */
function tableLabelOf(line: string): Kind | undefined {
  if (line.length > 60) return undefined;
  if (captionItem(line) !== undefined) return 2;
  if (line.includes('勾稽关系')) return 3;
  return TABLE_LABELS.get(normalizeLabel(line));
}

/** The statistical table a section of the template holds (二 → table 2, 三 → 3, 四 → 4). */
function tableOfSection(section: SectionModel | undefined): Kind | undefined {
  const n = section?.canonical;
  return n === 2 || n === 3 || n === 4 ? n : undefined;
}

const isTable2Marker = (t: string) => t.includes('第二十条') && captionItem(t) !== undefined;
const isTable3Marker = (t: string) => t.includes('勾稽关系') || t.includes('申请人情况') || t.includes('本年新收');
const isTable4Marker = (t: string) => t.startsWith('行政复议', skipWhiteSpace(t, 0, t.length));

/** Every marker of a table's start; a cell with none of them announces nothing (most label cells). */
const MARKERS = ['第二十条', '勾稽关系', '申请人情况', '本年新收', '行政复议'];
const [DI, GOU, SHEN, BEN, XING] = MARKERS.map((m) => m.charCodeAt(0));

/**
 * Whether a cell's text holds any marker. The markers' first characters are distinct: a loop looks for those and
 * compares the rest only there (a regular expression cost more than the rest of the split).
 */
function hasMarker(t: string): boolean {
  for (let i = 0; i + 4 <= t.length; i++) {
    const c = t.charCodeAt(i);
    if (c !== DI && c !== GOU && c !== SHEN && c !== BEN && c !== XING) continue;
    for (const m of MARKERS) if (t.startsWith(m, i)) return true;
  }
  return false;
}

/**
 * Which statistical table a row announces, if any: a 第二十条 caption, table 3's header, table 4's 行政复议.
 * A row with markers of several tables announces the first of them in that order.
 */
function rowKind({ cells }: RawRow): Kind | undefined {
  let kind: Kind | undefined;
  for (let i = 0; i < cells.length; i++) {
    if (cells.digits(i) >= 0) continue; // number cells, the bulk of every table
    const t = cells.text(i);
    if (isAsciiDigit(t.charCodeAt(0)) || !hasMarker(t)) continue; // and plain labels
    if (isTable2Marker(t)) return 2;
    if (isTable3Marker(t)) kind = 3;
    else if (kind === undefined && isTable4Marker(t)) kind = 4;
  }
  return kind;
}

/** Splits a run of table rows where another statistical table begins; rows before any marker are dropped. */
function splitByKind(rows: RawRows): { kind: Kind; rows: RowRuns }[] {
  const out: { kind: Kind; rows: RowRuns }[] = [];
  let cur: { kind: Kind; rows: RowRuns } | undefined;
  let from = 0;
  for (let i = 0; i < rows.length; i++) {
    const k = rowKind(rows.row(i));
    if (k !== undefined && (!cur || cur.kind !== k)) {
      cur?.rows.add(rows, from, i);
      cur = { kind: k, rows: new RowRuns() };
      out.push(cur);
      from = i;
    }
  }
  cur?.rows.add(rows, from, rows.length);
  return out;
}

/** The text of the first cell of the first row, or '' when it has none. */
function firstCellText(rows: RawRows): string {
  const { cells } = rows.row(0);
  return cells.length ? cells.text(0) : '';
}

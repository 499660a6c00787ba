// word/document.xml, streamed once with saxes into the document's blocks (formatting blocks that hold nothing the
// reader reads are stepped over: skipProperties.ts), read as the document prints: deleted and moved-away text
// (w:del, w:moveFrom), field instructions (w:instrText, and everything between a field's begin and separate marks),
// hidden runs (w:vanish), text boxes and the fallback copy of alternate content are left out; inserted and
// moved-here text, field results, content controls (w:sdt) and hyperlinks are read as plain content.
// Locations: a body paragraph is `{ paragraph: n }`, where n counts, from 1, the w:p elements that stand outside
// every table and outside the content left out above (content controls and custom XML around a paragraph do not
// hide it); a paragraph broken by w:br or w:cr gives every piece the same n. Table, row and cell numbers are
// explained in tables.ts.
import type { SaxesTagPlain } from 'saxes';
import type { SourceBlock, SourceParagraph } from '../../core/source/document';
import { appendAll } from '../../core/arrays';
import { ReaderError } from '../reader';
import type { ListCounters } from './listCounters';
import { joined, ParagraphText, prefixed } from './paragraph';
import type { Segment } from './paragraph';
import type { AttributeOf } from './sax';
import { isOn, streamPart } from './sax';
import type { ContainerItem, TableBuilder } from './tables';
import { resolveTable } from './tables';
import { rangesToStream } from './skipProperties';
import { verbatimPieces } from './xmlText';

/** Elements whose content does not print (or prints elsewhere: a text box is not part of the text flow). */
const LEFT_OUT = new Set([
  'del', 'moveFrom', 'instrText', 'delText', 'delInstrText', 'txbxContent', 'sdtPr', 'sdtEndPr',
  'tblPr', 'tblGrid', 'tblPrEx', 'sectPr', 'fldData', 'footnotePr', 'endnotePr',
]);
/**
 * Tables nested deeper than this make the file unreadable (ReaderError `too-deep`). A report nests two or three
 * deep at most (a layout frame around a template table, a table in one of its cells); a file nested past 64 is made
 * by a program, not a person, and each nested table is handed up through every table that holds it, so unbounded
 * nesting would cost time and memory by the square of the depth.
 */
export const MAX_TABLE_DEPTH = 64;

/** Property elements: read for the few properties that matter, never for text. */
const PROPERTIES = new Set(['pPr', 'rPr', 'trPr', 'tcPr']);

interface Container {
  items: ContainerItem[];
  /** A paragraph whose mark was deleted: it prints joined to the next paragraph of the same container. */
  carry?: Segment;
}

interface Paragraph {
  text: ParagraphText;
  /** Body paragraphs: their number (see above); undefined in a table. */
  index?: number;
  style?: string;
  numId?: string;
  ilvl?: number;
  markDeleted: boolean;
}

export function readBody(xml: string, lists: ListCounters): SourceBlock[] {
  const body: Container = { items: [] };
  const containers: Container[] = [body];
  const tables: TableBuilder[] = [];
  let skip = 0;
  let property = '';
  let propertyDepth = 0;
  let paragraph: Paragraph | undefined;
  let bodyParagraphs = 0;
  let tableCount = 0;
  let hiddenRun = false;
  let inText = false;
  let markupEnd = 0;
  /** Open complex fields, innermost last: true once past the separate mark (the result prints). */
  const fields: boolean[] = [];
  let instructionFields = 0;

  const visible = () => !hiddenRun && instructionFields === 0 && paragraph !== undefined;
  const container = () => containers[containers.length - 1];
  const currentRow = () => tables[tables.length - 1]?.rows.at(-1);

  function readProperty(local: string, tag: SaxesTagPlain, attr: AttributeOf): void {
    const val = attr(tag, 'val');
    if (property === 'pPr' && paragraph) {
      if (local === 'pStyle') paragraph.style = val;
      else if (local === 'numId') paragraph.numId = val;
      else if (local === 'ilvl') paragraph.ilvl = Number(val) || 0;
      else if (local === 'del' || local === 'moveFrom') paragraph.markDeleted = true;
    } else if (property === 'rPr' && local === 'vanish') hiddenRun = isOn(tag, attr);
    else if (property === 'trPr') {
      const row = currentRow();
      if (row && local === 'gridBefore') row.gridBefore = Math.max(0, Number(val) || 0);
      else if (row && local === 'del') row.deleted = true;
    } else if (property === 'tcPr') {
      const cell = currentRow()?.cells.at(-1);
      if (!cell) return;
      if (local === 'gridSpan') cell.gridSpan = Math.max(1, Number(val) || 1);
      else if (local === 'vMerge') cell.vMerge = val === 'restart' ? 'restart' : 'continue';
      else if (local === 'hMerge') cell.hMerge = val === 'restart' ? 'restart' : 'continue';
    }
  }

  function fieldChar(type: string | undefined): void {
    if (type === 'begin') {
      fields.push(false);
      instructionFields++;
    } else if (type === 'separate' && fields.length && !fields[fields.length - 1]) {
      fields[fields.length - 1] = true;
      instructionFields--;
    } else if (type === 'end' && fields.length) {
      if (!fields.pop()) instructionFields--;
    }
  }

  function endParagraph(p: Paragraph): void {
    const segments = p.text.finish();
    // A paragraph whose mark is deleted is no paragraph of its own when printed: it has no number.
    const label = p.markDeleted ? undefined : lists.label(p);
    if (label) segments[0] = prefixed(label, segments[0]);
    const c = container();
    if (c.carry) {
      segments[0] = joined([c.carry, segments[0]]);
      c.carry = undefined;
    }
    if (p.markDeleted) c.carry = segments.pop();
    // In a cell the pieces join (tables.ts), but a layout frame's paragraphs stay apart, as in the body.
    if (p.index === undefined) for (const s of segments) c.items.push(cellParagraph(s));
    else for (const s of segments) if (s.text) c.items.push(bodyParagraph(s, p.index));
  }

  function endContainer(c: Container, index?: number): void {
    if (!c.carry) return;
    c.items.push(index === undefined ? cellParagraph(c.carry) : bodyParagraph(c.carry, index));
    c.carry = undefined;
  }

  streamPart(xml, {
    open(local, tag, at, attr) {
      markupEnd = at;
      if (skip) return void skip++;
      if (property) {
        propertyDepth++;
        if (local.endsWith('Change')) skip = 1; // the properties before a tracked change
        else readProperty(local, tag, attr);
        return;
      }
      if (!local) {
        if (tag.name.endsWith(':Fallback')) skip = 1;
        return;
      }
      if (LEFT_OUT.has(local)) skip = 1;
      else if (PROPERTIES.has(local)) {
        property = local;
        propertyDepth = 1;
      } else if (local === 'p') {
        paragraph = { text: new ParagraphText(), markDeleted: false, index: tables.length ? undefined : ++bodyParagraphs };
      } else if (local === 't') inText = true;
      else if (local === 'tab' || local === 'ptab') {
        if (visible()) paragraph!.text.add(' ');
      } else if (local === 'br' || local === 'cr') {
        if (visible()) paragraph!.text.breakLine();
      } else if (local === 'noBreakHyphen') {
        if (visible()) paragraph!.text.add('-');
      } else if (local === 'fldChar') fieldChar(attr(tag, 'fldCharType'));
      else if (local === 'tbl') {
        if (tables.length === MAX_TABLE_DEPTH) throw new ReaderError('too-deep', `tables nested more than ${MAX_TABLE_DEPTH} deep`);
        tables.push({ number: ++tableCount, rows: [] });
      }
      else if (local === 'tr') {
        const t = tables[tables.length - 1];
        if (t) t.rows.push({ index: t.rows.length + 1, gridBefore: 0, deleted: false, cells: [] });
      } else if (local === 'tc') {
        const row = currentRow();
        if (row) {
          const cell = { index: row.cells.length + 1, gridSpan: 1, items: [] };
          row.cells.push(cell);
          containers.push(cell);
        }
      }
    },
    close(local, _tag, at) {
      markupEnd = at;
      if (skip) return void skip--;
      if (property) {
        if (--propertyDepth === 0) property = '';
        return;
      }
      if (local === 't') inText = false;
      else if (local === 'r') hiddenRun = false;
      else if (local === 'p' && paragraph) {
        endParagraph(paragraph);
        paragraph = undefined;
      } else if (local === 'tc' && containers.length > 1 && tables.length) endContainer(containers.pop()!);
      else if (local === 'tbl' && tables.length) {
        appendAll(container().items, resolveTable(tables.pop()!));
      }
    },
    text(text, at) {
      if (!inText || skip || !visible()) return;
      const rawEnd = at - 1;
      paragraph!.text.addVerbatim(text, verbatimPieces(text, xml.slice(markupEnd, rawEnd), markupEnd));
    },
    markup(at) {
      markupEnd = at;
    },
  }, rangesToStream(xml));
  endContainer(body, bodyParagraphs);
  return body.items;
}

const bodyParagraph = (s: Segment, index: number): SourceParagraph => {
  const p: SourceParagraph = { kind: 'paragraph', text: s.text, source: { format: 'docx', paragraph: index } };
  if (s.pieces.length) p.pieces = s.pieces;
  return p;
};

const cellParagraph = (s: Segment): SourceParagraph => {
  const p: SourceParagraph = { kind: 'paragraph', text: s.text };
  if (s.pieces.length) p.pieces = s.pieces;
  return p;
};

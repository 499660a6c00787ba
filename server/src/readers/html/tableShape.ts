// A <table>'s rows and cells as the HTML table model places them: the rows of <thead> first, then the bodies and
// bare rows in order, then <tfoot> (as a browser draws them whatever the source order); hidden rows and cells left
// out; each row group's extent, since rowspan="0" and an overlong rowspan stop at the end of their group.
import { attribute, isElement, type Element } from './dom';
import { isHidden } from './elements';

export interface ShapeRow {
  tr: Element;
  cells: Element[];
  /** The index of the first row after this row's group. */
  groupEnd: number;
}

export interface TableShape {
  caption?: Element;
  rows: ShapeRow[];
  /** The number of cells in all rows. */
  cellCount: number;
}

export function tableShape(table: Element): TableShape {
  let caption: Element | undefined;
  const heads: Element[][] = [];
  const bodies: Element[][] = [];
  const feet: Element[][] = [];
  let bare: Element[] | undefined;
  for (const child of table.childNodes) {
    if (!isElement(child) || isHidden(child)) continue;
    const tag = child.tagName;
    if (tag === 'caption') caption ??= child;
    else if (tag === 'tr') {
      if (!bare) bodies.push((bare = []));
      bare.push(child);
    } else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      bare = undefined;
      const rows = child.childNodes.filter((n): n is Element => isElement(n) && n.tagName === 'tr' && !isHidden(n));
      (tag === 'thead' ? heads : tag === 'tfoot' ? feet : bodies).push(rows);
    }
  }
  const rows: ShapeRow[] = [];
  let cellCount = 0;
  for (const group of [...heads, ...bodies, ...feet]) {
    const groupRows: { tr: Element; cells: Element[] }[] = [];
    for (const tr of group) {
      const cells = tr.childNodes.filter((n): n is Element => isElement(n) && (n.tagName === 'td' || n.tagName === 'th') && !isHidden(n));
      if (!isGridRow(tr, cells)) groupRows.push({ tr, cells });
    }
    const groupEnd = rows.length + groupRows.length;
    for (const r of groupRows) {
      cellCount += r.cells.length;
      rows.push({ ...r, groupEnd });
    }
  }
  return { caption, rows, cellCount };
}

/**
 * Word's "save as HTML" ends a table whose rows have cells of different widths with a row that only sets the column
 * widths (<tr height=0> of empty cells, between <![if !supportMisalignedColumns]> and <![endif]>): no row of the
 * document, and Word's text export has none.
 */
function isGridRow(tr: Element, cells: Element[]): boolean {
  return attribute(tr, 'height') === '0' && cells.every((td) => td.childNodes.length === 0);
}

/** A non-negative integer attribute as the HTML standard parses it (leading digits), or `fallback`. */
function integerAttribute(el: Element, name: string, fallback: number): number {
  const m = /^[\t\n\f\r ]*\+?(\d+)/.exec(attribute(el, name) ?? '');
  return m ? Number(m[1].slice(0, 9)) : fallback;
}

/** colspan: 1 when absent, zero or invalid; at most 1000. */
export function colSpanOf(cell: Element): number {
  const n = integerAttribute(cell, 'colspan', 1);
  return n < 1 ? 1 : Math.min(n, 1000);
}

/** rowspan within the row group: 0 means to the group's end; at most 65534, and never past the group. */
export function rowSpanOf(cell: Element, rowIndex: number, groupEnd: number): number {
  const n = Math.min(integerAttribute(cell, 'rowspan', 1), 65534);
  const left = groupEnd - rowIndex;
  return n === 0 ? left : Math.min(n, left);
}

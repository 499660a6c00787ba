// word/styles.xml, for what reading needs: the numbering a paragraph style gives its paragraphs (w:numPr in the
// style, or in a style it is based on), since headings numbered 一、 by a heading style read as numbered.
import { streamPart } from './sax';

export interface StyleNumbering {
  numId?: string;
  ilvl?: number;
}

export interface ParagraphStyle extends StyleNumbering {
  basedOn?: string;
}

export interface Styles {
  paragraph: Map<string, ParagraphStyle>;
  /** The style of paragraphs that name none (w:default="1"). */
  defaultParagraph?: string;
}

export const emptyStyles = (): Styles => ({ paragraph: new Map() });

export function readStyles(xml: string): Styles {
  const out = emptyStyles();
  let style: ParagraphStyle | undefined;
  let inPPr = 0;
  streamPart(xml, {
    open(local, tag, _p, attr) {
      if (local === 'style') {
        if (attr(tag, 'type') !== 'paragraph') return;
        const id = attr(tag, 'styleId') ?? '';
        style = {};
        out.paragraph.set(id, style);
        const isDefault = attr(tag, 'default');
        if (isDefault === '1' || isDefault === 'true') out.defaultParagraph = id;
      } else if (!style) return;
      else if (local === 'basedOn') style.basedOn = attr(tag, 'val');
      else if (local === 'pPr') inPPr++;
      else if (inPPr && local === 'numId') style.numId = attr(tag, 'val');
      else if (inPPr && local === 'ilvl') style.ilvl = Number(attr(tag, 'val')) || 0;
    },
    close(local) {
      if (local === 'style') style = undefined;
      else if (local === 'pPr' && inPPr) inPPr--;
    },
  });
  return out;
}

/**
 * The numbering a paragraph style gives, following w:basedOn (the nearest style that says wins; a chain that
 * loops ends at its first repeat). `styleId` is the style that set numId, which may select the level.
 */
export function styleNumbering(styles: Styles, id: string | undefined): (StyleNumbering & { styleId: string }) | undefined {
  const seen = new Set<string>();
  let numId: string | undefined;
  let ilvl: number | undefined;
  let styleId = '';
  for (let at = id ?? styles.defaultParagraph; at !== undefined && !seen.has(at); ) {
    seen.add(at);
    const s = styles.paragraph.get(at);
    if (!s) break;
    if (numId === undefined && s.numId !== undefined) {
      numId = s.numId;
      styleId = at;
    }
    if (ilvl === undefined && s.ilvl !== undefined) ilvl = s.ilvl;
    at = s.basedOn;
  }
  return numId === undefined ? undefined : { numId, ilvl, styleId };
}

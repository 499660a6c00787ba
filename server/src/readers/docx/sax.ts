// Streaming an OOXML part with saxes: elements of the WordprocessingML namespace by their local name, whatever
// prefix the part gives it (Word writes `w:`, other tools may not), positions as offsets of the part's string, and
// a broken part (or one nested past MAX_XML_DEPTH) as a ReaderError. The part may be given as the ranges to stream (see skipProperties.ts): saxes
// then reads them one after the other, and every position is moved back to where it stands in the part.
import type { SaxesTagPlain } from 'saxes';
import type * as Saxes from 'saxes';
import { ReaderError } from '../reader';

/** saxes is loaded by the first .docx read (require() keeps it once loaded). */
const saxes = (): typeof Saxes => require('saxes');

const MAIN_NAMESPACES = ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'];

/**
 * Elements nested deeper than this make a part unreadable (ReaderError `too-deep`). Word nests a report's text a
 * dozen elements deep, and even tables nested as deep as the reader reads them (body.ts) stay under a few hundred;
 * saxes keeps an object for every open element, so a part of a million nested elements (a few kilobytes deflated)
 * would take hundreds of megabytes to stream.
 */
export const MAX_XML_DEPTH = 1024;

/** An attribute of the main namespace (`w:val`) of an element, by local name. */
export type AttributeOf = (tag: SaxesTagPlain, name: string) => string | undefined;

/** `at` is the offset in the part just after the event's markup (after `>`; for a text, just after the `<` that ends it). */
export interface PartHandlers {
  /** `local` is the element's name in the main namespace, '' for an element of another namespace. */
  open(local: string, tag: SaxesTagPlain, at: number, attr: AttributeOf): void;
  close(local: string, tag: SaxesTagPlain, at: number): void;
  text?(text: string, at: number): void;
  /** A CDATA section, comment or processing instruction ended: the markup before the next text ends here. */
  markup?(at: number): void;
}

/** The main namespace's prefix ('' for the default namespace), read from the root element's declarations. */
function mainPrefix(tag: SaxesTagPlain): string | undefined {
  for (const [name, value] of Object.entries(tag.attributes)) {
    if (!MAIN_NAMESPACES.includes(value)) continue;
    if (name === 'xmlns') return '';
    if (name.startsWith('xmlns:')) return name.slice(6);
  }
  return undefined;
}

/**
 * Parses a part in one pass; malformed XML throws ReaderError('corrupt'). `ranges` (sorted, disjoint [start, end)
 * offsets, by default the whole part) are what saxes reads.
 */
export function streamPart(xml: string, handlers: PartHandlers, ranges: [number, number][] = [[0, xml.length]]): void {
  const { SaxesParser } = saxes();
  const parser = new SaxesParser({ xmlns: false, position: true });
  let prefix: string | undefined;
  let head = '';
  /** What was stepped over before the range being read: a saxes position plus this is an offset of the part. */
  let skipped = 0;
  const attr: AttributeOf = (tag, name) => tag.attributes[head + name];
  // Local names by qualified name: a part repeats a few dozen names thousands of times.
  const locals = new Map<string, string>();
  const local = (name: string) => {
    let l = locals.get(name);
    if (l === undefined) {
      if (prefix === undefined) l = '';
      else if (!prefix) l = name.includes(':') ? '' : name;
      else l = name.length > head.length && name.startsWith(head) ? name.slice(head.length) : '';
      if (prefix !== undefined) locals.set(name, l);
    }
    return l;
  };
  parser.on('error', (e) => {
    throw new ReaderError('corrupt', e.message);
  });
  let depth = 0;
  parser.on('opentag', (tag) => {
    if (++depth > MAX_XML_DEPTH) throw new ReaderError('too-deep', `elements nested more than ${MAX_XML_DEPTH} deep`);
    if (prefix === undefined) {
      prefix = mainPrefix(tag);
      head = prefix ? `${prefix}:` : '';
    }
    handlers.open(local(tag.name), tag, parser.position + skipped, attr);
  });
  parser.on('closetag', (tag) => {
    depth--;
    handlers.close(local(tag.name), tag, parser.position + skipped);
  });
  if (handlers.text) {
    const text = handlers.text;
    parser.on('text', (t) => text(t, parser.position + skipped));
  }
  if (handlers.markup) {
    const markup = handlers.markup;
    const end = () => markup(parser.position + skipped);
    parser.on('cdata', end);
    parser.on('comment', end);
    parser.on('processinginstruction', end);
  }
  let read = 0;
  for (const [start, end] of ranges) {
    skipped += start - read;
    parser.write(xml.slice(start, end));
    read = end;
  }
  parser.close();
}

/** A w:val that switches a property on or off (`<w:vanish/>`, `w:val="0"`, `"false"`, `"off"`). */
export function isOn(tag: SaxesTagPlain, attr: AttributeOf): boolean {
  const v = attr(tag, 'val');
  return v === undefined || !(v === '0' || v === 'false' || v === 'off');
}

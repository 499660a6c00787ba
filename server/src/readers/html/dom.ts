// The parse5 tree as the reader walks it, and the few questions asked of its nodes. parse5 is an ES module; the
// reader loads it once per call with import(), which Node caches (loadParse5: the CommonJS build and the bundles).
import type { DefaultTreeAdapterMap } from 'parse5' with { 'resolution-mode': 'import' };
import type * as Parse5 from 'parse5' with { 'resolution-mode': 'import' };
import type { SourceLocation } from '../../core/source/document';
import { ReaderError } from '../reader';

export type Element = DefaultTreeAdapterMap['element'];
export type ChildNode = DefaultTreeAdapterMap['childNode'];
export type TextNode = DefaultTreeAdapterMap['textNode'];
export type Document = DefaultTreeAdapterMap['document'];

type ParentNode = DefaultTreeAdapterMap['parentNode'];

/**
 * parse5 as the ES module it is, or, in the CLI's bundle, as the CommonJS file it is bundled into (dist/lib/parse5.js,
 * see esbuild.mjs), whose exports import() gives as `default` only.
 */
async function loadParse5(): Promise<typeof Parse5> {
  const loaded = await import('parse5');
  return (loaded as { default?: typeof Parse5 }).default ?? loaded;
}

/**
 * Elements nested deeper than this (counting <html> and <body>) make a page unreadable (ReaderError `too-deep`).
 * Report pages nest a few dozen deep (a portal's frames around Word's markup); browsers stop nesting at 512 too
 * (Chromium's parser puts an element opened deeper beside its parent, not in it), so a deeper page does not even
 * show as it is written. Parsing stops at the first element past the limit: parse5 would otherwise build the
 * whole tree (10^5 nested tables: 3 s and 400 MB) of a page that cannot be read.
 */
export const MAX_ELEMENT_DEPTH = 512;

export const tooDeep = () => new ReaderError('too-deep', `elements nested more than ${MAX_ELEMENT_DEPTH} deep`);

/**
 * Throws `too-deep` when an element the parser opens stands more than MAX_ELEMENT_DEPTH elements deep: a walk up its
 * ancestors (a few dozen in a report's page), which the tree itself holds, so no count can drift from it.
 */
function refuseTooDeep(opened: Element): void {
  let depth = 0;
  for (let node: ParentNode | null | undefined = opened; node && node.nodeName !== '#document'; node = (node as Element).parentNode) {
    if (++depth > MAX_ELEMENT_DEPTH) throw tooDeep();
  }
}

/**
 * Parses a page with the source location of every node (offsets into `page`, lines and columns 1-based); a page
 * nested deeper than MAX_ELEMENT_DEPTH throws ReaderError `too-deep`.
 */
export async function parsePage(page: string): Promise<Document> {
  const { parse, defaultTreeAdapter } = await loadParse5();
  return parse(page, { sourceCodeLocationInfo: true, treeAdapter: { ...defaultTreeAdapter, onItemPush: refuseTooDeep } });
}

export const isElement = (node: ChildNode): node is Element => (node as Element).tagName !== undefined;
export const isText = (node: ChildNode): node is TextNode => node.nodeName === '#text';

/** An attribute's value, or undefined when the element does not have it. */
export function attribute(el: Element, name: string): string | undefined {
  const attrs = el.attrs;
  for (let i = 0; i < attrs.length; i++) if (attrs[i].name === name) return attrs[i].value;
  return undefined;
}

/** Where a node starts: its line and column (1-based), as parse5 records them. */
export interface NodeStart {
  startLine: number;
  startCol: number;
}

export const locationOf = (at: NodeStart): SourceLocation => ({ format: 'html', line: at.startLine, column: at.startCol });

/** Where an element's start tag stands; undefined for an element the parser implied (a tbody, a closing </p>). */
export function startTagLocation(el: Element): SourceLocation | undefined {
  const loc = el.sourceCodeLocation;
  const tag = loc?.startTag ?? loc;
  return tag ? locationOf(tag) : undefined;
}

/** The first element child of a node with this tag name. */
export function childElement(parent: { childNodes: ChildNode[] }, tagName: string): Element | undefined {
  for (const c of parent.childNodes) if (isElement(c) && c.tagName === tagName) return c;
  return undefined;
}

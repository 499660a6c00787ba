// The parse5 tree as the reader walks it, and the few questions asked of its nodes. parse5 is an ES module; the
// reader loads it once per call with import(), which Node caches, so the CommonJS build and the bundle both work.
import type { DefaultTreeAdapterMap } from 'parse5' with { 'resolution-mode': 'import' };
import type { SourceLocation } from '../../core/source/document';

export type Element = DefaultTreeAdapterMap['element'];
export type ChildNode = DefaultTreeAdapterMap['childNode'];
export type TextNode = DefaultTreeAdapterMap['textNode'];
export type Document = DefaultTreeAdapterMap['document'];

/** Parses a page with the source location of every node (offsets into `page`, lines and columns 1-based). */
export async function parsePage(page: string): Promise<Document> {
  const { parse } = await import('parse5');
  return parse(page, { sourceCodeLocationInfo: true });
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

export { locate } from './locate';
export type { Located } from './locate';
export { outline } from './outline';
export type { OutlineNode, SymbolKind } from './outline';
export { hover, cellPath, equationLine } from './hover';
export type { HoverInfo } from './hover';
export { foldingRegions, selectionChain } from './structure';
export { inlayHints } from './inlayHints';
export type { InlayHint } from './inlayHints';

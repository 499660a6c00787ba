import { DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import type { OutlineNode } from '../core';
import { Positions, toRange } from './convert';

const KIND: Record<OutlineNode['kind'], SymbolKind> = {
  report: SymbolKind.File, section: SymbolKind.Namespace, table: SymbolKind.Struct, group: SymbolKind.Array, row: SymbolKind.Field,
};

/** Outline nodes whose offsets count from `base` (their report's start) as document symbols. */
export function toDocumentSymbols(doc: Positions, nodes: OutlineNode[], base = 0): DocumentSymbol[] {
  return nodes.map((n) => ({
    name: n.name || '—',
    detail: n.detail,
    kind: KIND[n.kind],
    range: toRange(doc, n.range, base),
    // The selection range must lie inside the range.
    selectionRange: toRange(doc, n.selectionRange.start >= n.range.start && n.selectionRange.end <= n.range.end ? n.selectionRange : { start: n.range.start, end: n.range.start }, base),
    children: toDocumentSymbols(doc, n.children, base),
  }));
}

import { DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { OutlineNode } from '../core';
import { toRange } from './convert';

const KIND: Record<OutlineNode['kind'], SymbolKind> = {
  report: SymbolKind.File, section: SymbolKind.Namespace, table: SymbolKind.Struct, group: SymbolKind.Array, row: SymbolKind.Field,
};

export function toDocumentSymbols(doc: TextDocument, nodes: OutlineNode[]): DocumentSymbol[] {
  return nodes.map((n) => ({
    name: n.name || '—',
    detail: n.detail,
    kind: KIND[n.kind],
    range: toRange(doc, n.range),
    // The selection range must lie inside the range.
    selectionRange: toRange(doc, n.selectionRange.start >= n.range.start && n.selectionRange.end <= n.range.end ? n.selectionRange : { start: n.range.start, end: n.range.start }),
    children: toDocumentSymbols(doc, n.children),
  }));
}

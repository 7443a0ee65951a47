// Fallback outline for kinds without their own symbol provider: the top-level keys and their children.

import type { DocumentSymbol, SymbolProvider } from '../types';
import type { ValueNode } from '../../parse/tree';

function symbolsOf(node: ValueNode | undefined, depth: number): DocumentSymbol[] {
  if (node === undefined || depth > 3) return [];
  if (node.type === 'object') {
    return node.properties.map((p) => ({
      name: p.key.value,
      kind: p.value?.type === 'object' ? 'object' : p.value?.type === 'array' ? 'array' : 'property',
      offset: p.offset,
      length: p.length,
      selectionOffset: p.key.offset,
      selectionLength: p.key.length,
      children: symbolsOf(p.value, depth + 1),
    }));
  }
  if (node.type === 'array') {
    return node.items.flatMap((item, i) =>
      item.type === 'object' ? [{ name: `[${i}]`, kind: 'object' as const, offset: item.offset, length: item.length, selectionOffset: item.offset, selectionLength: Math.min(1, item.length), children: symbolsOf(item, depth + 1) }] : [],
    );
  }
  return [];
}

export const GENERIC_SYMBOLS: readonly SymbolProvider[] = [
  {
    id: 'generic.tree',
    kinds: ['asl', 'sqs-queue-attributes', 'sns-topic-attributes', 'sns-filter-policy', 'sqs-redrive-policy', 'sqs-redrive-allow-policy', 'sns-redrive-policy', 'sns-delivery-policy', 'sns-data-protection-policy', 'simulation-request'],
    provideSymbols(_doc, unit) {
      return symbolsOf(unit.root, 0);
    },
  },
];

// Outline of a state machine: one symbol per state (detail: its type), Parallel branches and Map item
// processors nested under their state, for standalone files and definitions embedded in templates.

import { AslScope, AslState, aslModel } from '../../asl/model';
import type { DocumentSymbol, SymbolKind, SymbolProvider } from '../types';

const KIND: Record<string, SymbolKind> = {
  Task: 'function', Pass: 'variable', Choice: 'enum', Wait: 'event', Succeed: 'constant', Fail: 'constant', Parallel: 'namespace', Map: 'array',
};

function stateSymbol(s: AslState): DocumentSymbol {
  const children: DocumentSymbol[] = [];
  if (s.type === 'Parallel') {
    s.children.forEach((b, i) => children.push(scopeSymbol(b, `Branch ${i + 1}`)));
  } else {
    for (const c of s.children) children.push(...c.states.map(stateSymbol));
  }
  return {
    name: s.name,
    detail: s.type ?? '?',
    kind: KIND[s.type ?? ''] ?? 'object',
    offset: s.prop.offset,
    length: s.prop.length,
    selectionOffset: s.key.offset,
    selectionLength: s.key.length,
    children: children.length > 0 ? children : undefined,
  };
}

function scopeSymbol(scope: AslScope, name: string): DocumentSymbol {
  return {
    name,
    detail: scope.startAt?.value?.type === 'string' ? `starts at ${scope.startAt.value.value}` : undefined,
    kind: 'module',
    offset: scope.node.offset,
    length: scope.node.length,
    selectionOffset: scope.node.offset,
    selectionLength: Math.min(1, scope.node.length),
    children: scope.states.map(stateSymbol),
  };
}

export const aslSymbols: SymbolProvider = {
  id: 'asl.states',
  kinds: ['asl'],
  provideSymbols(_doc, unit) {
    const machine = aslModel(unit);
    return machine === undefined ? [] : machine.root.states.map(stateSymbol);
  },
};

// Outline of a template: sections, resources (with their type), and the symbols of the documents
// embedded in each resource (policy statements, state machine states) nested under it.

import type { DocumentModel } from '../../model/document';
import type { AnalysisUnit } from '../../model/units';
import type { DocumentSymbol, SymbolProvider } from '../types';
import { SYMBOL_PROVIDERS_FOR_UNITS } from './unit-symbols';

export const templateSymbols: SymbolProvider = {
  id: 'cfn.template',
  kinds: ['cfn-template'],
  provideSymbols(doc: DocumentModel, unit: AnalysisUnit) {
    const root = unit.root;
    if (root === undefined || root.type !== 'object' || doc.template === undefined) return [];
    const out: DocumentSymbol[] = [];
    for (const section of root.properties) {
      const sym: DocumentSymbol = {
        name: section.key.value,
        kind: 'namespace',
        offset: section.offset,
        length: section.length,
        selectionOffset: section.key.offset,
        selectionLength: section.key.length,
        children: [],
      };
      if (section.key.value === 'Resources') {
        for (const r of doc.template.resources.values()) {
          const prop = r.keyNode.parent!;
          const children: DocumentSymbol[] = [];
          for (const u of doc.units) {
            if (u.resource !== r || u.embedding === 'file') continue;
            const p = SYMBOL_PROVIDERS_FOR_UNITS().find((sp) => sp.kinds.includes(u.kind));
            if (p === undefined) continue;
            const inner = p.provideSymbols(doc, u);
            if (inner.length === 0) continue;
            const host = u.hostNode ?? u.root!;
            children.push({ name: u.location.split('.Properties.')[1] ?? u.location, detail: u.kind, kind: 'object', offset: host.offset, length: host.length, selectionOffset: host.offset, selectionLength: Math.min(host.length, 1), children: inner });
          }
          sym.children!.push({ name: r.name, detail: r.type, kind: 'class', offset: prop.offset, length: prop.length, selectionOffset: r.keyNode.offset, selectionLength: r.keyNode.length, children });
        }
      } else if (section.value?.type === 'object') {
        for (const p of section.value.properties) {
          sym.children!.push({ name: p.key.value, kind: 'field', offset: p.offset, length: p.length, selectionOffset: p.key.offset, selectionLength: p.key.length });
        }
      }
      out.push(sym);
    }
    return out;
  },
};

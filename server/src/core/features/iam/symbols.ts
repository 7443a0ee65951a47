// Outline of a policy: one symbol per statement (named by Sid), with its elements as children.

import { policyView, statementLabel } from '../../iam/policy';
import type { DocumentSymbol, SymbolProvider } from '../types';

export const policySymbols: SymbolProvider = {
  id: 'iam.policy',
  kinds: ['iam-policy'],
  provideSymbols(_doc, unit) {
    const policy = policyView(unit.root);
    if (policy === undefined) return [];
    return policy.statements.map((s): DocumentSymbol => {
      const effect = s.effect?.value?.type === 'string' ? s.effect.value.value : '?';
      const sel = s.sid ?? s.effect;
      const children: DocumentSymbol[] = [];
      for (const p of s.node.properties) {
        children.push({ name: p.key.value, kind: 'property', offset: p.offset, length: p.length, selectionOffset: p.key.offset, selectionLength: p.key.length });
      }
      return {
        name: `Statement ${statementLabel(s)}`,
        detail: effect,
        kind: 'object',
        offset: s.node.offset,
        length: s.node.length,
        selectionOffset: sel ? sel.key.offset : s.node.offset,
        selectionLength: sel ? sel.key.length : Math.min(1, s.node.length),
        children,
      };
    });
  },
};

// Completion of policy element names and of the values with a fixed set (Effect, Version).

import { fact } from '../../data/facts/index';
import { POLICY_ELEMENTS, STATEMENT_ELEMENTS } from '../../iam/policy';
import type { PolicyType } from '../../model/kinds';
import type { CompletionItem, CompletionProvider, FeatureContext } from '../types';

const PRINCIPAL_TYPES: ReadonlySet<PolicyType> = new Set(['resource', 'trust', 'endpoint', 'rcp']);

function keyItems(ctx: FeatureContext, names: readonly string[], existing: Set<string>): CompletionItem[] {
  const json = ctx.doc.format === 'json' || ctx.unit?.embedding === 'string';
  const quoted = ctx.location.inString;
  return names
    .filter((n) => !existing.has(n))
    .map((n, i) => {
      const doc = fact(`iam.element.${n}`)?.description;
      let insert: string;
      if (!json) insert = `${n}: `;
      else if (quoted) insert = n;
      else insert = `"${n}": `;
      return { label: n, kind: 'property' as const, documentation: doc, insertText: insert, sortText: String(i).padStart(2, '0'), retrigger: n === 'Effect' || n === 'Version' };
    });
}

function valueItems(ctx: FeatureContext, values: readonly string[], detail: string): CompletionItem[] {
  const json = ctx.doc.format === 'json' || ctx.unit?.embedding === 'string';
  return values.map((v, i) => ({
    label: v,
    kind: 'value' as const,
    detail,
    insertText: json && !ctx.location.inString ? JSON.stringify(v) : v,
    sortText: String(i),
  }));
}

export const policyElementCompletion: CompletionProvider = {
  id: 'iam.element',
  kinds: ['iam-policy'],
  provideCompletions(ctx) {
    const loc = ctx.location;
    const path = ctx.path;
    if (loc.position === 'key') {
      const obj = loc.object;
      const existing = new Set((obj?.properties ?? []).filter((p) => p !== loc.property || loc.prefix === '').map((p) => p.key.value));
      if (loc.property && loc.prefix !== '') existing.delete(loc.property.key.value);
      // Path of the key's object: [] = policy root; ['Statement'] or ['Statement', i] = a statement.
      const objPath = loc.property && loc.node === loc.property.key ? path.slice(0, -1) : path;
      if (objPath.length === 0) return keyItems(ctx, POLICY_ELEMENTS, existing);
      if (objPath[0] === 'Statement' && (objPath.length === 1 || (objPath.length === 2 && typeof objPath[1] === 'number'))) {
        const pt = ctx.unit?.policyType;
        const names = STATEMENT_ELEMENTS.filter((n) => (n === 'Principal' || n === 'NotPrincipal' ? pt === undefined || PRINCIPAL_TYPES.has(pt) : true));
        return keyItems(ctx, names, existing);
      }
      return [];
    }
    if (loc.position === 'value' && loc.property !== undefined) {
      const key = loc.property.key.value;
      const depth = path.length;
      if (key === 'Effect' && path[0] === 'Statement' && depth >= 2) return valueItems(ctx, ['Allow', 'Deny'], 'Effect');
      if (key === 'Version' && (depth <= 1 || path[0] === 'Version')) return valueItems(ctx, ['2012-10-17', '2008-10-17'], 'Policy language version');
    }
    return [];
  },
};

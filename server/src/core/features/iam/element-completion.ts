// Completion of policy element names and of the values with a fixed set (Effect, Version).

import { fact } from '../../data/facts/index';
import { POLICY_ELEMENTS, STATEMENT_ELEMENTS } from '../../iam/policy';
import type { PolicyType } from '../../model/kinds';
import { flavorOf } from '../../rules/fixes';
import type { CompletionItem, CompletionProvider, FeatureContext } from '../types';

const PRINCIPAL_TYPES: ReadonlySet<PolicyType> = new Set(['resource', 'trust', 'endpoint', 'rcp']);

/**
 * Value snippets per element, JSON and YAML (YAML block values use `\t`, which the editor turns into the
 * line's indentation). Elements not listed get an empty value and re-trigger completion.
 */
const VALUE_SNIPPETS: Readonly<Record<string, [json: string, yaml: string]>> = {
  Version: ['"2012-10-17"', '"2012-10-17"'],
  Effect: ['"${1|Allow,Deny|}"', '${1|Allow,Deny|}'],
  Sid: ['"$1"', '$1'],
  Action: ['"$1"', '$1'],
  NotAction: ['"$1"', '$1'],
  Resource: ['"$1"', '$1'],
  NotResource: ['"$1"', '$1'],
  Principal: ['{ "${1|AWS,Service,Federated,CanonicalUser|}": "$2" }', '\n\t${1|AWS,Service,Federated,CanonicalUser|}: $2'],
  NotPrincipal: ['{ "AWS": "$1" }', '\n\tAWS: $1'],
  Condition: ['{ "${1:StringEquals}": { "$2": "$3" } }', '\n\t${1:StringEquals}:\n\t\t$2: $3'],
  Statement: ['[\n\t{\n\t\t"Effect": "${1|Allow,Deny|}",\n\t\t"Action": "$2",\n\t\t"Resource": "$3"\n\t}\n]', '\n\t- Effect: ${1|Allow,Deny|}\n\t  Action: $2\n\t  Resource: $3'],
  Id: ['"$1"', '$1'],
};

/** Elements whose value completion should open right after the key is inserted. */
const RETRIGGER = new Set(['Action', 'NotAction', 'Resource', 'NotResource']);

function keyItems(ctx: FeatureContext, names: readonly string[], existing: Set<string>): CompletionItem[] {
  const flavor = ctx.unit !== undefined ? flavorOf(ctx.doc, ctx.unit) : ctx.doc.format;
  const quoted = ctx.location.inString;
  return names
    .filter((n) => !existing.has(n))
    .map((n, i) => {
      const doc = fact(`iam.element.${n}`)?.description;
      const snippets = VALUE_SNIPPETS[n];
      let insert: string;
      let snippet = false;
      if (quoted || flavor === 'json-in-string') insert = n;
      else if (flavor === 'yaml') {
        insert = snippets !== undefined ? `${n}: ${snippets[1]}` : `${n}: `;
        insert = insert.replace(': \n', ':\n');
        snippet = snippets !== undefined;
      } else {
        insert = snippets !== undefined ? `"${n}": ${snippets[0]}` : `"${n}": `;
        snippet = snippets !== undefined;
      }
      return { label: n, kind: 'property' as const, documentation: doc, insertText: insert, snippet, sortText: String(i).padStart(2, '0'), retrigger: RETRIGGER.has(n) || (!snippet && (n === 'Effect' || n === 'Version')) };
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

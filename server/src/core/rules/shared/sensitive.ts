// Values of sensitive keys (accounts, organizations, principals, networks) that match too much, shared
// by IAM418 (variables) and IAM419 (wildcards): in a granting context, the first open part of the
// value must follow at least six literal characters.

import { grantsWhenMatching } from '../../iam/conditions';
import { SENSITIVE_KEYS, SENSITIVE_LITERAL_PREFIX } from '../../iam/knowledge';
import { ConditionValue, entriesWithKey, entryValues, isDocPlaceholder } from './condition-values';
import type { RuleContext } from '../types';

/** Values whose first wildcard (`kind` 'wildcard') or variable ('variable') comes too early. */
export function tooPermissive(ctx: RuleContext, kind: 'wildcard' | 'variable'): ConditionValue[] {
  const out: ConditionValue[] = [];
  for (const e of entriesWithKey(ctx, SENSITIVE_KEYS)) {
    if (e.operator === undefined || e.operator.base.family === 'Null' || !grantsWhenMatching(e)) continue;
    for (const v of entryValues(ctx, e)) {
      if (isDocPlaceholder(v.text)) continue;
      const bare = v.text.replace(/\$\{[*?$]\}/g, 'xxxx');
      let at: number;
      if (kind === 'variable') {
        if (!v.variable || /^\$\{[^}]*\}$/.test(v.text)) continue; // A whole-value variable compares two identities.
        at = bare.indexOf('${');
      } else {
        if (!e.operator.base.wildcards) continue;
        const star = bare.indexOf('*');
        const q = bare.indexOf('?');
        at = star === -1 ? q : q === -1 ? star : Math.min(star, q);
        const variable = bare.indexOf('${');
        if (variable !== -1 && variable < at) continue;
      }
      if (at !== -1 && at < SENSITIVE_LITERAL_PREFIX) out.push(v);
    }
  }
  return out;
}

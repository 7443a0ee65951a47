// Format checks of condition values for specific keys (VPC IDs, VPC endpoint IDs, KMS key ARNs, service
// principal names), shared by IAM407–IAM410: values are checked when they are literal (no wildcard
// with a Like operator, no variable, no documentation placeholder).

import { ConditionValue, entriesWithKey, entryValues, isDocPlaceholder } from './condition-values';
import { hasWildcard } from '../../iam/wildcard';
import type { RuleContext } from '../types';

/** Literal values of the entries with one of `keys`, with String or ARN operators. */
export function literalKeyValues(ctx: RuleContext, keys: readonly string[]): ConditionValue[] {
  const out: ConditionValue[] = [];
  for (const e of entriesWithKey(ctx, keys)) {
    const family = e.operator?.base.family;
    if (family !== 'String' && family !== 'Arn') continue;
    for (const v of entryValues(ctx, e)) {
      if (v.variable || isDocPlaceholder(v.text)) continue;
      if (hasWildcard(v.text) && e.operator!.base.wildcards) continue;
      out.push(v);
    }
  }
  return out;
}

// Companion-key checks of resource control policies (IAM344–IAM346): a Deny statement that tests a
// principal key or a source key must also say whether the caller is an AWS service, and test that the
// source key is present.

import { ConditionEntry, conditionEntries, effectOf } from '../../iam/conditions';
import { keyIn } from '../../iam/knowledge';
import type { StatementView } from '../../iam/policy';
import { asList } from '../../parse/tree';
import { statementsOf } from './iam';
import type { RuleContext } from '../types';

/** Principal keys whose absence for service principals makes an RCP Deny hit AWS services. */
export const RCP_PRINCIPAL_KEYS = ['aws:PrincipalOrgID', 'aws:PrincipalOrgPaths', 'aws:PrincipalAccount', 'aws:PrincipalArn', 'aws:PrincipalTag'];

/** Source keys, set only when a service principal calls on behalf of a resource. */
export const RCP_SOURCE_KEYS = ['aws:SourceOrgID', 'aws:SourceOrgPaths', 'aws:SourceAccount', 'aws:SourceArn'];

/** Whether the statement tests `key` with the given operator family and value (case-insensitive). */
export function hasTest(s: StatementView, family: 'Bool' | 'Null', keys: readonly string[], value: string): boolean {
  return conditionEntries(s).some((e) => e.operator?.base.family === family && e.operator.qualifier === undefined && keys.some((k) => k.toLowerCase() === e.key.toLowerCase()) && asList(e.value).some((v) => (v.type === 'string' || v.type === 'boolean') && String(v.value).toLowerCase() === value));
}

/** RCP Deny statements with their entries whose key is in `keys`. */
export function rcpDenyEntries(ctx: RuleContext, keys: readonly string[]): { statement: StatementView; entries: ConditionEntry[] }[] {
  const out: { statement: StatementView; entries: ConditionEntry[] }[] = [];
  for (const s of statementsOf(ctx)) {
    if (effectOf(s) !== 'Deny') continue;
    const entries = conditionEntries(s).filter((e) => e.operator !== undefined && e.operator.base.family !== 'Null' && keyIn(keys, e.key));
    if (entries.length > 0) out.push({ statement: s, entries });
  }
  return out;
}

// Statements whose principals are AWS service principals, shared by IAM411–IAM413.

import type { StatementView } from '../../iam/policy';
import { PrincipalValue, principalValues } from '../../iam/principals';

/** The Service principals of a statement. */
export function servicePrincipals(s: StatementView): PrincipalValue[] {
  return principalValues(s.principal).filter((p) => p.key === 'Service');
}

/** Whether every principal of the statement is a service principal (and there is at least one). */
export function onlyServicePrincipals(s: StatementView): boolean {
  const all = principalValues(s.principal);
  return all.length > 0 && all.every((p) => p.key === 'Service');
}

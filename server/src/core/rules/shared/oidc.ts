// OpenID Connect trust statements, shared by IAM316–IAM320: the federated web-identity principals of a
// statement with their condition-key prefixes, and audience keys (`<provider>:aud`).

import { conditionEntries, ConditionEntry } from '../../iam/conditions';
import type { StatementView } from '../../iam/policy';
import { PrincipalValue, oidcKeyPrefix, principalValues } from '../../iam/principals';

export interface OidcPrincipal {
  principal: PrincipalValue;
  /** The provider's condition-key prefix, lower-cased (`token.actions.githubusercontent.com`). */
  prefix: string;
}

export function oidcPrincipals(s: StatementView): OidcPrincipal[] {
  const out: OidcPrincipal[] = [];
  for (const p of principalValues(s.principal)) {
    const prefix = oidcKeyPrefix(p);
    if (prefix !== undefined) out.push({ principal: p, prefix: prefix.toLowerCase() });
  }
  return out;
}

/** Condition entries whose key belongs to a provider prefix (`<prefix>:<claim>`). */
export function providerEntries(s: StatementView, prefix: string): ConditionEntry[] {
  return conditionEntries(s).filter((e) => e.key.toLowerCase().startsWith(prefix + ':'));
}

/** Whether a key is an identity provider's audience claim (`accounts.google.com:aud`, `<oidc-host>:aud`). */
export function isAudienceKey(key: string): boolean {
  const colon = key.lastIndexOf(':');
  if (colon <= 0) return false;
  const prefix = key.slice(0, colon);
  return key.slice(colon + 1).toLowerCase() === 'aud' && (prefix.indexOf('.') !== -1 || prefix.indexOf('/') !== -1);
}

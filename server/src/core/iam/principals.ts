// The Principal and NotPrincipal elements as rules read them: every principal value with its key
// (`AWS`, `Service`, `Federated`, `CanonicalUser`, or `*` for the bare wildcard) and what it names
// (an account, a role, a service, a SAML or OIDC provider, ...). Intrinsics and placeholders are skipped.

import { intrinsicName } from '../model/template';
import { PropertyNode, StringNode, asList } from '../parse/tree';

export const PRINCIPAL_KEYS = ['AWS', 'Service', 'Federated', 'CanonicalUser'] as const;

export interface PrincipalValue {
  /** The key (`AWS`, ...) as written, or `*` for `"Principal": "*"`. */
  key: string;
  keyProp?: PropertyNode;
  node: StringNode;
  value: string;
}

/** The string values of a Principal/NotPrincipal element; non-strings and intrinsics are skipped. */
export function principalValues(prop: PropertyNode | undefined): PrincipalValue[] {
  const v = prop?.value;
  if (v === undefined || intrinsicName(v) !== undefined) return [];
  if (v.type === 'string') return [{ key: '*', node: v, value: v.value }];
  if (v.type !== 'object') return [];
  const out: PrincipalValue[] = [];
  for (const p of v.properties) {
    if (p.value === undefined || intrinsicName(p.value) !== undefined) continue;
    for (const item of asList(p.value)) {
      if (item.type === 'string') out.push({ key: p.key.value, keyProp: p, node: item, value: item.value });
    }
  }
  return out;
}

export type PrincipalKind =
  | 'everyone'
  | 'account'
  | 'root'
  | 'user'
  | 'role'
  | 'assumed-role'
  | 'federated-user'
  | 'role-id'
  | 'user-id'
  | 'service'
  | 'saml-provider'
  | 'oidc-provider'
  | 'web-identity'
  | 'canonical-user'
  | 'other';

/** What a principal value names. */
export function principalKind(key: string, value: string): PrincipalKind {
  if (value === '*') return 'everyone';
  if (key === 'Service') return 'service';
  if (key === 'CanonicalUser') return 'canonical-user';
  if (key === 'Federated') {
    if (/^arn:[^:]+:iam::[^:]*:saml-provider\//.test(value)) return 'saml-provider';
    if (/^arn:[^:]+:iam::[^:]*:oidc-provider\//.test(value)) return 'oidc-provider';
    return 'web-identity';
  }
  if (/^\d{12}$/.test(value)) return 'account';
  if (/^AROA[A-Z0-9]{12,}$/.test(value)) return 'role-id';
  if (/^AIDA[A-Z0-9]{12,}$/.test(value)) return 'user-id';
  const m = /^arn:[^:]+:(iam|sts)::[^:]*:([^/]+)/.exec(value);
  if (m !== null) {
    if (m[1] === 'iam' && m[2] === 'root') return 'root';
    if (m[1] === 'iam' && m[2] === 'user') return 'user';
    if (m[1] === 'iam' && m[2] === 'role') return 'role';
    if (m[1] === 'sts' && m[2] === 'assumed-role') return 'assumed-role';
    if (m[1] === 'sts' && m[2] === 'federated-user') return 'federated-user';
  }
  return 'other';
}

/**
 * The condition-key prefix of a federated (web identity / OIDC) principal: `token.actions.githubusercontent.com`
 * for `arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com`, the domain itself for
 * `accounts.google.com`. Undefined for SAML providers and other principals.
 */
export function oidcKeyPrefix(p: PrincipalValue): string | undefined {
  const kind = principalKind(p.key, p.value);
  if (kind === 'oidc-provider') return p.value.slice(p.value.indexOf(':oidc-provider/') + ':oidc-provider/'.length);
  if (kind === 'web-identity' && p.value.indexOf('.') !== -1) return p.value;
  return undefined;
}

// The request's principal (what kind it is, its account, the role behind a role session) and the
// Principal / NotPrincipal elements of resource-based policies. Only the principal string is read:
// nothing else about the caller is derived (no user name, no tags, no path).

import { PrincipalKind, PrincipalMatch } from './types';
import { splitArn } from './match';

export interface PrincipalInfo {
  kind: PrincipalKind;
  /** The principal as given. */
  value: string;
  account?: string;
  /** For role sessions: the role's name (from `assumed-role/NAME/SESSION`); for roles: the last path segment. */
  roleName?: string;
  /**
   * For federated user sessions (`federated-user/NAME`): NAME, matched by a Principal entry naming the IAM
   * user `user/NAME` of the same account (the IAM user who federated; such a grant is limited by the
   * boundary and the session policy, as a role ARN grant is for a role session).
   */
  federatedName?: string;
  /**
   * A service-linked role (path `aws-service-role/`, name `AWSServiceRoleFor...`) or its session: "SCPs do
   * not affect any service-linked role", and RCPs do not apply to calls made by service-linked roles.
   */
  serviceLinked?: boolean;
}

/** Web identity and SAML providers that appear as the principal of AssumeRoleWith* requests. */
const IDENTITY_PROVIDERS = new Set(['cognito-identity.amazonaws.com', 'accounts.google.com', 'graph.facebook.com', 'www.amazon.com']);
const SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9.-]*\.(amazonaws\.com(\.cn)?|amazon\.com)$/i;
const ACCOUNT_ID = /^\d{12}$/;

/**
 * Classified principals, memoised: a batch asks about the same few principals over and over. The
 * entries are frozen and the memo is bounded (cleared when full), so it is invisible to callers.
 */
const PRINCIPAL_MEMO = new Map<string, PrincipalInfo>();

/** Classifies the request's principal string. */
export function classifyPrincipal(value: string): PrincipalInfo {
  let info = PRINCIPAL_MEMO.get(value);
  if (info === undefined) {
    info = Object.freeze(classifyUncached(value));
    if (PRINCIPAL_MEMO.size >= 1024) PRINCIPAL_MEMO.clear();
    PRINCIPAL_MEMO.set(value, info);
  }
  return info;
}

function classifyUncached(value: string): PrincipalInfo {
  const v = value.trim();
  if (v === '*' || v.toLowerCase() === 'anonymous') return { kind: 'anonymous', value: v };
  if (ACCOUNT_ID.test(v)) return { kind: 'root', value: v, account: v };
  const parts = splitArn(v);
  if (parts === undefined || parts[0] !== 'arn') {
    if (IDENTITY_PROVIDERS.has(v.toLowerCase())) return { kind: 'identity-provider', value: v };
    if (SERVICE_PRINCIPAL.test(v)) return { kind: 'service', value: v };
    // Any other host name is an OpenID Connect provider (`token.actions.githubusercontent.com`).
    if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(v)) return { kind: 'identity-provider', value: v };
    if (/^[0-9a-f]{64}$/i.test(v)) return { kind: 'canonical-user', value: v };
    return { kind: 'unknown', value: v };
  }
  const service = parts[2];
  const account = parts[4] === '' ? undefined : parts[4];
  const res = parts[5];
  if (service === 'iam') {
    // A CloudFront origin access identity (`arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity ID`)
    // is "a special CloudFront user" of no customer account: it has no policies of its own, and a bucket
    // policy naming it grants it access by itself.
    if (account === 'cloudfront' && res.startsWith('user/CloudFront Origin Access Identity ')) return { kind: 'cloudfront-oai', value: v };
    if (res === 'root') return { kind: 'root', value: v, account };
    if (res.startsWith('user/')) return { kind: 'user', value: v, account };
    if (res.startsWith('role/')) {
      const roleName = res.slice(res.lastIndexOf('/') + 1);
      const info: PrincipalInfo = { kind: 'role', value: v, account, roleName };
      if (serviceLinkedRoleResource(res)) info.serviceLinked = true;
      return info;
    }
    if (res.startsWith('saml-provider/') || res.startsWith('oidc-provider/')) return { kind: 'identity-provider', value: v, account };
  } else if (service === 'sts') {
    if (res.startsWith('assumed-role/')) {
      const rest = res.slice('assumed-role/'.length);
      const slash = rest.indexOf('/');
      const roleName = slash === -1 ? rest : rest.slice(0, slash);
      const info: PrincipalInfo = { kind: 'role-session', value: v, account, roleName };
      if (roleName.startsWith('AWSServiceRoleFor')) info.serviceLinked = true;
      return info;
    }
    if (res.startsWith('federated-user/')) return { kind: 'federated-user', value: v, account, federatedName: res.slice('federated-user/'.length) };
  }
  return { kind: 'unknown', value: v, account };
}

/** Whether the resource part of an IAM ARN (`role/...`) names a service-linked role: path `aws-service-role/` or name `AWSServiceRoleFor...`. */
function serviceLinkedRoleResource(res: string): boolean {
  return res.startsWith('role/aws-service-role/') || res.startsWith('AWSServiceRoleFor', res.lastIndexOf('/') + 1);
}

/** Whether an ARN names a service-linked role (`arn:aws:iam::123456789012:role/aws-service-role/...`). */
export function isServiceLinkedRoleArn(arn: string): boolean {
  const parts = splitArn(arn);
  return parts !== undefined && parts[0] === 'arn' && parts[2] === 'iam' && parts[5].startsWith('role/') && serviceLinkedRoleResource(parts[5]);
}

/** Whether the principal is an IAM identity of an account (SCPs and identity-based policies apply to it). */
export function isAccountIdentity(p: PrincipalInfo): boolean {
  return p.kind === 'user' || p.kind === 'role' || p.kind === 'role-session' || p.kind === 'federated-user' || p.kind === 'root' || p.kind === 'unknown';
}

export function isSessionPrincipal(p: PrincipalInfo): boolean {
  return p.kind === 'role-session' || p.kind === 'federated-user' || p.kind === 'role';
}

/** The account named by a Principal entry (`123456789012` or `arn:aws:iam::123456789012:root`). */
function entryAccount(entry: string): string | undefined {
  if (ACCOUNT_ID.test(entry)) return entry;
  const parts = splitArn(entry);
  if (parts !== undefined && parts[0] === 'arn' && parts[2] === 'iam' && parts[5] === 'root') return parts[4];
  return undefined;
}

/** The account and the name of an IAM role ARN entry (the path is not part of a session ARN), if it is one. */
function roleOf(entry: string): { account: string; name: string } | undefined {
  const parts = splitArn(entry);
  if (parts === undefined || parts[0] !== 'arn' || parts[2] !== 'iam' || !parts[5].startsWith('role/')) return undefined;
  return { account: parts[4], name: parts[5].slice(parts[5].lastIndexOf('/') + 1) };
}

/** The account and the name of an IAM user ARN entry, if it is one. */
function userOf(entry: string): { account: string; name: string } | undefined {
  const parts = splitArn(entry);
  if (parts === undefined || parts[0] !== 'arn' || parts[2] !== 'iam' || !parts[5].startsWith('user/')) return undefined;
  return { account: parts[4], name: parts[5].slice(parts[5].lastIndexOf('/') + 1) };
}

/** The levels at which AWS may check a principal, from most specific to the account. */
type Level = 'direct' | 'role' | 'account';

function levelsOf(p: PrincipalInfo): Level[] {
  switch (p.kind) {
    case 'role-session':
      return ['direct', 'role', 'account'];
    case 'role':
      return ['role', 'account'];
    case 'user':
    case 'federated-user':
    case 'unknown':
      return p.account === undefined ? ['direct'] : ['direct', 'account'];
    case 'root':
      return ['account'];
    default:
      return ['direct'];
  }
}

/**
 * A Principal entry prepared for matching: its block type (a plain string Principal other than `*` is
 * not valid and is read as an AWS entry) and, for AWS entries, the account or the role it names.
 */
export interface PreparedEntry {
  type: string;
  value: string;
  /** The account an account entry (`123456789012`, `arn:aws:iam::123456789012:root`) names. */
  account: string | undefined;
  /** The account and name of an IAM role ARN entry. */
  roleAccount: string | undefined;
  roleName: string | undefined;
  /** The account and name (without path) of an IAM user ARN entry. */
  userAccount: string | undefined;
  userName: string | undefined;
}

/** Prepares the entries of a Principal element (see principalEntries); undefined when malformed. */
export function preparePrincipal(element: unknown): PreparedEntry[] | undefined {
  const entries = principalEntries(element);
  if (entries === undefined) return undefined;
  return entries.map(([type, value]) => {
    const t = type === '*' && value !== '*' ? 'AWS' : type;
    const role = t === 'AWS' && value !== '*' ? roleOf(value) : undefined;
    const user = t === 'AWS' && value !== '*' ? userOf(value) : undefined;
    return {
      type: t, value, account: t === 'AWS' && value !== '*' ? entryAccount(value) : undefined, roleAccount: role?.account, roleName: role?.name,
      userAccount: user?.account, userName: user?.name,
    };
  });
}

/** How one prepared Principal entry matches `p`, if it does. */
function matchEntry(e: PreparedEntry, p: PrincipalInfo): PrincipalMatch | undefined {
  const type = e.type;
  const entry = e.value;
  if (entry === '*') return type === 'AWS' || type === '*' ? 'wildcard' : undefined;
  switch (type) {
    case 'AWS': {
      if (p.kind === 'service' || p.kind === 'identity-provider' || p.kind === 'anonymous' || p.kind === 'canonical-user') return undefined;
      const acct = e.account;
      if (acct !== undefined) {
        if (acct !== p.account) return undefined;
        // The root user is the account itself.
        return p.kind === 'root' ? 'direct' : 'account';
      }
      if (p.kind !== 'role' && entry === p.value) return 'direct';
      // A role ARN entry names the role behind a role session (or the role).
      if (p.roleName !== undefined && e.roleName === p.roleName && e.roleAccount === p.account) return 'role';
      // The IAM user who federated, for a federated user session of the same name.
      if (p.federatedName !== undefined && e.userName === p.federatedName && e.userAccount === p.account) return 'role';
      return undefined;
    }
    case 'Service':
      return p.kind === 'service' && entry.toLowerCase() === p.value.toLowerCase() ? 'direct' : undefined;
    case 'Federated':
      // An OIDC provider may be named by its ARN or by its host name.
      return p.kind === 'identity-provider' && (entry === p.value || entry.endsWith(':oidc-provider/' + p.value) || p.value.endsWith(':oidc-provider/' + entry)) ? 'direct' : undefined;
    case 'CanonicalUser':
      return p.kind === 'canonical-user' && entry === p.value ? 'direct' : undefined;
    default:
      return undefined;
  }
}

export type PrincipalEntries = [string, string][];

/** The entries of a Principal element as `[blockType, value]` pairs; undefined when malformed. */
export function principalEntries(element: unknown): PrincipalEntries | undefined {
  if (typeof element === 'string') return [['*', element]];
  if (element === null || typeof element !== 'object' || Array.isArray(element)) return undefined;
  const out: [string, string][] = [];
  for (const type of Object.keys(element)) {
    const raw = (element as Record<string, unknown>)[type];
    const list = Array.isArray(raw) ? raw : [raw];
    for (const x of list) {
      if (typeof x === 'string') out.push([type, x.trim()]);
      // "Quotation marks are optional for numeric and Boolean values" (policy grammar): an account ID as a number.
      else if (typeof x === 'number' && Number.isSafeInteger(x) && x >= 0) out.push([type, String(x)]);
    }
  }
  return out;
}

const RANK: Record<PrincipalMatch, number> = { direct: 4, wildcard: 4, 'not-principal': 3, role: 2, account: 1 };

/** How a Principal element matches the request's principal (the most specific match), or undefined. */
export function matchPrincipal(element: unknown, p: PrincipalInfo): PrincipalMatch | undefined {
  return matchPrincipalEntries(preparePrincipal(element), p);
}

/** `matchPrincipal` on prepared entries. */
export function matchPrincipalEntries(entries: PreparedEntry[] | undefined, p: PrincipalInfo): PrincipalMatch | undefined {
  if (entries === undefined) return undefined;
  let best: PrincipalMatch | undefined;
  for (let i = 0; i < entries.length; i++) {
    const m = matchEntry(entries[i], p);
    if (m !== undefined && (best === undefined || RANK[m] > RANK[best])) best = m;
  }
  return best;
}

/**
 * Whether a NotPrincipal element excludes the request's principal. AWS may check a principal at several
 * levels (the account, then the role, then the session), and the statement applies at any level that is
 * not listed; so a principal is excluded only when every level is listed (the documented advice is to
 * list the account, the role and the session).
 */
export function notPrincipalExcludes(element: unknown, p: PrincipalInfo): boolean {
  return notPrincipalExcludesEntries(preparePrincipal(element), p);
}

/** `notPrincipalExcludes` on prepared entries. */
export function notPrincipalExcludesEntries(entries: PreparedEntry[] | undefined, p: PrincipalInfo): boolean {
  if (entries === undefined) return false;
  const listed = new Set<Level>();
  for (const e of entries) {
    const m = matchEntry(e, p);
    if (m === 'wildcard') return true;
    if (m === 'direct') listed.add(p.kind === 'root' ? 'account' : 'direct');
    else if (m === 'role') listed.add('role');
    else if (m === 'account') listed.add('account');
  }
  return levelsOf(p).every((l) => listed.has(l));
}

// A deliberately naive reference evaluator, written straight from AWS's evaluation flow chart, used only
// to cross-check the production engine on random inputs. It favours obviousness over speed: wildcards
// become escaped regular expressions, every check is a separate pass, and nothing is cached. It covers
// a subset of the language (the generator in differential.test.ts stays inside it): String*, Numeric*,
// Bool, Null, Arn* operators with IfExists and ForAnyValue/ForAllValues, and `${key}` variables.

import { loadCatalog } from '../../../server/src/core/data/catalog/load';

type Doc = { Version?: string; Statement: Stmt[] };
type Stmt = {
  Effect: 'Allow' | 'Deny';
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Principal?: '*' | Record<string, string | string[]>;
  NotPrincipal?: Record<string, string | string[]>;
  Condition?: Record<string, Record<string, string | string[]>>;
};

export interface RefInput {
  policies: {
    identity?: Doc[];
    resource?: Doc | null;
    permissionsBoundary?: Doc | null;
    session?: Doc | null;
    scps?: Doc[][];
    rcps?: Doc[][];
  };
  request: { principal: string; action: string; resource: string; resourceAccount?: string; context?: Record<string, string | string[]> };
}

export type RefDecision = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';

const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** `*` and `?` wildcards as an anchored regular expression, every other character escaped. */
export function refWildcard(pattern: string, text: string, flags = ''): boolean {
  const body = pattern
    .split('')
    .map((c) => (c === '*' ? '[\\s\\S]*' : c === '?' ? '[\\s\\S]' : c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, flags).test(text);
}

/**
 * The Resource element's extra rule: "If the * wildcard is the last character of a resource ARN segment,
 * it can expand to match beyond the colon boundaries." As a regular expression: in the pattern's first
 * five segments `*` is `[^:]*` (`.*` when it ends the segment) and `?` is `[^:]`; after them both match anything.
 */
function refResourceArn(pattern: string, text: string): boolean {
  if (refArn(pattern, text)) return true;
  if (!/^arn:([^:]*:){4}/.test(text)) return false;
  const segments = pattern.split(':');
  const body = segments
    .map((seg, i) => {
      const head = i < 5;
      return seg
        .split('')
        .map((c, j) => {
          if (c === '*') return !head || j === seg.length - 1 ? '[\\s\\S]*' : '[^:]*';
          if (c === '?') return head ? '[^:]' : '[\\s\\S]';
          return c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
        })
        .join('');
    })
    .join(':');
  return new RegExp(`^${body}$`).test(text);
}

function refArn(pattern: string, text: string): boolean {
  if (pattern === '*') return true;
  const p = pattern.split(':');
  const t = text.split(':');
  if (t.length < 6 || t[0] !== 'arn') return refWildcard(pattern, text);
  if (p.length < 6) return false;
  const pp = [...p.slice(0, 5), p.slice(5).join(':')];
  const tt = [...t.slice(0, 5), t.slice(5).join(':')];
  return pp.every((seg, i) => refWildcard(seg, tt[i]));
}

function lookup(ctx: Record<string, string | string[]>, key: string): string[] | undefined {
  for (const k of Object.keys(ctx)) {
    if (k.toLowerCase() === key.toLowerCase()) {
      const v = list(ctx[k]);
      return v.length === 0 ? undefined : v;
    }
  }
  return undefined;
}

function subst(text: string, ctx: Record<string, string | string[]>, on: boolean): string | null {
  if (!on) return text;
  let failed = false;
  const out = text.replace(/\$\{([^}]*)\}/g, (_m, name: string) => {
    const v = lookup(ctx, name.trim());
    if (v === undefined || v.length !== 1) {
      failed = true;
      return '';
    }
    return v[0];
  });
  return failed ? null : out;
}

/** An address as a string of bits (IPv4: 32, IPv6: 128), by the most direct route; undefined when invalid. */
function bits(ip: string): string | undefined {
  if (ip.includes(':')) {
    const [head, tail] = ip.includes('::') ? ip.split('::') : [ip, undefined];
    const h = head === '' ? [] : head.split(':');
    const t = tail === undefined || tail === '' ? [] : tail.split(':');
    const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
    if (groups.length !== 8 || groups.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
    return groups.map((g) => parseInt(g, 16).toString(2).padStart(16, '0')).join('');
  }
  const parts = ip.split('.');
  if (parts.length !== 4 || parts.some((x) => !/^\d+$/.test(x) || Number(x) > 255)) return undefined;
  return parts.map((x) => Number(x).toString(2).padStart(8, '0')).join('');
}

function inCidr(cidr: string, ip: string): boolean {
  const [addr, len] = cidr.split('/');
  const a = bits(addr);
  const b = bits(ip);
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  const n = len === undefined ? a.length : Number(len);
  return a.slice(0, n) === b.slice(0, n);
}

function single(op: string, p: string, v: string): boolean {
  switch (op) {
    case 'StringEquals':
      return p === v;
    case 'StringEqualsIgnoreCase':
      return p.toLowerCase() === v.toLowerCase();
    case 'StringLike':
      return refWildcard(p, v);
    case 'NumericEquals':
      return Number(v) === Number(p);
    case 'NumericLessThan':
      return Number(v) < Number(p);
    case 'NumericGreaterThan':
      return Number(v) > Number(p);
    case 'Bool':
      return v.toLowerCase() === p.toLowerCase();
    case 'ArnLike':
    case 'ArnEquals':
      return refArn(p, v);
    case 'IpAddress':
      return inCidr(p, v);
  }
  throw new Error(`reference: unsupported operator ${op}`);
}

const NEGATED: Record<string, string> = {
  StringNotEquals: 'StringEquals',
  StringNotEqualsIgnoreCase: 'StringEqualsIgnoreCase',
  StringNotLike: 'StringLike',
  NumericNotEquals: 'NumericEquals',
  ArnNotLike: 'ArnLike',
  ArnNotEquals: 'ArnEquals',
  NotIpAddress: 'IpAddress',
};

function conditionHolds(opName: string, key: string, policyValues: string[], ctx: Record<string, string | string[]>, vars: boolean): boolean {
  let name = opName;
  let set = '';
  if (name.startsWith('ForAnyValue:')) {
    set = 'any';
    name = name.slice('ForAnyValue:'.length);
  } else if (name.startsWith('ForAllValues:')) {
    set = 'all';
    name = name.slice('ForAllValues:'.length);
  }
  const found = lookup(ctx, key);
  // For ForAllValues/ForAnyValue, values that are all empty strings are an empty data set.
  const values = set !== '' && found !== undefined && found.every((v) => v === '') ? undefined : found;
  // Null: a key whose values are all empty strings is null too.
  if (name === 'Null') {
    const absent = found === undefined || found.every((v) => v === '');
    return policyValues.some((p) => (p === 'true') === absent);
  }
  let ifExists = false;
  if (name.endsWith('IfExists')) {
    ifExists = true;
    name = name.slice(0, -'IfExists'.length);
  }
  const negated = name in NEGATED;
  const base = negated ? NEGATED[name] : name;
  if (values === undefined) {
    if (ifExists) return true;
    if (set === 'all') return true;
    if (set === 'any') return false;
    return negated;
  }
  const resolved = policyValues.map((p) => (base === 'StringEquals' || base === 'StringEqualsIgnoreCase' || base === 'StringLike' || base.startsWith('Arn') ? subst(p, ctx, vars) : p));
  const ok = (v: string): boolean => {
    const any = resolved.some((p) => p !== null && single(base, p, v));
    return negated ? !any : any;
  };
  if (set === 'all') return values.every(ok);
  if (set === 'any') return values.some(ok);
  return negated ? values.every(ok) : values.some(ok);
}

interface Who {
  kind: 'user' | 'role-session' | 'federated-user' | 'root' | 'service' | 'cloudfront-oai';
  arn: string;
  account?: string;
  roleArn?: string;
}

function who(principal: string): Who {
  if (principal.endsWith('.amazonaws.com')) return { kind: 'service', arn: principal };
  const [, , service, , account, res] = principal.split(':');
  // A CloudFront origin access identity belongs to no customer account and has no policies of its own.
  if (service === 'iam' && account === 'cloudfront' && res.startsWith('user/CloudFront Origin Access Identity ')) return { kind: 'cloudfront-oai', arn: principal };
  if (service === 'iam' && res === 'root') return { kind: 'root', arn: principal, account };
  if (service === 'iam' && res.startsWith('user/')) return { kind: 'user', arn: principal, account };
  if (service === 'sts' && res.startsWith('assumed-role/')) {
    return { kind: 'role-session', arn: principal, account, roleArn: `arn:aws:iam::${account}:role/${res.split('/')[1]}` };
  }
  // The IAM user who federated is, for this reference, the user of the same name.
  if (service === 'sts' && res.startsWith('federated-user/')) return { kind: 'federated-user', arn: principal, account, roleArn: `arn:aws:iam::${account}:user/${res.split('/')[1]}` };
  throw new Error(`reference: unsupported principal ${principal}`);
}

/** How a Principal element names the caller: 'self', 'role', 'account' or undefined. */
function principalNames(el: Stmt['Principal'], w: Who): 'self' | 'role' | 'account' | undefined {
  if (el === undefined) return undefined;
  if (el === '*') return 'self';
  const found: ('self' | 'role' | 'account')[] = [];
  for (const [type, raw] of Object.entries(el)) {
    for (const v of list(raw)) {
      if (v === '*' && type === 'AWS') found.push('self');
      else if (type === 'Service' && w.kind === 'service' && v === w.arn) found.push('self');
      else if (type === 'AWS' && w.kind !== 'service') {
        if (v === w.arn) found.push('self');
        else if (w.roleArn !== undefined && v === w.roleArn) found.push('role');
        else if (v === w.account || v === `arn:aws:iam::${w.account}:root`) found.push(w.kind === 'root' ? 'self' : 'account');
      }
    }
  }
  if (found.includes('self')) return 'self';
  if (found.includes('role')) return 'role';
  if (found.includes('account')) return 'account';
  return undefined;
}

function notPrincipalExcludes(el: Record<string, string | string[]>, w: Who): boolean {
  const named = new Set<string>();
  for (const [type, raw] of Object.entries(el)) {
    for (const v of list(raw)) {
      if (type === 'AWS' && v === '*') return true;
      if (type === 'Service' && v === w.arn) named.add('self');
      if (type === 'AWS' && v === w.arn) named.add(w.kind === 'root' ? 'account' : 'self');
      if (type === 'AWS' && w.roleArn !== undefined && v === w.roleArn) named.add('role');
      if (type === 'AWS' && (v === w.account || v === `arn:aws:iam::${w.account}:root`)) named.add('account');
    }
  }
  const needed = w.kind === 'root' ? ['account'] : w.kind === 'service' || w.kind === 'cloudfront-oai' ? ['self'] : w.kind === 'role-session' ? ['self', 'role', 'account'] : ['self', 'account'];
  return needed.every((n) => named.has(n));
}

function matches(s: Stmt, req: RefInput['request'], vars: boolean, isResourcePolicy: boolean): boolean {
  const ctx = req.context ?? {};
  // The grammar makes X and NotX alternatives: a statement with both is not valid and never applies.
  if ((s.Action !== undefined && s.NotAction !== undefined) || (s.Resource !== undefined && s.NotResource !== undefined) || (s.Principal !== undefined && s.NotPrincipal !== undefined)) return false;
  const actionOk = s.Action !== undefined
    ? list(s.Action).some((a) => refWildcard(a, req.action, 'i'))
    : s.NotAction !== undefined && !list(s.NotAction).some((a) => refWildcard(a, req.action, 'i'));
  if (!actionOk) return false;
  const resourceOk = s.Resource !== undefined
    ? list(s.Resource).some((r) => {
        const x = subst(r, ctx, vars);
        return x !== null && refResourceArn(x, req.resource);
      })
    : s.NotResource !== undefined
      ? !list(s.NotResource).some((r) => {
          const x = subst(r, ctx, vars);
          return x !== null && refResourceArn(x, req.resource);
        })
      : isResourcePolicy;
  if (!resourceOk) return false;
  for (const [op, block] of Object.entries(s.Condition ?? {})) {
    for (const [key, raw] of Object.entries(block)) {
      if (!conditionHolds(op, key, list(raw), ctx, vars)) return false;
    }
  }
  return true;
}

/** The reference decision. */
export function referenceEvaluate(input: RefInput): RefDecision {
  const { policies, request } = input;
  const w = who(request.principal);
  const svc = request.action.split(':')[0].toLowerCase();
  const resAcctFromArn = request.resource.startsWith('arn:') ? request.resource.split(':')[4] : '';
  // Only a 12-digit account ID is an account (`aws` in managed policy ARNs is not).
  const resourceAccount = request.resourceAccount ?? (/^\d{12}$/.test(resAcctFromArn) ? resAcctFromArn : w.account);
  const cross = w.account !== undefined && resourceAccount !== undefined && w.account !== resourceAccount;
  const iamPrincipal = w.kind !== 'service' && w.kind !== 'cloudfront-oai';
  const session = w.kind === 'role-session' || w.kind === 'federated-user';
  const hasBoundary = policies.permissionsBoundary != null && iamPrincipal && w.kind !== 'root';

  const stmts = (doc: Doc | null | undefined): [Stmt, boolean][] => (doc == null ? [] : doc.Statement.map((s) => [s, doc.Version === '2012-10-17']));
  const identity = iamPrincipal && w.kind !== 'root' ? (policies.identity ?? []).flatMap(stmts) : [];
  const boundary = hasBoundary ? stmts(policies.permissionsBoundary) : [];
  const sessionStmts = session ? stmts(policies.session) : [];
  // Service-linked roles: SCPs and RCPs do not apply.
  const serviceLinked = /:role\/aws-service-role\/|:role\/(.*\/)?AWSServiceRoleFor|:assumed-role\/AWSServiceRoleFor/.test(request.principal);
  const scpLevels = iamPrincipal && !serviceLinked ? (policies.scps ?? []).map((l) => l.flatMap(stmts)) : [];
  // The services AWS Organizations lists as supporting RCPs, as the catalog records them.
  const rcpSupported = loadCatalog().services().some((s) => s.rcpSupported && s.prefix.toLowerCase() === svc);
  // Nor do RCPs affect a service assuming a service-linked role.
  const assumesServiceLinked = /^sts:(assumerole|assumerolewithsaml|assumerolewithwebidentity|tagsession|setsourceidentity|setcontext)$/.test(request.action.toLowerCase())
    && /^arn:[^:]*:iam::[^:]*:role\/(aws-service-role\/|(.*\/)?AWSServiceRoleFor)/.test(request.resource);
  const rcps = rcpSupported && !serviceLinked && !assumesServiceLinked && request.action.toLowerCase() !== 'kms:retiregrant' ? (policies.rcps ?? []).flat().flatMap(stmts) : [];
  const resource = stmts(policies.resource);

  const applies = (pairs: [Stmt, boolean][], effect: string) => pairs.filter(([s, v]) => s.Effect === effect && matches(s, request, v, false));
  const resourceApplies = (effect: string) =>
    resource
      .filter(([s, v]) => s.Effect === effect && matches(s, request, v, true))
      .map(([s]) => {
        if (s.Principal !== undefined) return principalNames(s.Principal, w);
        if (s.NotPrincipal !== undefined) {
          if (effect === 'Deny' && hasBoundary) return 'self';
          return notPrincipalExcludes(s.NotPrincipal, w) ? undefined : 'self';
        }
        return undefined;
      })
      .filter((x): x is 'self' | 'role' | 'account' => x !== undefined);

  // STS operations that need no permission (STS API Reference): GetCallerIdentity for every caller with
  // credentials, GetSessionToken for IAM users and the root user (long-term credentials only).
  const act = request.action.toLowerCase();
  if (act === 'sts:getcalleridentity' && iamPrincipal) return 'Allow';
  if (act === 'sts:getsessiontoken' && iamPrincipal) return w.kind === 'user' || w.kind === 'root' ? 'Allow' : 'ImplicitDeny';

  // Step 1: any explicit deny.
  if (applies(identity, 'Deny').length + applies(boundary, 'Deny').length + applies(sessionStmts, 'Deny').length > 0) return 'ExplicitDeny';
  if (scpLevels.some((l) => applies(l, 'Deny').length > 0)) return 'ExplicitDeny';
  if (applies(rcps, 'Deny').length > 0) return 'ExplicitDeny';
  if (resourceApplies('Deny').length > 0) return 'ExplicitDeny';

  // The account root user cannot call AssumeRole.
  if (w.kind === 'root' && request.action.toLowerCase() === 'sts:assumerole') return 'ImplicitDeny';
  // GetFederationToken credentials: "You cannot call any IAM operations using the AWS CLI or the AWS API"
  // and "You cannot call any STS operations except GetCallerIdentity" (STS API Reference).
  if (w.kind === 'federated-user' && (svc === 'iam' || svc === 'sts')) return 'ImplicitDeny';

  // Step 2: SCPs need an Allow at each level.
  if (scpLevels.some((l) => applies(l, 'Allow').length === 0)) return 'ImplicitDeny';

  const grants = resourceApplies('Allow');
  if (w.kind === 'service' || w.kind === 'cloudfront-oai') return grants.includes('self') ? 'Allow' : 'ImplicitDeny';

  const identityAllows = w.kind === 'root' || applies(identity, 'Allow').length > 0;
  const boundaryAllows = !hasBoundary || applies(boundary, 'Allow').length > 0;
  const sessionAllows = !session ? true : policies.session != null ? applies(sessionStmts, 'Allow').length > 0 : w.kind === 'role-session';
  const ownSideAllows = identityAllows && boundaryAllows && sessionAllows;

  const kmsKey = svc === 'kms' && /^arn:[^:]*:kms:[^:]*:[^:]*:key\//.test(request.resource);
  const trust = /^sts:(assumerole|assumerolewithsaml|assumerolewithwebidentity|tagsession|setsourceidentity|setcontext)$/.test(request.action.toLowerCase()) && /^arn:[^:]*:iam::[^:]*:role\//.test(request.resource);

  if (cross) return grants.length > 0 && ownSideAllows ? 'Allow' : 'ImplicitDeny';
  if ((kmsKey || trust) && grants.length === 0) return 'ImplicitDeny';
  if (w.kind === 'root' && !(kmsKey || trust)) return 'Allow';
  if (grants.includes('self')) return 'Allow';
  if (grants.includes('role') && boundaryAllows && sessionAllows) return 'Allow';
  return ownSideAllows ? 'Allow' : 'ImplicitDeny';
}

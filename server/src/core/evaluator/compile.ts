// Policy documents prepared for evaluation: every statement's elements are read once, patterns are
// classified (exact, prefix, general wildcard), conditions are parsed, and Principal entries listed.
// Evaluating a request against prepared statements reads no JSON and parses nothing, so evaluating
// many requests against the same policy objects (the editor, a matrix of requests) pays this once.
//
// INVARIANT: a policy document object is treated as immutable once it has been evaluated; the prepared
// form is cached per object in a WeakMap, so it goes away with the document.

import { wildcardMatch, wildcardMatchRange } from '../iam/wildcard';
import { CompiledConditions, compileConditions } from './conditions';
import { PreparedEntry, preparePrincipal } from './principal';
import { hasLiteralMarks, headStarExpands, isArnAt, propertyName, sequential, splitArn } from './match';
import { Context, Piece, VariablePiece, piecesOf } from './variables';

export const enum PatternKind {
  All,
  Exact,
  Prefix,
  General,
  /** Actions only: one `*` and no `?` (`ec2:*Instances`); `text` is the literal head and `tail` the rest. */
  Affix,
}

export interface ActionPattern {
  raw: string;
  /** Lower-cased pattern (or its literal prefix, for Prefix). */
  text: string;
  kind: PatternKind;
  /**
   * The number of the pattern's service prefix (see serviceId) when the pattern starts with a literal
   * `service:`; the pattern matches only actions of that service, which a number comparison tells. -1
   * when the service part holds a wildcard (or has no colon): the pattern text alone decides. With a
   * service, kind All means every action of the service (`s3:*`).
   */
  service: number;
  /** For Affix: the literal text after the `*`; otherwise ''. */
  tail: string;
}

/**
 * Numbers for the lower-cased service prefixes of prepared Action patterns, so that a request's service
 * is looked up once and each pattern compares numbers. Only prepared patterns add entries (a request
 * never does), and the table is bounded: patterns prepared once it is full go without a number.
 */
const SERVICE_IDS = new Map<string, number>();
const MAX_SERVICES = 8192;

/**
 * The number of a request's lower-cased service prefix; -2 (no pattern's) when no prepared pattern
 * names it yet. Preparing a policy may add numbers: see serviceCount.
 */
export function serviceId(serviceLower: string): number {
  const id = SERVICE_IDS.get(serviceLower);
  return id === undefined ? -2 : id;
}

/** How many service prefixes have numbers (it grows when a prepared policy names a new service). */
export function serviceCount(): number {
  return SERVICE_IDS.size;
}

/** The number of a pattern's literal `service:` prefix, or -1 (see ActionPattern.service). */
function patternService(lower: string): number {
  const colon = lower.indexOf(':');
  if (colon === -1) return -1;
  const service = lower.slice(0, colon);
  if (hasWildcards(service)) return -1;
  let id = SERVICE_IDS.get(service);
  if (id === undefined) {
    if (SERVICE_IDS.size >= MAX_SERVICES) return -1;
    id = SERVICE_IDS.size;
    SERVICE_IDS.set(sequential(service), id);
  }
  return id;
}

export interface ResourcePattern {
  raw: string;
  /** Contains `${`: substituted per request in Version 2012-10-17 policies. */
  hasVariables: boolean;
  /** For Prefix: the literal prefix; otherwise the pattern. */
  text: string;
  kind: PatternKind;
  /**
   * For a General pattern without variables that is shaped like an ARN: its six components (sequential
   * strings), each matched on its own against the request's components, and which of them hold a wildcard.
   */
  arnParts?: string[];
  /** How each component matches (see PartKind). */
  partKinds?: PartKind[];
  /**
   * With arnParts whose first five components are all literal: those components with their colons
   * (`arn:aws:s3:::`), which the request resource must start with; only its resource component is then matched.
   */
  head?: string;
  /**
   * For a pattern with variables whose only wildcard is a final `*` and whose variables all sit in the
   * resource component (`arn:aws:s3:::bucket/home/${aws:username}/*`): its pieces without that `*`. After
   * substitution such a pattern is a plain prefix, which variablePrefixMatch tests in place.
   */
  prefixPieces?: Piece[];
  /**
   * For a pattern without variables: a `*` ends one of its first five ARN segments, so it may also match
   * across colons (see headStarExpands); the engine tries expandedArnMatch when the usual match fails.
   */
  expands?: boolean;
}

/**
 * How one ARN component of a Resource pattern matches the request's component: the common shapes are
 * told without the general wildcard matcher (`*log*` is a substring search).
 */
export const enum PartKind {
  Literal,
  Any,
  /** `text*`: arnParts holds `text`. */
  Prefix,
  /** `*text*`: arnParts holds `text`. */
  Contains,
  General,
}

function partKindOf(part: string): [PartKind, string] {
  if (!hasWildcards(part)) return [PartKind.Literal, part];
  if (part.indexOf('?') === -1) {
    let stars = 0;
    for (let i = 0; i < part.length; i++) if (part.charCodeAt(i) === 42) stars++;
    if (stars === part.length) return [PartKind.Any, part];
    const last = part.length - 1;
    if (stars === 1 && part.charCodeAt(last) === 42) return [PartKind.Prefix, part.slice(0, last)];
    if (stars === 2 && part.charCodeAt(0) === 42 && part.charCodeAt(last) === 42) return [PartKind.Contains, part.slice(1, last)];
  }
  return [PartKind.General, part];
}

export type ElementKind = 'positive' | 'negative' | 'none';

export interface CompiledStatement {
  index: number;
  /** False when the statement is not a JSON object. */
  isObject: boolean;
  sid: string | undefined;
  effectText: string;
  effect: 'Allow' | 'Deny' | undefined;
  effectRaw: unknown;
  actionKind: ElementKind;
  /** Undefined when the element is not a string or a list of strings. */
  actions: ActionPattern[] | undefined;
  /** An Action element that lists `*`: it matches every action, so its entries need no look. */
  everyAction: boolean;
  resourceKind: ElementKind;
  resources: ResourcePattern[] | undefined;
  /**
   * A Resource element that lists `*`: it matches every resource, whatever its other entries give (a
   * positive element needs one match; which one, or a variable missing elsewhere, is not reported).
   */
  everyResource: boolean;
  principalKind: ElementKind;
  principal: PreparedEntry[] | undefined;
  /** Undefined when the statement has no Condition element. */
  conditions: CompiledConditions | undefined;
  /**
   * The elements given in both forms (`Action` and `NotAction`, ...), which the grammar makes alternatives:
   * such a statement is not valid, and it is not applied.
   */
  both: ('Action' | 'Resource' | 'Principal')[] | undefined;
}

export interface CompiledPolicy {
  /** Why the document cannot be evaluated, if it cannot. */
  invalid?: 'string-not-json' | 'not-object';
  /** Whether policy variables are substituted (Version 2012-10-17). */
  variables: boolean;
  statements: CompiledStatement[];
  /** What AWS would not accept in the document but the evaluation reads past (an unknown element, ...), in words. */
  notes?: string[];
}

/** The elements of a policy and of a statement in the policy grammar. */
const POLICY_ELEMENTS: ReadonlySet<string> = new Set(['Version', 'Id', 'Statement']);
const STATEMENT_ELEMENTS: ReadonlySet<string> = new Set(['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition']);

/**
 * A policy document given as a string: JSON text, or JSON text URL-encoded (RFC 3986) as the IAM API
 * returns policy documents (`%7B%22Version%22...`). Undefined when it is neither.
 */
export function parsePolicyString(text: string): unknown {
  let t = text.trim();
  if (t.charCodeAt(0) === 0xfeff) t = t.slice(1);
  if (/^%7b/i.test(t)) {
    try {
      t = decodeURIComponent(t);
    } catch {
      return undefined;
    }
  }
  try {
    return JSON.parse(t);
  } catch {
    return undefined;
  }
}

function stringList(v: unknown): string[] | undefined {
  if (typeof v === 'string') return [v];
  if (!Array.isArray(v)) return undefined;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return undefined;
  return v as string[];
}

function hasWildcards(s: string): boolean {
  return s.indexOf('*') !== -1 || s.indexOf('?') !== -1;
}

function compileAction(raw: string): ActionPattern {
  const lower = raw.toLowerCase();
  const service = patternService(lower);
  // Every pattern has the same fields, in the same order (one object shape for all of them).
  if (lower === '*') return { raw, text: lower, kind: PatternKind.All, service, tail: '' };
  // The request's action is a shared copy too (see actionOf in engine.ts): comparing them is a pointer comparison.
  if (!hasWildcards(lower)) return { raw, text: propertyName(lower), kind: PatternKind.Exact, service, tail: '' };
  const star = lower.indexOf('*');
  if (lower.indexOf('?') === -1) {
    if (star === lower.length - 1) {
      // `service:*`: every action of the service, which the service number alone tells.
      if (service >= 0 && lower.charCodeAt(star - 1) === 58 /* : */ && lower.indexOf(':') === star - 1) return { raw, text: lower, kind: PatternKind.All, service, tail: '' };
      return { raw, text: sequential(lower.slice(0, star)), kind: PatternKind.Prefix, service, tail: '' };
    }
    if (lower.indexOf('*', star + 1) === -1) {
      return { raw, text: sequential(lower.slice(0, star)), kind: PatternKind.Affix, service, tail: sequential(lower.slice(star + 1)) };
    }
  }
  return { raw, text: lower, kind: PatternKind.General, service, tail: '' };
}

function colonCount(s: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (s.charCodeAt(i) === 58) n++;
  return n;
}

/** The pieces of a pattern with variables that is a prefix once substituted (see ResourcePattern.prefixPieces). */
function prefixPiecesOf(raw: string): Piece[] | undefined {
  const pieces = piecesOf(raw);
  const last = pieces[pieces.length - 1];
  if (pieces.length < 2 || typeof pieces[0] !== 'string' || colonCount(pieces[0], pieces[0].length) < 5) return undefined;
  if (typeof last !== 'string' || last.indexOf('*') !== last.length - 1) return undefined;
  const out: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (typeof p === 'string') {
      const text = i === pieces.length - 1 ? p.slice(0, -1) : p;
      // `${*}` and `${?}` pieces, and wildcards other than the final `*`, need the general matcher.
      if (hasWildcards(text) || hasLiteralMarks(text)) return undefined;
      if (text !== '') out.push(sequential(text));
    } else {
      if (p.fallback !== undefined && (hasWildcards(p.fallback) || hasLiteralMarks(p.fallback))) return undefined;
      out.push(p);
    }
  }
  return out;
}

/**
 * A prepared resource pattern with every field present, in one order: all patterns share one object shape,
 * which keeps the property reads of the evaluation monomorphic.
 */
function resourcePattern(raw: string, hasVariables: boolean, text: string, kind: PatternKind, more?: Partial<Pick<ResourcePattern, 'arnParts' | 'partKinds' | 'head' | 'prefixPieces' | 'expands'>>): ResourcePattern {
  return {
    raw, hasVariables, text, kind,
    arnParts: more?.arnParts, partKinds: more?.partKinds, head: more?.head, prefixPieces: more?.prefixPieces, expands: more?.expands,
  };
}

function compileResource(raw: string): ResourcePattern {
  const hasVariables = raw.indexOf('${') !== -1;
  if (raw === '*') return resourcePattern(raw, hasVariables, raw, PatternKind.All);
  if (hasVariables) {
    const prefixPieces = prefixPiecesOf(raw);
    if (prefixPieces !== undefined) return resourcePattern(raw, hasVariables, raw, PatternKind.General, { prefixPieces });
  }
  if (!hasVariables) {
    if (!hasWildcards(raw)) return resourcePattern(raw, hasVariables, raw, PatternKind.Exact);
    const star = raw.indexOf('*');
    // The only wildcard is a trailing `*` inside the resource component: a plain prefix test.
    if (star === raw.length - 1 && raw.indexOf('?') === -1 && colonCount(raw, star) >= 5) {
      return resourcePattern(raw, hasVariables, sequential(raw.slice(0, star)), PatternKind.Prefix);
    }
    const expands = headStarExpands(raw);
    const parts = splitArn(raw);
    if (parts !== undefined) {
      const kinds = parts.map(partKindOf);
      const head = kinds.slice(0, 5).every((k) => k[0] === PartKind.Literal) ? sequential(parts.slice(0, 5).join(':') + ':') : undefined;
      return resourcePattern(raw, hasVariables, raw, PatternKind.General, { arnParts: kinds.map((k) => sequential(k[1])), partKinds: kinds.map((k) => k[0]), head, expands });
    }
    return resourcePattern(raw, hasVariables, raw, PatternKind.General, { expands });
  }
  return resourcePattern(raw, hasVariables, raw, PatternKind.General);
}

/**
 * Whether a prepared action pattern matches the lower-cased action, whose service number is `service`
 * (see serviceId; -2 when the action has no colon).
 */
export function actionPatternMatches(p: ActionPattern, actionLower: string, service: number): boolean {
  if (p.service !== -1 && p.service !== service) return false;
  switch (p.kind) {
    case PatternKind.All:
      return true;
    case PatternKind.Exact:
      return p.text === actionLower;
    case PatternKind.Prefix:
      return actionLower.startsWith(p.text);
    case PatternKind.Affix:
      return actionLower.length >= p.text.length + p.tail.length && actionLower.startsWith(p.text) && actionLower.endsWith(p.tail);
    default:
      return wildcardMatch(p.text, actionLower, false);
  }
}

/** Whether a substituted value can stand in a prefix as is: it holds no wildcard and no literal mark. */
function plainValue(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 42 /* * */ || c === 63 /* ? */ || c === 0xe000 || c === 0xe001) return false;
  }
  return true;
}

/**
 * Whether the request resource matches a pattern with `prefixPieces` once its variables are substituted:
 * the substituted text without its final `*` must start the resource (what arnMatches decides for such a
 * pattern). Tested in place, without building the text. Undefined when a variable has no value or a value
 * holds a wildcard or a literal mark: the caller substitutes and matches in full then.
 */
export function variablePrefixMatch(pieces: Piece[], resource: string, ctx: Context): boolean | undefined {
  // Each variable is looked up once, as the comparison reaches it; when the comparison fails early, the
  // variables after that point are still resolved, so a missing one is always reported.
  let at = 0;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    let text: string;
    if (typeof p === 'string') text = p;
    else {
      const resolved = resolvePiece(p, ctx);
      if (resolved === undefined) return undefined;
      text = resolved;
    }
    if (!resource.startsWith(text, at)) {
      for (let k = i + 1; k < pieces.length; k++) {
        const q = pieces[k];
        if (typeof q !== 'string' && resolvePiece(q, ctx) === undefined) return undefined;
      }
      return false;
    }
    at += text.length;
  }
  return true;
}

/** The text a variable stands for in a prefix: its single value or its default; undefined when neither is plain text (see plainValue). */
function resolvePiece(p: VariablePiece, ctx: Context): string | undefined {
  const values = ctx.get(p.key);
  if (values !== undefined && values.length === 1) return plainValue(values[0]) ? values[0] : undefined;
  return p.fallback;
}

/** Whether the request resource's characters `from` to `to` (one ARN component) match a prepared component. */
function partMatches(kind: PartKind, part: string, resource: string, from: number, to: number): boolean {
  switch (kind) {
    case PartKind.Literal:
      return part.length === to - from && resource.startsWith(part, from);
    case PartKind.Any:
      return true;
    case PartKind.Prefix:
      return part.length <= to - from && resource.startsWith(part, from);
    case PartKind.Contains: {
      // The first occurrence from `from` on is the earliest; if it runs past the component, all do.
      const at = resource.indexOf(part, from);
      return at !== -1 && at + part.length <= to;
    }
    default:
      return wildcardMatchRange(part, resource, from, to);
  }
}

/**
 * Whether a prepared resource pattern without variables matches the request resource, for every kind
 * but a General pattern without `arnParts` (the engine gives those to arnMatches). `colons` are the
 * resource's ARN colons (see arnColons; undefined when it is not shaped like an ARN).
 */
export function resourcePatternMatches(p: ResourcePattern, resource: string, colons: number[] | undefined): boolean {
  switch (p.kind) {
    case PatternKind.All:
      return true;
    case PatternKind.Exact:
      return p.text === resource;
    case PatternKind.Prefix:
      return resource.startsWith(p.text);
    default: {
      // Same result as arnMatches: per component when the resource is an ARN, else the whole text.
      if (p.text === resource) return true;
      if (!isArnAt(resource, colons)) return wildcardMatch(p.text, resource, false);
      const ap = p.arnParts!;
      const kinds = p.partKinds!;
      // The resource starts with the five literal components (so its first five colons are theirs).
      const head = p.head;
      if (head !== undefined) return resource.startsWith(head) && partMatches(kinds[5], ap[5], resource, head.length, resource.length);
      let from = 0;
      for (let i = 0; i < 6; i++) {
        const to = i === 5 ? resource.length : colons[i];
        if (!partMatches(kinds[i], ap[i], resource, from, to)) return false;
        from = to + 1;
      }
      return true;
    }
  }
}

function kindOf(s: Record<string, unknown>, positive: string, negative: string): [ElementKind, unknown] {
  const p = s[positive];
  if (p !== undefined) return ['positive', p];
  const n = s[negative];
  if (n !== undefined) return ['negative', n];
  return ['none', undefined];
}

function compileStatement(s: unknown, index: number): CompiledStatement {
  if (s === null || typeof s !== 'object' || Array.isArray(s)) {
    return {
      index, isObject: false, sid: undefined, effectText: '', effect: undefined, effectRaw: undefined,
      actionKind: 'none', actions: undefined, everyAction: false, resourceKind: 'none', resources: undefined, everyResource: false,
      principalKind: 'none', principal: undefined, conditions: undefined, both: undefined,
    };
  }
  const st = s as Record<string, unknown>;
  const effectRaw = st.Effect;
  const [actionKind, actionEl] = kindOf(st, 'Action', 'NotAction');
  const [resourceKind, resourceEl] = kindOf(st, 'Resource', 'NotResource');
  const [principalKind, principalEl] = kindOf(st, 'Principal', 'NotPrincipal');
  const actionList = actionKind === 'none' ? [] : stringList(actionEl);
  const resourceList = resourceKind === 'none' ? [] : stringList(resourceEl);
  let both: CompiledStatement['both'];
  if (st.Action !== undefined && st.NotAction !== undefined) (both ??= []).push('Action');
  if (st.Resource !== undefined && st.NotResource !== undefined) (both ??= []).push('Resource');
  if (st.Principal !== undefined && st.NotPrincipal !== undefined) (both ??= []).push('Principal');
  const sid = st.Sid;
  const actions = actionList?.map(compileAction);
  const resources = resourceList?.map(compileResource);
  return {
    index,
    isObject: true,
    // "Quotation marks are optional for numeric and Boolean values" (policy grammar).
    sid: typeof sid === 'string' ? sid : typeof sid === 'number' || typeof sid === 'boolean' ? String(sid) : undefined,
    effectText: typeof effectRaw === 'string' ? effectRaw : '',
    effect: effectRaw === 'Allow' || effectRaw === 'Deny' ? effectRaw : undefined,
    effectRaw,
    actionKind,
    actions,
    everyAction: actionKind === 'positive' && actions !== undefined && actions.some((a) => a.kind === PatternKind.All && a.service === -1),
    resourceKind,
    resources,
    everyResource: resourceKind === 'positive' && resources !== undefined && resources.some((r) => r.kind === PatternKind.All),
    principalKind,
    principal: principalKind === 'none' ? undefined : preparePrincipal(principalEl),
    conditions: st.Condition === undefined ? undefined : compileConditions(st.Condition),
    both,
  };
}

/** What the evaluation reads past in a document: an unknown Version, unknown elements, both forms of an element. */
function notesOf(policy: Record<string, unknown>, statements: unknown[], compiled: readonly CompiledStatement[]): string[] | undefined {
  let notes: string[] | undefined;
  const version = policy.Version;
  if (version !== undefined && version !== '2012-10-17' && version !== '2008-10-17') {
    (notes ??= []).push(`Version ${JSON.stringify(version)} is not a policy language version ("2012-10-17" or "2008-10-17"); policy variables in the policy are not substituted.`);
  }
  if (policy.Statement === undefined) (notes ??= []).push('The policy has no Statement element (it is required); it grants and denies nothing.');
  for (const key in policy) {
    if (!POLICY_ELEMENTS.has(key)) (notes ??= []).push(`'${key}' is not an element of the policy grammar (Version, Id, Statement); it was ignored.`);
  }
  for (let i = 0; i < statements.length; i++) {
    const st = statements[i];
    if (st === null || typeof st !== 'object' || Array.isArray(st)) continue;
    for (const key in st) {
      if (!STATEMENT_ELEMENTS.has(key)) (notes ??= []).push(`statement #${i + 1}: '${key}' is not a statement element of the policy grammar; it was ignored.`);
    }
    for (const el of compiled[i].both ?? []) {
      (notes ??= []).push(`statement #${i + 1} has both ${el} and Not${el}, which the policy grammar makes alternatives; the statement is not valid and was not applied.`);
    }
  }
  return notes;
}

function compileUncached(doc: unknown): CompiledPolicy {
  let d = doc;
  if (typeof d === 'string') {
    d = parsePolicyString(d);
    if (d === undefined) return { invalid: 'string-not-json', variables: false, statements: [] };
  }
  if (d === null || typeof d !== 'object' || Array.isArray(d)) return { invalid: 'not-object', variables: false, statements: [] };
  const policy = d as Record<string, unknown>;
  const raw = policy.Statement;
  const list: unknown[] = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const compiled: CompiledPolicy = { variables: policy.Version === '2012-10-17', statements: list.map(compileStatement) };
  const notes = notesOf(policy, list, compiled.statements);
  if (notes !== undefined) compiled.notes = notes;
  return compiled;
}

/** The prepared form of a policy document, cached per document object when a cache is given. */
export function compilePolicy(doc: unknown, cache: WeakMap<object, CompiledPolicy> | undefined): CompiledPolicy {
  if (cache === undefined || doc === null || typeof doc !== 'object') return compileUncached(doc);
  let c = cache.get(doc);
  if (c === undefined) {
    c = compileUncached(doc);
    cache.set(doc, c);
  }
  return c;
}

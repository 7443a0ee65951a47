// The Condition element: every documented operator (String*, Numeric*, Date*, Bool, BinaryEquals,
// IpAddress/NotIpAddress, Arn*, Null), the IfExists suffix and the ForAnyValue:/ForAllValues: set
// qualifiers. Operators in a block are ANDed, keys of one operator are ANDed, the values of one key are
// ORed (NORed for negated operators). A key missing from the request makes a condition false, except for
// negated operators (true), IfExists (true), ForAllValues (true) and Null (which tests for it).
// An empty list of request values counts as a missing key; for ForAnyValue/ForAllValues and Null so do
// values that are all empty strings ("an empty data set (for example, an empty string)").

import { ConditionFailure } from './types';
import { arnMatches, globMatch, unmarkLiterals } from './match';
import { describeCondition } from './describe';
import { Context, lowerKey, substitute } from './variables';
import { Cidr, cidrContains, parseCidr, parseIp } from './ip';

type Base =
  | 'StringEquals' | 'StringEqualsIgnoreCase' | 'StringLike'
  | 'NumericEquals' | 'NumericLessThan' | 'NumericLessThanEquals' | 'NumericGreaterThan' | 'NumericGreaterThanEquals'
  | 'DateEquals' | 'DateLessThan' | 'DateLessThanEquals' | 'DateGreaterThan' | 'DateGreaterThanEquals'
  | 'Bool' | 'BinaryEquals' | 'IpAddress' | 'ArnEquals' | 'ArnLike' | 'Null';

interface Operator {
  base: Base;
  negated: boolean;
  ifExists: boolean;
  set?: 'any' | 'all';
}

/** Operator names (lower case) to their positive base and whether they negate it. */
const OPERATORS: ReadonlyMap<string, { base: Base; negated: boolean }> = new Map(
  (
    [
      ['StringEquals', 'StringEquals', false],
      ['StringNotEquals', 'StringEquals', true],
      ['StringEqualsIgnoreCase', 'StringEqualsIgnoreCase', false],
      ['StringNotEqualsIgnoreCase', 'StringEqualsIgnoreCase', true],
      ['StringLike', 'StringLike', false],
      ['StringNotLike', 'StringLike', true],
      ['NumericEquals', 'NumericEquals', false],
      ['NumericNotEquals', 'NumericEquals', true],
      ['NumericLessThan', 'NumericLessThan', false],
      ['NumericLessThanEquals', 'NumericLessThanEquals', false],
      ['NumericGreaterThan', 'NumericGreaterThan', false],
      ['NumericGreaterThanEquals', 'NumericGreaterThanEquals', false],
      ['DateEquals', 'DateEquals', false],
      ['DateNotEquals', 'DateEquals', true],
      ['DateLessThan', 'DateLessThan', false],
      ['DateLessThanEquals', 'DateLessThanEquals', false],
      ['DateGreaterThan', 'DateGreaterThan', false],
      ['DateGreaterThanEquals', 'DateGreaterThanEquals', false],
      ['Bool', 'Bool', false],
      ['BinaryEquals', 'BinaryEquals', false],
      ['IpAddress', 'IpAddress', false],
      ['NotIpAddress', 'IpAddress', true],
      ['ArnEquals', 'ArnEquals', false],
      ['ArnNotEquals', 'ArnEquals', true],
      ['ArnLike', 'ArnLike', false],
      ['ArnNotLike', 'ArnLike', true],
      ['Null', 'Null', false],
    ] as [string, Base, boolean][]
  ).map(([name, base, negated]) => [name.toLowerCase(), { base, negated }]),
);

/**
 * Parsed operators by name. The set of names is small and fixed in practice, so this pure memo stays
 * small; it is bounded anyway so that hostile input cannot grow it without limit.
 */
const OPERATOR_MEMO = new Map<string, Operator | null>();

/** Parses `ForAnyValue:StringLikeIfExists` and friends; undefined for an unknown operator. */
export function parseOperator(name: string): Operator | undefined {
  const memo = OPERATOR_MEMO.get(name);
  if (memo !== undefined) return memo ?? undefined;
  const parsed = parseOperatorUncached(name);
  if (OPERATOR_MEMO.size < 512) OPERATOR_MEMO.set(name, parsed ?? null);
  return parsed;
}

function parseOperatorUncached(name: string): Operator | undefined {
  let rest = name;
  let set: 'any' | 'all' | undefined;
  const colon = rest.indexOf(':');
  if (colon !== -1) {
    const q = rest.slice(0, colon).toLowerCase();
    if (q === 'foranyvalue') set = 'any';
    else if (q === 'forallvalues') set = 'all';
    else return undefined;
    rest = rest.slice(colon + 1);
  }
  let ifExists = false;
  let info = OPERATORS.get(rest.toLowerCase());
  if (info === undefined && rest.toLowerCase().endsWith('ifexists')) {
    info = OPERATORS.get(rest.slice(0, -8).toLowerCase());
    ifExists = true;
  }
  if (info === undefined) return undefined;
  // Null tests for presence itself; it takes neither IfExists nor a set qualifier.
  if (info.base === 'Null' && (ifExists || set !== undefined)) return undefined;
  return { base: info.base, negated: info.negated, ifExists, set };
}

// The W3C profile of ISO 8601: YYYY-MM, YYYY-MM-DD, and a time with or without seconds and fractions.
const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?)?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;
const EPOCH = /^-?\d+(?:\.\d+)?$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A date in ISO 8601 (UTC when no offset is given) or epoch seconds, as milliseconds; NaN when invalid. */
export function parseDate(s: string): number {
  const t = s.trim();
  if (EPOCH.test(t)) return Number(t) * 1000;
  const m = ISO_DATE.exec(t);
  if (m === null) return NaN;
  const [, y, mo, d, h, mi, sec, frac, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = d === undefined ? 1 : Number(d);
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = sec === undefined ? 0 : Number(sec);
  // A date that is not on the calendar (2021-02-30, 25:00) is not a date (Date.UTC would roll it over).
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return NaN;
  let ms = Date.UTC(year, month - 1, day, hour, minute, second);
  if (frac !== undefined) ms += Math.round(Number(frac) * 1000);
  if (zone !== undefined && zone !== 'Z' && zone !== 'z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offset = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
    ms -= sign * offset * 60000;
  }
  return ms;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function parseNumber(s: string): number {
  return NUMBER.test(s) ? Number(s) : NaN;
}

function compare(base: Base, a: number, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  switch (base) {
    case 'NumericEquals':
    case 'DateEquals':
      return a === b;
    case 'NumericLessThan':
    case 'DateLessThan':
      return a < b;
    case 'NumericLessThanEquals':
    case 'DateLessThanEquals':
      return a <= b;
    case 'NumericGreaterThan':
    case 'DateGreaterThan':
      return a > b;
    default:
      return a >= b;
  }
}

/** Whether the operator category supports policy variables in its values (per the operator docs). */
function takesVariables(base: Base): boolean {
  return base.startsWith('String') || base.startsWith('Arn') || base === 'Bool';
}

/** Whether request value `v` matches policy value `p` under the positive form of `base`. */
function matchValue(base: Base, p: string, v: string, marked: boolean): boolean {
  switch (base) {
    case 'StringEquals':
      return (marked ? unmarkLiterals(p) : p) === v;
    case 'StringEqualsIgnoreCase':
      return (marked ? unmarkLiterals(p) : p).toLowerCase() === v.toLowerCase();
    case 'StringLike':
      return globMatch(p, v, false, marked);
    case 'NumericEquals':
    case 'NumericLessThan':
    case 'NumericLessThanEquals':
    case 'NumericGreaterThan':
    case 'NumericGreaterThanEquals':
      // The request value is on the left: `NumericLessThan: {k: 10}` means value < 10.
      return compare(base, parseNumber(v), parseNumber(p));
    case 'DateEquals':
    case 'DateLessThan':
    case 'DateLessThanEquals':
    case 'DateGreaterThan':
    case 'DateGreaterThanEquals':
      return compare(base, parseDate(v), parseDate(p));
    case 'Bool': {
      const pl = (marked ? unmarkLiterals(p) : p).toLowerCase();
      const vl = v.toLowerCase();
      return (vl === 'true' || vl === 'false') && pl === vl;
    }
    case 'BinaryEquals':
      return p === v;
    case 'IpAddress': {
      const block = parseCidr(p);
      const addr = parseIp(v);
      return block !== undefined && addr !== undefined && cidrContains(block, addr);
    }
    case 'ArnEquals':
    case 'ArnLike':
      return arnMatches(p, v, undefined, marked);
    default:
      return false;
  }
}

/** The policy values of one condition key as strings; undefined when a value is not a scalar. */
function policyValues(raw: unknown): string[] | undefined {
  if (typeof raw === 'string') return [raw];
  const list = Array.isArray(raw) ? raw : [raw];
  const out: string[] = [];
  for (const x of list) {
    if (typeof x === 'string') out.push(x);
    else if (typeof x === 'number' || typeof x === 'boolean') out.push(String(x));
    else return undefined;
  }
  return out;
}

/** One operator/key pair of a Condition element, prepared once per policy document. */
export interface CompiledCondition {
  operator: string;
  key: string;
  lowerKey: string;
  op: Operator | undefined;
  /** The policy values; undefined when the pair is malformed (or the operator unknown). */
  values: string[] | undefined;
  /** Why the pair can never hold (unknown operator, malformed values), decided at compile time. */
  broken?: 'unknown-operator' | 'invalid';
  /** Whether some value contains `${` (it is substituted per request in Version 2012-10-17 policies). */
  hasVariables: boolean;
  /** Numeric, Date and IP values parsed once (these operators take no policy variables). */
  parsed?: (number | Cidr | undefined)[];
  /** What `parsed` holds, and so how a request value is parsed to compare with it. */
  parsedKind?: 'number' | 'date' | 'ip';
  /** For Bool and StringEqualsIgnoreCase: the policy values lower-cased (used when nothing was substituted). */
  lowered?: string[];
  /**
   * The explanation of a failure (see describeCondition, which gives the same texts), built on the first
   * failure and kept (a policy prepared for one evaluation does not pay for it unless it fails): the
   * whole text when the key is missing (or the pair is broken), and the head of the text that lists the
   * request values, ending in `value "` or `values "`.
   */
  texts?: FailureTexts;
}

interface FailureTexts {
  missing: string;
  one: string;
  many: string;
}

export type CompiledConditions = CompiledCondition[] | ConditionFailure;

function isNumericBase(base: Base): boolean {
  return base.startsWith('Numeric');
}

function isDateBase(base: Base): boolean {
  return base.startsWith('Date');
}

/**
 * A compiled pair with every field present from the start, in one order: all of them share one object
 * shape, which keeps the property reads of the evaluation monomorphic (fields added later would give
 * each combination a shape of its own).
 */
function newCondition(operator: string, key: string, op: Operator | undefined, values: string[] | undefined, broken: CompiledCondition['broken']): CompiledCondition {
  return {
    operator, key, lowerKey: key === '' ? '' : lowerKey(key), op, values, broken, hasVariables: false,
    parsed: undefined, parsedKind: undefined, lowered: undefined, texts: undefined,
  };
}

/** Prepares a Condition element. Returns a failure when the element itself is malformed. */
export function compileConditions(condition: unknown): CompiledConditions {
  if (condition === null || typeof condition !== 'object' || Array.isArray(condition)) {
    return { operator: '', key: '', why: 'invalid' };
  }
  const out: CompiledCondition[] = [];
  for (const operator in condition) {
    const block = (condition as Record<string, unknown>)[operator];
    const op = parseOperator(operator);
    if (op === undefined) {
      out.push(newCondition(operator, '', op, undefined, 'unknown-operator'));
      continue;
    }
    if (block === null || typeof block !== 'object' || Array.isArray(block)) {
      out.push(newCondition(operator, '', op, undefined, 'invalid'));
      continue;
    }
    for (const key in block) {
      const values = policyValues((block as Record<string, unknown>)[key]);
      const c = newCondition(operator, key, op, values, values === undefined ? 'invalid' : undefined);
      if (values !== undefined) {
        c.hasVariables = takesVariables(op.base) && values.some((v) => v.indexOf('${') !== -1);
        if (isNumericBase(op.base)) {
          c.parsed = values.map(parseNumber);
          c.parsedKind = 'number';
        } else if (isDateBase(op.base)) {
          c.parsed = values.map(parseDate);
          c.parsedKind = 'date';
        } else if (op.base === 'IpAddress') {
          c.parsed = values.map(parseCidr);
          c.parsedKind = 'ip';
        } else if (op.base === 'Bool' || op.base === 'StringEqualsIgnoreCase') {
          c.lowered = values.map((v) => v.toLowerCase());
        }
      }
      out.push(c);
    }
  }
  return out;
}

/**
 * Whether request value `v` matches one of the pre-parsed policy values (Numeric, Date, IpAddress); the
 * request value is parsed once for all of them.
 */
function matchParsed(c: CompiledCondition, base: Base, parsed: (number | Cidr | undefined)[], v: string): boolean {
  if (c.parsedKind === 'ip') {
    const addr = parseIp(v);
    if (addr === undefined) return false;
    for (let i = 0; i < parsed.length; i++) {
      const p = parsed[i] as Cidr | undefined;
      if (p !== undefined && cidrContains(p, addr)) return true;
    }
    return false;
  }
  const x = c.parsedKind === 'date' ? parseDate(v) : parseNumber(v);
  for (let i = 0; i < parsed.length; i++) {
    if (compare(base, x, parsed[i] as number)) return true;
  }
  return false;
}

/** matchValue for Bool and StringEqualsIgnoreCase, with the policy value lower-cased beforehand (`pl`). */
function matchLowered(base: Base, pl: string, v: string): boolean {
  if (base === 'Bool') return (pl === 'true' || pl === 'false') && (v === pl || v.toLowerCase() === pl);
  return v.toLowerCase() === pl;
}

/** Whether one request value satisfies the operator against the policy values (OR, or NOR when negated). */
function valueSatisfies(c: CompiledCondition, op: Operator, resolved: (string | null)[], v: string, marked: boolean): boolean {
  let any = false;
  const parsed = c.parsed;
  if (parsed !== undefined) {
    any = matchParsed(c, op.base, parsed, v);
  } else {
    // Substituted values (marked) are lower-cased as they come.
    const lowered = marked ? undefined : c.lowered;
    for (let i = 0; i < resolved.length; i++) {
      const p = resolved[i];
      if (p === null) continue;
      if (lowered !== undefined ? matchLowered(op.base, lowered[i], v) : matchValue(op.base, p, v, marked)) {
        any = true;
        break;
      }
    }
  }
  return op.negated ? !any : any;
}

function onlyEmptyStrings(values: readonly string[]): boolean {
  for (let i = 0; i < values.length; i++) if (values[i] !== '') return false;
  return true;
}

/**
 * Evaluates one operator/key pair whose request values are `present` (undefined when the key is missing).
 * Returns 'true' when it holds, otherwise why it does not.
 */
function evaluateKey(c: CompiledCondition, present: readonly string[] | undefined, ctx: Context, variables: boolean): 'true' | ConditionFailure['why'] {
  if (c.broken !== undefined) return c.broken;
  const op = c.op!;
  const values = c.values!;
  if (op.base === 'Null') {
    // `true`: the key must be absent; `false`: it must be present with a value. Several values are ORed.
    // A key whose values are all empty strings is null: a `false` test is there "to check if the context
    // key in the request exists and its value is not null", preventing "context keys with empty values"
    // from passing (IAM User Guide, "Multivalued context key examples").
    const absent = present === undefined || onlyEmptyStrings(present);
    for (const p of values) {
      const want = p.toLowerCase();
      if ((want === 'true' && absent) || (want === 'false' && !absent)) return 'true';
    }
    return 'mismatch';
  }
  // "If the key values in the request resolve to an empty data set (for example, an empty string)",
  // ForAllValues is true and ForAnyValue false: for the set qualifiers empty strings are no values.
  if (present === undefined || (op.set !== undefined && onlyEmptyStrings(present))) {
    if (op.ifExists) return 'true';
    if (op.set === 'all') return 'true';
    if (op.set === 'any') return 'missing';
    return op.negated ? 'true' : 'missing';
  }
  let resolved: (string | null)[] = values;
  if (variables && c.hasVariables) {
    resolved = values.slice();
    for (let i = 0; i < values.length; i++) {
      if (values[i].indexOf('${') !== -1) resolved[i] = substitute(values[i], ctx).value;
    }
  }
  // Only substituted values can carry literal marks.
  const marked = resolved !== values;
  let ok: boolean;
  if (op.set === 'any' || (op.set === undefined && !op.negated)) {
    ok = false;
    for (let i = 0; i < present.length && !ok; i++) ok = valueSatisfies(c, op, resolved, present[i], marked);
  } else {
    // ForAllValues, and a negated operator on several request values: every value must satisfy it.
    ok = true;
    for (let i = 0; i < present.length && ok; i++) ok = valueSatisfies(c, op, resolved, present[i], marked);
  }
  return ok ? 'true' : 'mismatch';
}

/**
 * Evaluates prepared conditions for a statement trace: when one fails, records the failure in
 * `trace.condition` and its explanation (the text describeCondition gives) in `trace.detail`, and
 * returns false. The explanation is assembled from texts prepared with the condition.
 */
export function conditionsHold(
  compiled: CompiledConditions,
  ctx: Context,
  variables: boolean,
  trace: { condition?: ConditionFailure; detail: string },
): boolean {
  if (!Array.isArray(compiled)) {
    trace.condition = compiled;
    trace.detail = describeCondition(compiled);
    return false;
  }
  for (let i = 0; i < compiled.length; i++) {
    const c = compiled[i];
    const present = c.key !== '' ? ctx.get(c.lowerKey) : undefined;
    const why = evaluateKey(c, present, ctx, variables);
    if (why === 'true') continue;
    // One literal per shape (adding `values` afterwards would allocate a property store for it).
    trace.condition = present !== undefined ? { operator: c.operator, key: c.key, why, values: present as string[] } : { operator: c.operator, key: c.key, why };
    const texts = c.texts ?? textsOf(c);
    trace.detail = why === 'mismatch' && present !== undefined ? listValues(texts, present) : texts.missing;
    return false;
  }
  return true;
}

/** "... is false for the request value "v"." or "... values "v1", "v2"." (as describeCondition words it). */
function listValues(texts: FailureTexts, values: readonly string[]): string {
  if (values.length === 1) return texts.one + values[0] + '".';
  let text = texts.many + values[0];
  for (let i = 1; i < values.length; i++) text += '", "' + values[i];
  return text + '".';
}

/** Builds and keeps the explanation texts of a compiled pair. */
function textsOf(c: CompiledCondition): FailureTexts {
  const missing = describeCondition({ operator: c.operator, key: c.key, why: c.broken ?? 'missing' });
  const head = 'Condition ' + c.operator + " on '" + c.key + "' is false for the request value";
  const texts: FailureTexts = { missing, one: head + ' "', many: head + 's "' };
  c.texts = texts;
  return texts;
}

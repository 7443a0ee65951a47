// The Condition element: every documented operator (String*, Numeric*, Date*, Bool, BinaryEquals,
// IpAddress/NotIpAddress, Arn*, Null), the IfExists suffix and the ForAnyValue:/ForAllValues: set
// qualifiers. Operators in a block are ANDed, keys of one operator are ANDed, the values of one key are
// ORed (NORed for negated operators). A key missing from the request makes a condition false, except for
// negated operators (true), IfExists (true), ForAllValues (true) and Null (which tests for it).
// An empty list of request values counts as a missing key.

import { ConditionFailure } from './types';
import { arnMatches, globMatch, unmarkLiterals } from './match';
import { Context, substitute } from './variables';
import { cidrContains, parseCidr, parseIp } from './ip';

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

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;
const EPOCH = /^-?\d+(?:\.\d+)?$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A date in ISO 8601 (UTC when no offset is given) or epoch seconds, as milliseconds; NaN when invalid. */
export function parseDate(s: string): number {
  const t = s.trim();
  if (EPOCH.test(t)) return Number(t) * 1000;
  const m = ISO_DATE.exec(t);
  if (m === null) return NaN;
  const [, y, mo, d, h, mi, sec, frac, zone] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return NaN;
  let ms = Date.UTC(Number(y), month - 1, day, Number(h ?? 0), Number(mi ?? 0), Number(sec ?? 0));
  if (frac !== undefined) ms += Math.round(Number(frac) * 1000);
  if (zone !== undefined && zone !== 'Z' && zone !== 'z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offset = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
    ms -= sign * offset * 60000;
  }
  return ms;
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
function matchValue(base: Base, p: string, v: string): boolean {
  switch (base) {
    case 'StringEquals':
      return unmarkLiterals(p) === v;
    case 'StringEqualsIgnoreCase':
      return unmarkLiterals(p).toLowerCase() === v.toLowerCase();
    case 'StringLike':
      return globMatch(p, v);
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
      const pl = unmarkLiterals(p).toLowerCase();
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
      return arnMatches(p, v);
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

/** Whether one request value satisfies the operator against the policy values (OR, or NOR when negated). */
function valueSatisfies(op: Operator, resolved: (string | null)[], v: string): boolean {
  let any = false;
  for (const p of resolved) {
    if (p !== null && matchValue(op.base, p, v)) {
      any = true;
      break;
    }
  }
  return op.negated ? !any : any;
}

/** Evaluates one operator/key pair. */
function evaluateKey(op: Operator, key: string, rawValues: unknown, ctx: Context, variables: boolean): 'true' | 'missing' | 'mismatch' | 'invalid' {
  const values = policyValues(rawValues);
  if (values === undefined) return 'invalid';
  const present = ctx.get(key.toLowerCase());
  if (op.base === 'Null') {
    // `true`: the key must be absent; `false`: it must be present. Several values are ORed.
    for (const p of values) {
      const want = p.toLowerCase();
      if ((want === 'true' && present === undefined) || (want === 'false' && present !== undefined)) return 'true';
    }
    return 'mismatch';
  }
  if (present === undefined) {
    if (op.ifExists) return 'true';
    if (op.set === 'all') return 'true';
    if (op.set === 'any') return 'missing';
    return op.negated ? 'true' : 'missing';
  }
  let resolved: (string | null)[] = values;
  if (variables && takesVariables(op.base)) {
    for (let i = 0; i < values.length; i++) {
      if (values[i].indexOf('${') === -1) continue;
      if (resolved === values) resolved = values.slice();
      resolved[i] = substitute(values[i], ctx).value;
    }
  }
  let ok: boolean;
  if (op.set === 'all') {
    ok = present.every((v) => valueSatisfies(op, resolved, v));
  } else if (op.set === 'any') {
    ok = present.some((v) => valueSatisfies(op, resolved, v));
  } else if (op.negated) {
    // A negated operator on several request values: none of them may match any policy value.
    ok = present.every((v) => valueSatisfies(op, resolved, v));
  } else {
    ok = present.some((v) => valueSatisfies(op, resolved, v));
  }
  return ok ? 'true' : 'mismatch';
}

/**
 * Evaluates a Condition element. Returns undefined when every condition holds, or the first failure.
 * `variables` is whether the policy's Version allows policy variables.
 */
export function evaluateConditions(condition: unknown, ctx: Context, variables: boolean): ConditionFailure | undefined {
  if (condition === undefined) return undefined;
  if (condition === null || typeof condition !== 'object' || Array.isArray(condition)) {
    return { operator: '', key: '', why: 'invalid' };
  }
  for (const opName in condition) {
    const block = (condition as Record<string, unknown>)[opName];
    const op = parseOperator(opName);
    if (op === undefined) return { operator: opName, key: '', why: 'unknown-operator' };
    if (block === null || typeof block !== 'object' || Array.isArray(block)) return { operator: opName, key: '', why: 'invalid' };
    for (const key in block) {
      const r = evaluateKey(op, key, (block as Record<string, unknown>)[key], ctx, variables);
      if (r !== 'true') {
        const values = ctx.get(key.toLowerCase());
        const failure: ConditionFailure = { operator: opName, key, why: r };
        if (values !== undefined) failure.values = [...values];
        return failure;
      }
    }
  }
  return undefined;
}

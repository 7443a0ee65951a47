// SNS subscription filter policies: the operators SNS knows and the complexity measures AWS limits
// (keys per policy, value combinations). A policy is an object whose keys map to arrays of values or
// operator objects, to nested objects (payload filtering only), or `$or` to an array of sub-policies.

import { ObjectNode, ValueNode, isArray, isObject } from '../parse/tree';

/** Operators of SNS filter policies (EventBridge-only operators such as `wildcard` are not among them). */
export const FILTER_OPERATORS: readonly string[] = ['prefix', 'suffix', 'anything-but', 'numeric', 'exists', 'equals-ignore-case', 'cidr'];

/** AWS limits: five keys, 150 value combinations, 256 KB. */
export const FILTER_MAX_KEYS = 5;
export const FILTER_MAX_COMBINATIONS = 150;
export const FILTER_MAX_BYTES = 256 * 1024;

/** Whether a key is the `$or` operator (an array of at least two objects). */
export function isOrKey(key: string, value: ValueNode | undefined): boolean {
  return key === '$or' && isArray(value) && value.items.length >= 2 && value.items.every(isObject);
}

/**
 * Value combinations as AWS counts them: the product of the array lengths of a policy, with each `$or`
 * contributing the sum of its branches. Capped so a hostile policy cannot overflow.
 */
export function combinations(policy: ObjectNode, depth = 0): number {
  if (depth > 20) return 1;
  let product = 1;
  for (const p of policy.properties) {
    const v = p.value;
    let n = 1;
    if (isOrKey(p.key.value, v)) n = (v as { items: ValueNode[] }).items.reduce((sum, b) => sum + combinations(b as ObjectNode, depth + 1), 0);
    else if (isArray(v)) n = Math.max(1, v.items.length);
    else if (isObject(v)) n = combinations(v, depth + 1);
    product = Math.min(product * n, 1e9);
  }
  return product;
}

/**
 * The number of keys that count towards the limit: leaf keys (nested objects count their leaves), taking
 * the largest alternative of each `$or`.
 */
export function keyCount(policy: ObjectNode, depth = 0): number {
  if (depth > 20) return 0;
  let n = 0;
  for (const p of policy.properties) {
    const v = p.value;
    if (isOrKey(p.key.value, v)) n += Math.max(...(v as { items: ValueNode[] }).items.map((b) => keyCount(b as ObjectNode, depth + 1)));
    else if (isObject(v)) n += keyCount(v, depth + 1);
    else n += 1;
  }
  return n;
}

// Small helpers shared by the ASL rules and features: unknown (substituted) values, "did you mean",
// value kinds, payload-template walking and the objects of a state that have a fixed schema.

import type { RuleContext } from '../rules/types';
import { Node, ObjectNode, PropertyNode, StringNode, ValueNode, getValue, isObject, isString } from '../parse/tree';
import { intrinsicName } from '../model/template';
import { jsonataExpression } from './jsonata';

const PLACEHOLDER = /\$\{[^}]+\}/;

/**
 * Whether a value is unknown statically: a `${Name}` placeholder (DefinitionSubstitutions, `Fn::Sub`,
 * also in standalone files that a template fills in later) or an intrinsic part of an `Fn::Join`.
 */
export function isUnknown(ctx: RuleContext, node: Node | undefined): boolean {
  if (node === undefined) return false;
  if (ctx.isPlaceholder(node)) return true;
  if (node.type === 'object') return intrinsicName(node) !== undefined;
  return node.type === 'string' && PLACEHOLDER.test(node.value);
}

/** Whether a value is a JSONata `{% … %}` expression (so its type is only known at run time). */
export function isJsonata(node: ValueNode | undefined): boolean {
  return isString(node) && jsonataExpression(node.value) !== undefined;
}

/** Edit distance counting an adjacent transposition as one edit (optimal string alignment), with an early exit above `max`. */
export function distance(a: string, b: string, max = 4): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1);
    cur[0] = i;
    let best = cur[0];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cur[j] = Math.min(cur[j], prev2[j - 2] + 1);
      if (cur[j] < best) best = cur[j];
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

/** The closest candidate (case-insensitive match first), or undefined when none is close. */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    if (c === name) continue;
    if (c.toLowerCase() === lower) return c;
    const limit = Math.max(1, Math.min(4, Math.floor(Math.max(c.length, name.length) / 3)));
    const d = distance(lower, c.toLowerCase(), limit);
    if (d <= limit && d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

/** A value's JSON type name, for messages. */
export function typeName(node: ValueNode | undefined): string {
  if (node === undefined) return 'nothing';
  if (node.type === 'number') return Number.isInteger(node.value) ? 'an integer' : 'a number';
  return { object: 'an object', array: 'an array', string: 'a string', boolean: 'a boolean', null: 'null' }[node.type];
}

/** Walks a payload template (Parameters, ResultSelector, ItemSelector, Assign in JSONPath) and yields each `key.$` property. */
export function dollarKeys(template: ValueNode | undefined, visit: (p: PropertyNode) => void, depth = 0): void {
  if (template === undefined || depth > 100) return;
  if (template.type === 'object') {
    for (const p of template.properties) {
      if (p.key.value.endsWith('.$')) visit(p);
      else dollarKeys(p.value, visit, depth + 1);
    }
  } else if (template.type === 'array') {
    for (const i of template.items) dollarKeys(i, visit, depth + 1);
  }
}

/** Every string of a subtree (for JSONata expressions inside Arguments, Output, Assign). */
export function strings(node: ValueNode | undefined, visit: (s: StringNode) => void, depth = 0): void {
  if (node === undefined || depth > 100) return;
  if (node.type === 'string') visit(node);
  else if (node.type === 'object') for (const p of node.properties) strings(p.value, visit, depth + 1);
  else if (node.type === 'array') for (const i of node.items) strings(i, visit, depth + 1);
}

/** The object at `key` of a state (ItemReader, ItemBatcher, ...), when it is one. */
export function objectAt(obj: ObjectNode | undefined, key: string): ObjectNode | undefined {
  const v = getValue(obj, key);
  return isObject(v) ? v : undefined;
}

/** Whether a number node is an integer (written without a fraction, or integral). */
export function isInteger(node: ValueNode | undefined): boolean {
  return node !== undefined && node.type === 'number' && Number.isInteger(node.value);
}

// Type and range checks of setting values, shared by the range rules of SQS, SNS, Lambda and event
// source mappings. A value is checked once it is known: a literal, or a parameter default reached
// through `Ref` (then the finding sits on the `Ref` and points at the default). Intrinsics that do not
// resolve are unknown and never reported.

import type { TemplateModel } from '../../model/template';
import { ValueNode, isObject } from '../../parse/tree';
import { isUnresolved, resolveScalar, toNumber } from '../../cfn/resolve';
import type { NumberLimit } from '../../settings/limits';
import { EditFlavor, replaceNode } from '../fixes';
import type { Fix, RelatedInfo, RuleContext } from '../types';

export const VALUE_MESSAGES = {
  outOfRange: '{{name}} is {{value}}{{unit}}; AWS accepts {{min}} to {{max}}{{unit}}.',
  notInteger: '{{name}} must be a whole number; {{value}} is not.',
  notNumber: '{{name}} must be a number; {{value}} is not.',
  notString: 'Attribute values are strings in an attribute file: write {{name}} as "{{value}}".',
  notBoolean: '{{name}} must be true or false; {{value}} is neither.',
  notEnum: '{{name}} must be one of {{allowed}}; {{value}} is not.',
  tooLong: '{{name}} is {{length}} characters long; the maximum is {{max}}.',
} as const;

export interface ValueCheckOptions {
  /** Standalone attribute files: every value must be a JSON string. */
  stringsOnly?: boolean;
  flavor?: EditFlavor;
}

function shown(v: string | number | boolean): string {
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

function paramRelated(r: { node: ValueNode; param?: { name: string } }): RelatedInfo[] | undefined {
  if (r.param === undefined) return undefined;
  return [{ message: `Default of parameter '${r.param.name}'`, offset: r.node.offset, length: r.node.length }];
}

/** Reports `notString` for a non-string value in an attribute file; returns whether it did. */
function checkString(ctx: RuleContext, node: ValueNode, name: string, opts: ValueCheckOptions): boolean {
  if (!opts.stringsOnly || node.type === 'string') return false;
  if (node.type !== 'number' && node.type !== 'boolean') return false;
  const text = String(node.value);
  const fixes: Fix[] = [{ title: `Write "${text}" as a string`, safety: 'safe', preferred: true, edits: [replaceNode(node, opts.flavor === 'json-in-string' ? `\\"${text}\\"` : JSON.stringify(text))] }];
  ctx.report({ node, messageId: 'notString', data: { name, value: text }, fixes });
  return true;
}

/** Checks a whole number within a range. */
export function checkNumber(ctx: RuleContext, t: TemplateModel | undefined, node: ValueNode | undefined, name: string, limit: NumberLimit, opts: ValueCheckOptions = {}): void {
  if (node === undefined || node.type === 'null' || isUnresolved(t, node) || ctx.isPlaceholder(node)) return;
  if (checkString(ctx, node, name, opts)) return;
  const r = resolveScalar(t, node);
  if (r === undefined) {
    if (!isObject(node) || node.properties.length > 0) ctx.report({ node, messageId: 'notNumber', data: { name, value: node.type === 'object' ? 'an object' : node.type === 'array' ? 'a list' : 'this' } });
    return;
  }
  const n = toNumber(r.value);
  const related = paramRelated(r);
  if (n === undefined) {
    ctx.report({ node, messageId: 'notNumber', data: { name, value: shown(r.value) }, related });
    return;
  }
  if (!Number.isInteger(n)) {
    ctx.report({ node, messageId: 'notInteger', data: { name, value: String(n) }, related });
    return;
  }
  if ((n < limit.min || n > limit.max) && !(limit.also ?? []).includes(n)) {
    const unit = limit.unit === '' ? '' : ` ${limit.unit}`;
    ctx.report({ node, messageId: 'outOfRange', data: { name, value: n, unit, min: limit.min.toLocaleString('en-US'), max: limit.max.toLocaleString('en-US') }, related });
  }
}

/** Checks `true`/`false` (booleans in templates, `"true"`/`"false"` strings in attribute files). */
export function checkBoolean(ctx: RuleContext, t: TemplateModel | undefined, node: ValueNode | undefined, name: string, opts: ValueCheckOptions = {}): void {
  if (node === undefined || node.type === 'null' || isUnresolved(t, node) || ctx.isPlaceholder(node)) return;
  if (checkString(ctx, node, name, opts)) return;
  const r = resolveScalar(t, node);
  const v = r === undefined ? undefined : typeof r.value === 'string' ? r.value.trim().toLowerCase() : r.value;
  if (v === true || v === false || v === 'true' || v === 'false') return;
  ctx.report({ node, messageId: 'notBoolean', data: { name, value: r === undefined ? 'this' : shown(r.value) }, related: r ? paramRelated(r) : undefined });
}

/** Checks a value from a fixed set (case-sensitive, as AWS compares them). */
export function checkEnum(ctx: RuleContext, t: TemplateModel | undefined, node: ValueNode | undefined, name: string, allowed: readonly string[], opts: ValueCheckOptions = {}): void {
  if (node === undefined || node.type === 'null' || isUnresolved(t, node) || ctx.isPlaceholder(node)) return;
  if (checkString(ctx, node, name, opts)) return;
  const r = resolveScalar(t, node);
  if (r !== undefined && allowed.includes(String(r.value))) return;
  ctx.report({ node, messageId: 'notEnum', data: { name, value: r === undefined ? 'this' : shown(r.value), allowed: allowed.join(', ') }, related: r ? paramRelated(r) : undefined });
}

/** Checks a string's length. */
export function checkLength(ctx: RuleContext, t: TemplateModel | undefined, node: ValueNode | undefined, name: string, max: number): void {
  if (node === undefined || ctx.isPlaceholder(node)) return;
  const r = resolveScalar(t, node);
  if (r === undefined || typeof r.value !== 'string') return;
  if (r.value.length > max) ctx.report({ node, messageId: 'tooLong', data: { name, length: r.value.length, max }, related: paramRelated(r) });
}

// SNS108: filter policy grammar: arrays of values or known operators, `$or` alternatives, nesting only for payload filtering.

import { ObjectNode, ValueNode, isArray, isObject } from '../../parse/tree';
import { FILTER_OPERATORS, isOrKey } from '../../settings/filter-policy';
import type { RuleContext } from '../types';
import { defineRule } from '../types';

const CIDR = /^(\d{1,3}(\.\d{1,3}){3}(\/\d{1,2})?|[0-9a-fA-F:]+:[0-9a-fA-F:.]*(\/\d{1,3})?)$/;

function checkOperand(ctx: RuleContext, op: string, v: ValueNode | undefined, at: ValueNode): void {
  const bad = (expected: string): void => ctx.report({ node: v ?? at, messageId: 'badOperand', data: { operator: op, expected } });
  if (v === undefined) return bad('a value');
  switch (op) {
    case 'prefix':
    case 'suffix':
    case 'equals-ignore-case':
      if (v.type !== 'string') bad('a string');
      return;
    case 'exists':
      if (v.type !== 'boolean') bad('true or false');
      return;
    case 'cidr':
      if (v.type !== 'string' || !CIDR.test(v.value)) bad('an IP address or CIDR block');
      return;
    case 'anything-but':
      if (v.type === 'string' || v.type === 'number') return;
      if (isArray(v) && v.items.length > 0 && v.items.every((i) => i.type === 'string' || i.type === 'number')) return;
      if (isObject(v) && v.properties.length === 1 && ['prefix', 'suffix'].includes(v.properties[0].key.value) && v.properties[0].value?.type === 'string') return;
      bad('a string, a number, a non-empty list of them, or {"prefix": "..."}');
      return;
    case 'numeric': {
      const items = isArray(v) ? v.items : [];
      const ok = (ops: readonly string[], i: number): boolean => items[i]?.type === 'string' && ops.includes((items[i] as { value: string }).value) && items[i + 1]?.type === 'number';
      const valid = (items.length === 2 && (ok(['=', '<', '<=', '>', '>='], 0)))
        || (items.length === 4 && ok(['>', '>='], 0) && ok(['<', '<='], 2));
      if (!valid) bad('["=", n], [">", n], [">=", n, "<", m] and similar');
      return;
    }
    default:
      return;
  }
}

function checkNumber(ctx: RuleContext, v: ValueNode): void {
  if (v.type === 'number' && Math.abs(v.value) > 1e9) ctx.report({ node: v, messageId: 'numberRange', data: { value: v.value } });
}

function visit(ctx: RuleContext, obj: ObjectNode, payload: boolean | undefined, depth: number): void {
  if (depth > 20) return;
  for (const p of obj.properties) {
    const v = p.value;
    if (v === undefined || ctx.isPlaceholder(v)) continue;
    if (p.key.value === '$or' && !isOrKey('$or', v)) {
      ctx.report({ node: p.key, messageId: 'badOr' });
      continue;
    }
    if (isOrKey(p.key.value, v)) {
      for (const branch of (v as { items: ValueNode[] }).items) visit(ctx, branch as ObjectNode, payload, depth + 1);
      continue;
    }
    if (isObject(v)) {
      if (payload === false) ctx.report({ node: p.key, messageId: 'nestedAttributes', data: { key: p.key.value } });
      visit(ctx, v, payload, depth + 1);
      continue;
    }
    if (!isArray(v)) {
      ctx.report({ node: v, messageId: 'notArray', data: { key: p.key.value } });
      continue;
    }
    if (v.items.length === 0) ctx.report({ node: v, messageId: 'emptyValues', data: { key: p.key.value } });
    for (const item of v.items) {
      if (ctx.isPlaceholder(item)) continue;
      if (item.type === 'array') {
        ctx.report({ node: item, messageId: 'badValue' });
        continue;
      }
      if (!isObject(item)) {
        checkNumber(ctx, item);
        continue;
      }
      if (item.properties.length !== 1) {
        ctx.report({ node: item, messageId: 'operatorKeys' });
        continue;
      }
      const op = item.properties[0];
      if (!FILTER_OPERATORS.includes(op.key.value)) {
        ctx.report({ node: op.key, messageId: 'unknownOperator', data: { operator: op.key.value, allowed: FILTER_OPERATORS.join(', ') } });
        continue;
      }
      checkOperand(ctx, op.key.value, op.value, item);
      if (op.value !== undefined && isArray(op.value)) op.value.items.forEach((n) => checkNumber(ctx, n));
      else if (op.value !== undefined) checkNumber(ctx, op.value);
    }
  }
}

export default defineRule({
  id: 'SNS108',
  name: 'valid-filter-policy',
  appliesTo: ['sns-filter-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'A subscription filter policy maps keys to non-empty arrays of values or known operators; nested keys only with `FilterPolicyScope: MessageBody`.',
    why: 'SNS rejects the subscription (or the `SetSubscriptionAttributes` call) when the filter policy is malformed: a key whose value is not an array, an unknown operator (SNS has `prefix`, `suffix`, `anything-but`, `numeric`, `exists`, `equals-ignore-case`, `cidr` and `$or`; `wildcard` is EventBridge only), a bad operand, numbers beyond ±10⁹, or nested keys with attribute-based filtering, which does not accept them.',
    invalid: [{ title: 'A bare string instead of an array', format: 'json', code: '{\n  "store": "example_corp"\n}\n', kind: 'sns-filter-policy' }],
    valid: [{ format: 'json', code: '{\n  "store": ["example_corp"],\n  "price_usd": [{"numeric": [">=", 100]}],\n  "event": [{"anything-but": "order_cancelled"}]\n}\n' }],
    references: ['https://docs.aws.amazon.com/sns/latest/dg/sns-subscription-filter-policies.html', 'https://docs.aws.amazon.com/sns/latest/dg/subscription-filter-policy-constraints.html'],
  },
  messages: {
    notArray: "The values of '{{key}}' must be an array ([\"value\"]).",
    emptyValues: "'{{key}}' has an empty array of values.",
    badValue: 'A filter value is a string, number, boolean, null or an operator object; nested arrays are not allowed.',
    operatorKeys: 'An operator object has exactly one operator.',
    unknownOperator: "'{{operator}}' is not an SNS filter operator ({{allowed}}).",
    badOperand: "'{{operator}}' takes {{expected}}.",
    numberRange: 'Numeric matching covers -1,000,000,000 to 1,000,000,000; {{value}} is outside.',
    badOr: '"$or" takes an array of at least two filter policies.',
    nestedAttributes: "'{{key}}' nests keys, which attribute-based filtering (FilterPolicyScope MessageAttributes, the default) does not accept; use FilterPolicyScope: MessageBody.",
  },
  check(ctx) {
    const root = ctx.unit.root;
    if (!isObject(root)) return;
    // Attribute scope is the default for template subscriptions; standalone files do not say.
    const scope = ctx.unit.context.filterPolicyScope;
    const inTemplate = ctx.unit.embedding !== 'file';
    const payload = scope === 'MessageBody' ? true : scope === 'MessageAttributes' || (inTemplate && scope === undefined) ? false : undefined;
    visit(ctx, root, payload, 0);
  },
});

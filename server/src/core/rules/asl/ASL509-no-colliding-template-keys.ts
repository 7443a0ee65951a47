// ASL509: two keys of one payload-template object that are the same once `.$` is stripped.

import { aslModel } from '../../asl/model';
import { payloadTemplates } from '../../asl/templates';
import { ValueNode, PropertyNode } from '../../parse/tree';
import { RuleContext, defineRule } from '../types';

export default defineRule({
  id: 'ASL509',
  name: 'no-colliding-template-keys',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'A payload template does not have both `key` and `key.$`.',
    why: 'Both produce the field `key` in the result; Step Functions rejects the template rather than pick one.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "A",\n  "States": { "A": { "Type": "Pass", "Parameters": { "id": "fixed", "id.$": "$.id" }, "End": true } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "A",\n  "States": { "A": { "Type": "Pass", "Parameters": { "id.$": "$.id" }, "End": true } }\n}\n' }],
    references: ['https://states-language.net/spec.html#payload-template'],
  },
  messages: {
    collision: "'{{key}}' and '{{other}}' both produce the field '{{field}}'.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) for (const t of payloadTemplates(s)) walk(ctx, t, 0);
  },
});

function walk(ctx: RuleContext, v: ValueNode | undefined, depth: number): void {
  if (v === undefined || depth > 100) return;
  if (v.type === 'array') for (const i of v.items) walk(ctx, i, depth + 1);
  if (v.type !== 'object') return;
  const seen = new Map<string, PropertyNode>();
  for (const p of v.properties) {
    const field = p.key.value.endsWith('.$') ? p.key.value.slice(0, -2) : p.key.value;
    const prev = seen.get(field);
    if (prev !== undefined && prev.key.value !== p.key.value) {
      ctx.report({ node: p.key, messageId: 'collision', data: { key: p.key.value, other: prev.key.value, field }, related: [{ message: `'${prev.key.value}' is here`, offset: prev.key.offset, length: prev.key.length }] });
    }
    seen.set(field, p);
    if (!p.key.value.endsWith('.$')) walk(ctx, p.value, depth + 1);
  }
}

// ASL111: literal timestamps (Wait `Timestamp`, Choice `Timestamp…` operands) are RFC 3339 with an
// uppercase `T` and a `Z` or numeric offset.

import { aslModel } from '../../asl/model';
import { COMPARISON_OPERATORS } from '../../asl/spec';
import { isJsonata, isUnknown } from '../../asl/util';
import { ObjectNode, ValueNode, getProperty, getValue, isArray, isObject, isString } from '../../parse/tree';
import { RuleContext, defineRule } from '../types';

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-](\d{2}):(\d{2}))$/;

/** Whether a string is an RFC 3339 timestamp as Step Functions accepts it. */
export function isTimestamp(s: string): boolean {
  const m = RFC3339.exec(s);
  if (m === null) return false;
  const [mo, d, h, mi, se] = [m[2], m[3], m[4], m[5], m[6]].map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 60) return false;
  if (m[9] !== undefined && (Number(m[9]) > 23 || Number(m[10]) > 59)) return false;
  return true;
}

export default defineRule({
  id: 'ASL111',
  name: 'valid-timestamp',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'Literal timestamps are RFC 3339 with an uppercase `T` and a `Z` or a numeric offset (`2026-01-31T09:00:00Z`).',
    why: 'Step Functions rejects a Wait `Timestamp` or a Choice `Timestamp…` operand in any other format, such as a lowercase `t`, a missing zone or a date alone.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "W",\n  "States": { "W": { "Type": "Wait", "Timestamp": "2026-01-31 09:00:00", "End": true } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "W",\n  "States": { "W": { "Type": "Wait", "Timestamp": "2026-01-31T09:00:00Z", "End": true } }\n}\n' }],
    references: ['https://states-language.net/spec.html#timestamps'],
  },
  messages: {
    format: "'{{value}}' is not an RFC 3339 timestamp (for example 2026-01-31T09:00:00Z).",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      if (s.node === undefined) continue;
      if (s.type === 'Wait') check(ctx, getProperty(s.node, 'Timestamp')?.value);
      if (s.type === 'Choice') {
        const choices = getValue(s.node, 'Choices');
        if (isArray(choices)) for (const r of choices.items) if (isObject(r)) rule(ctx, r, 0);
      }
    }
  },
});

function rule(ctx: RuleContext, r: ObjectNode, depth: number): void {
  if (depth > 50) return;
  for (const p of r.properties) {
    const k = p.key.value;
    if (COMPARISON_OPERATORS[k] === 'timestamp') check(ctx, p.value);
    else if (k === 'Not') {
      if (isObject(p.value)) rule(ctx, p.value, depth + 1);
    } else if ((k === 'And' || k === 'Or') && isArray(p.value)) {
      for (const i of p.value.items) if (isObject(i)) rule(ctx, i, depth + 1);
    }
  }
}

function check(ctx: RuleContext, v: ValueNode | undefined): void {
  if (!isString(v) || isUnknown(ctx, v) || isJsonata(v)) return;
  if (!isTimestamp(v.value)) ctx.report({ node: v, messageId: 'format', data: { value: v.value } });
}

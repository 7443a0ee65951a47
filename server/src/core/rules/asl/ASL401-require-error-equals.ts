// ASL401: every Retrier and Catcher has `ErrorEquals`, a non-empty array of error-name strings.

import { aslModel, objectItems } from '../../asl/model';
import { isUnknown, typeName } from '../../asl/util';
import { getProperty, getValue } from '../../parse/tree';
import { defineRule } from '../types';

export default defineRule({
  id: 'ASL401',
  name: 'require-error-equals',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'Every Retrier and Catcher has `ErrorEquals`: a non-empty array of error names.',
    why: 'A Retrier or Catcher matches errors by name; without names it matches nothing, and Step Functions rejects it.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "T",\n  "States": { "T": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Retry": [{ "ErrorEquals": [] }], "End": true } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "T",\n  "States": { "T": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Retry": [{ "ErrorEquals": ["States.TaskFailed"] }], "End": true } }\n}\n' }],
    references: ['https://states-language.net/spec.html#errors'],
  },
  messages: {
    missing: "A {{what}} needs 'ErrorEquals'.",
    empty: "'ErrorEquals' must be a non-empty array of error names, not {{actual}}.",
    notString: 'An error name must be a string, not {{actual}}.',
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      for (const [field, what] of [['Retry', 'Retrier'], ['Catch', 'Catcher']] as const) {
        for (const item of objectItems(getValue(s.node, field))) {
          const p = getProperty(item, 'ErrorEquals');
          if (p === undefined) {
            ctx.report({ range: { offset: item.offset, length: Math.min(1, item.length) }, messageId: 'missing', data: { what } });
            continue;
          }
          const v = p.value;
          if (v === undefined || isUnknown(ctx, v)) continue;
          if (v.type !== 'array' || v.items.length === 0) {
            ctx.report({ node: v, messageId: 'empty', data: { actual: v.type === 'array' ? 'an empty array' : typeName(v) } });
            continue;
          }
          for (const i of v.items) if (i.type !== 'string' && !isUnknown(ctx, i)) ctx.report({ node: i, messageId: 'notString', data: { actual: typeName(i) } });
        }
      }
    }
  },
});

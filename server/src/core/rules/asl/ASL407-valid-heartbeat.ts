// ASL407: HeartbeatSeconds is smaller than TimeoutSeconds when both are literal numbers.

import { aslModel } from '../../asl/model';
import { getProperty } from '../../parse/tree';
import { defineRule } from '../types';

export default defineRule({
  id: 'ASL407',
  name: 'valid-heartbeat',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: '`HeartbeatSeconds` is smaller than `TimeoutSeconds`.',
    why: 'The specification: "If provided, the HeartbeatSeconds interval MUST be smaller than the TimeoutSeconds value." A heartbeat interval at or above the timeout can never fire.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "T",\n  "States": { "T": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 60, "HeartbeatSeconds": 60, "End": true } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "T",\n  "States": { "T": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 60, "HeartbeatSeconds": 30, "End": true } }\n}\n' }],
    references: ['https://states-language.net/spec.html#task-state'],
  },
  messages: {
    notSmaller: 'HeartbeatSeconds ({{heartbeat}}) must be smaller than TimeoutSeconds ({{timeout}}).',
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      if (s.type !== 'Task' || s.node === undefined) continue;
      const t = getProperty(s.node, 'TimeoutSeconds');
      const h = getProperty(s.node, 'HeartbeatSeconds')?.value;
      if (t?.value?.type !== 'number' || h?.type !== 'number' || ctx.isPlaceholder(t.value) || ctx.isPlaceholder(h)) continue;
      if (h.value >= t.value.value) ctx.report({ node: h, messageId: 'notSmaller', data: { heartbeat: h.raw, timeout: t.value.raw }, related: [{ message: 'TimeoutSeconds', offset: t.key.offset, length: t.key.length }] });
    }
  },
});

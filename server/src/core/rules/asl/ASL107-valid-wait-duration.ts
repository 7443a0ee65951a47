// ASL107: a Wait state has exactly one of Seconds, Timestamp, SecondsPath and TimestampPath.

import { aslModel } from '../../asl/model';
import { getProperty } from '../../parse/tree';
import { defineRule } from '../types';

const FIELDS = ['Seconds', 'Timestamp', 'SecondsPath', 'TimestampPath'];

export default defineRule({
  id: 'ASL107',
  name: 'valid-wait-duration',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'A Wait state has exactly one of `Seconds`, `Timestamp`, `SecondsPath` and `TimestampPath`.',
    why: 'The four fields are alternative ways to say how long to wait; Step Functions rejects a Wait state with none or with several.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "W",\n  "States": { "W": { "Type": "Wait", "End": true } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "W",\n  "States": { "W": { "Type": "Wait", "Seconds": 10, "End": true } }\n}\n' }],
    references: ['https://states-language.net/spec.html#wait-state'],
  },
  messages: {
    none: "Wait state '{{name}}' needs one of Seconds, Timestamp, SecondsPath or TimestampPath.",
    several: "'{{field}}' conflicts with '{{other}}': a Wait state takes exactly one of Seconds, Timestamp, SecondsPath and TimestampPath.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      if (s.type !== 'Wait' || s.node === undefined) continue;
      const present = FIELDS.map((f) => getProperty(s.node, f)).filter((p) => p !== undefined).sort((a, b) => a!.offset - b!.offset);
      if (present.length === 0) ctx.report({ node: s.key, messageId: 'none', data: { name: s.name } });
      for (const p of present.slice(1)) ctx.report({ node: p!.key, messageId: 'several', data: { field: p!.key.value, other: present[0]!.key.value } });
    }
  },
});

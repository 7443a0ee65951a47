// ASL602: a Map state has exactly one of `ItemProcessor` and `Iterator`, an object (its StartAt and
// States are ASL101's).

import { aslModel } from '../../asl/model';
import { isUnknown, typeName } from '../../asl/util';
import { getProperty } from '../../parse/tree';
import { defineRule } from '../types';

export default defineRule({
  id: 'ASL602',
  name: 'valid-map-processor',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'A Map state has exactly one of `ItemProcessor` (or its deprecated alias `Iterator`), a state machine run for each item.',
    why: 'The processor is what a Map state runs for each item: Step Functions rejects a Map without one, or with both forms.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "M",\n  "States": { "M": { "Type": "Map", "End": true } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "M",\n  "States": { "M": { "Type": "Map", "End": true, "ItemProcessor": { "StartAt": "I", "States": { "I": { "Type": "Succeed" } } } } }\n}\n' }],
    references: ['https://docs.aws.amazon.com/step-functions/latest/dg/state-map-inline.html'],
  },
  messages: {
    missing: "Map state '{{name}}' needs an ItemProcessor.",
    both: 'A Map state has either ItemProcessor or Iterator, not both.',
    notObject: "'{{field}}' must be a state machine object with StartAt and States, not {{actual}}.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      if (s.type !== 'Map' || s.node === undefined) continue;
      const ip = getProperty(s.node, 'ItemProcessor');
      const it = getProperty(s.node, 'Iterator');
      if (ip === undefined && it === undefined) {
        ctx.report({ node: s.key, messageId: 'missing', data: { name: s.name } });
        continue;
      }
      if (ip !== undefined && it !== undefined) ctx.report({ node: (it.offset > ip.offset ? it : ip).key, messageId: 'both' });
      for (const p of [ip, it]) {
        const v = p?.value;
        if (p === undefined || v === undefined || isUnknown(ctx, v) || v.type === 'object') continue;
        ctx.report({ node: v, messageId: 'notObject', data: { field: p.key.value, actual: typeName(v) } });
      }
    }
  },
});

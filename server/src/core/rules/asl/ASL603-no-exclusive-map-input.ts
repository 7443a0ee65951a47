// ASL603: a Map state has at most one of ItemSelector/Parameters and at most one of Items/ItemsPath.

import { aslModel } from '../../asl/model';
import { getProperty } from '../../parse/tree';
import { defineRule } from '../types';

const PAIRS = [['ItemSelector', 'Parameters'], ['Items', 'ItemsPath']] as const;

export default defineRule({
  id: 'ASL603',
  name: 'no-exclusive-map-input',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'A Map state has at most one of `ItemSelector` and `Parameters`, and at most one of `Items` and `ItemsPath`.',
    why: '`Parameters` is the old name of `ItemSelector`, and `Items` is the JSONata form of `ItemsPath`; Step Functions rejects a Map with both of a pair.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "M",\n  "States": { "M": { "Type": "Map", "End": true, "ItemSelector": { "a.$": "$" }, "Parameters": { "b.$": "$" },\n    "ItemProcessor": { "StartAt": "I", "States": { "I": { "Type": "Succeed" } } } } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "M",\n  "States": { "M": { "Type": "Map", "End": true, "ItemSelector": { "a.$": "$" },\n    "ItemProcessor": { "StartAt": "I", "States": { "I": { "Type": "Succeed" } } } } }\n}\n' }],
    references: ['https://docs.aws.amazon.com/step-functions/latest/dg/state-map-inline.html'],
  },
  messages: {
    both: "A Map state has at most one of '{{first}}' and '{{second}}'.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      if (s.type !== 'Map' || s.node === undefined) continue;
      for (const [a, b] of PAIRS) {
        const pa = getProperty(s.node, a);
        const pb = getProperty(s.node, b);
        if (pa === undefined || pb === undefined) continue;
        ctx.report({ node: (pb.offset > pa.offset ? pb : pa).key, messageId: 'both', data: { first: a, second: b } });
      }
    }
  },
});

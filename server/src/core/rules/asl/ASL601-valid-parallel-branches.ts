// ASL601: a Parallel state's `Branches` is a non-empty array of state machines (objects).

import { aslModel } from '../../asl/model';
import { isUnknown, typeName } from '../../asl/util';
import { getProperty, isObject } from '../../parse/tree';
import { defineRule } from '../types';

export default defineRule({
  id: 'ASL601',
  name: 'valid-parallel-branches',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'A Parallel state has `Branches`: a non-empty array of state machines, each with `StartAt` and `States`.',
    why: 'Each branch runs as its own state machine; a Parallel state without branches has nothing to run. Any failing branch fails the whole state (`States.BranchFailed`).',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "P",\n  "States": { "P": { "Type": "Parallel", "Branches": [], "End": true } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "P",\n  "States": { "P": { "Type": "Parallel", "End": true, "Branches": [\n    { "StartAt": "B", "States": { "B": { "Type": "Succeed" } } }\n  ] } }\n}\n' }],
    references: ['https://states-language.net/spec.html#parallel-state'],
  },
  messages: {
    missing: "Parallel state '{{name}}' needs 'Branches'.",
    notArray: "'Branches' must be a non-empty array of state machines, not {{actual}}.",
    notObject: 'A branch must be a state machine object with StartAt and States, not {{actual}}.',
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      if (s.type !== 'Parallel' || s.node === undefined) continue;
      const p = getProperty(s.node, 'Branches');
      if (p === undefined) {
        ctx.report({ node: s.key, messageId: 'missing', data: { name: s.name } });
        continue;
      }
      const v = p.value;
      if (v === undefined || isUnknown(ctx, v)) continue;
      if (v.type !== 'array' || v.items.length === 0) {
        ctx.report({ node: v, messageId: 'notArray', data: { actual: v.type === 'array' ? 'an empty array' : typeName(v) } });
        continue;
      }
      for (const b of v.items) if (!isObject(b) && !isUnknown(ctx, b)) ctx.report({ node: b, messageId: 'notObject', data: { actual: typeName(b) } });
    }
  },
});

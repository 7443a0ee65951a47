// ASL301: a Choice state's `Choices` is a non-empty array of rule objects.

import { aslModel } from '../../asl/model';
import { isUnknown, typeName } from '../../asl/util';
import { getProperty, isObject } from '../../parse/tree';
import { defineRule } from '../types';

export default defineRule({
  id: 'ASL301',
  name: 'valid-choices',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'A Choice state has `Choices`: a non-empty array of Choice rules (objects).',
    why: 'A Choice state without rules cannot choose; Step Functions rejects it.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "C",\n  "States": {\n    "C": { "Type": "Choice", "Choices": [], "Default": "D" },\n    "D": { "Type": "Succeed" }\n  }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "C",\n  "States": {\n    "C": { "Type": "Choice", "Choices": [{ "Variable": "$.ok", "BooleanEquals": true, "Next": "D" }], "Default": "D" },\n    "D": { "Type": "Succeed" }\n  }\n}\n' }],
    references: ['https://states-language.net/spec.html#choice-state'],
  },
  messages: {
    missing: "Choice state '{{name}}' needs 'Choices'.",
    notArray: "'Choices' must be an array of Choice rules, not {{actual}}.",
    empty: "'Choices' must have at least one rule.",
    notObject: "A Choice rule must be an object, not {{actual}}.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      if (s.type !== 'Choice' || s.node === undefined) continue;
      const p = getProperty(s.node, 'Choices');
      if (p === undefined) {
        ctx.report({ node: s.key, messageId: 'missing', data: { name: s.name } });
        continue;
      }
      const v = p.value;
      if (v === undefined || isUnknown(ctx, v)) continue;
      if (v.type !== 'array') ctx.report({ node: v, messageId: 'notArray', data: { actual: typeName(v) } });
      else if (v.items.length === 0) ctx.report({ node: v, messageId: 'empty' });
      else for (const i of v.items) if (!isObject(i)) ctx.report({ node: i, messageId: 'notObject', data: { actual: typeName(i) } });
    }
  },
});

// ASL306 (hint): a Choice state without `Default` fails with States.NoChoiceMatched when no rule matches.

import { aslModel } from '../../asl/model';
import { getProperty } from '../../parse/tree';
import { defineRule } from '../types';

export default defineRule({
  id: 'ASL306',
  name: 'require-choice-default',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'hint',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'A Choice state without `Default` fails the execution with `States.NoChoiceMatched` when no rule matches.',
    why: 'Without a `Default` an unexpected input ends the execution with an error instead of a handled path. That is sometimes intended; the hint makes it visible.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "C",\n  "States": {\n    "C": { "Type": "Choice", "Choices": [{ "Variable": "$.ok", "BooleanEquals": true, "Next": "D" }] },\n    "D": { "Type": "Succeed" }\n  }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "C",\n  "States": {\n    "C": { "Type": "Choice", "Choices": [{ "Variable": "$.ok", "BooleanEquals": true, "Next": "D" }], "Default": "D" },\n    "D": { "Type": "Succeed" }\n  }\n}\n' }],
    references: ['https://states-language.net/spec.html#choice-state', 'https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html'],
  },
  messages: {
    noDefault: "Choice state '{{name}}' has no Default: when no rule matches, the execution fails with States.NoChoiceMatched.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      if (s.type === 'Choice' && s.node !== undefined && getProperty(s.node, 'Default') === undefined) ctx.report({ node: s.key, messageId: 'noDefault', data: { name: s.name } });
    }
  },
});

// ASL302: top-level Choice rules have `Next`; rules nested in And/Or/Not do not.

import { choiceRules } from '../../asl/choice';
import { aslModel } from '../../asl/model';
import { getProperty } from '../../parse/tree';
import { flavorOf, removeProperty } from '../fixes';
import { defineRule } from '../types';

export default defineRule({
  id: 'ASL302',
  name: 'valid-choice-rule-next',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'Each top-level Choice rule has `Next`; rules nested inside `And`, `Or` or `Not` have none.',
    why: 'Only a top-level rule decides where to go; a nested rule is part of a condition. Step Functions rejects a top-level rule without `Next` and a nested rule with one.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "C",\n  "States": {\n    "C": { "Type": "Choice", "Choices": [{ "Variable": "$.ok", "BooleanEquals": true }], "Default": "D" },\n    "D": { "Type": "Succeed" }\n  }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "C",\n  "States": {\n    "C": { "Type": "Choice", "Choices": [{ "Not": { "Variable": "$.ok", "BooleanEquals": true }, "Next": "D" }], "Default": "D" },\n    "D": { "Type": "Succeed" }\n  }\n}\n' }],
    fixSafety: 'Removing `Next` from a nested rule is safe: AWS rejects it and it had no effect.',
    references: ['https://states-language.net/spec.html#choice-state'],
  },
  messages: {
    missingNext: "A top-level Choice rule needs 'Next'.",
    nestedNext: "A rule nested in And, Or or Not cannot have 'Next'.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      if (s.type !== 'Choice' || s.node === undefined) continue;
      for (const v of choiceRules(s)) {
        const next = getProperty(v.rule, 'Next');
        if (v.depth === 0 && next === undefined) ctx.report({ range: { offset: v.rule.offset, length: Math.min(1, v.rule.length) }, messageId: 'missingNext' });
        if (v.depth > 0 && next !== undefined) ctx.report({ node: next.key, messageId: 'nestedNext', fixes: [{ title: "Remove 'Next'", safety: 'safe', preferred: true, edits: [removeProperty(ctx.doc, next, flavorOf(ctx.doc, ctx.unit))] }] });
      }
    }
  },
});

// ASL305: in JSONata Choice states each top-level rule has a `Condition` (a boolean or a `{% %}`
// expression). Variable and comparison operators in JSONata rules are ASL502's.

import { choiceRules } from '../../asl/choice';
import { aslModel } from '../../asl/model';
import { isJsonata, isUnknown, typeName } from '../../asl/util';
import { getProperty } from '../../parse/tree';
import { defineRule } from '../types';

export default defineRule({
  id: 'ASL305',
  name: 'valid-jsonata-choice-rule',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'In a JSONata Choice state each rule has `Condition` (a boolean or a `{% … %}` expression) and `Next`.',
    why: 'JSONata Choice rules are evaluated through `Condition` alone; a rule without it, or with a condition that is a plain string, is rejected.',
    invalid: [{ format: 'json', code: '{\n  "QueryLanguage": "JSONata",\n  "StartAt": "C",\n  "States": {\n    "C": { "Type": "Choice", "Choices": [{ "Next": "D" }], "Default": "D" },\n    "D": { "Type": "Succeed" }\n  }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "QueryLanguage": "JSONata",\n  "StartAt": "C",\n  "States": {\n    "C": { "Type": "Choice", "Choices": [{ "Condition": "{% $states.input.ok %}", "Next": "D" }], "Default": "D" },\n    "D": { "Type": "Succeed" }\n  }\n}\n' }],
    references: ['https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html'],
  },
  messages: {
    missing: "A JSONata Choice rule needs 'Condition'.",
    type: "'Condition' must be a boolean or a JSONata expression ({% … %}), not {{actual}}.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      if (s.type !== 'Choice' || s.node === undefined || s.queryLanguage !== 'JSONata') continue;
      for (const { rule, depth } of choiceRules(s)) {
        if (depth > 0) continue;
        const c = getProperty(rule, 'Condition');
        if (c === undefined) {
          ctx.report({ range: { offset: rule.offset, length: Math.min(1, rule.length) }, messageId: 'missing' });
          continue;
        }
        const v = c.value;
        if (v === undefined || isUnknown(ctx, v) || v.type === 'boolean' || isJsonata(v)) continue;
        ctx.report({ node: v, messageId: 'type', data: { actual: v.type === 'string' ? 'a plain string' : typeName(v) } });
      }
    }
  },
});

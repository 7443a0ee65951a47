// ASL303: a JSONPath Choice rule is either `Variable` with exactly one comparison operator, or one of
// `And`/`Or` (non-empty arrays of rules) and `Not` (a rule).

import { choiceRules, operatorsOf } from '../../asl/choice';
import { aslModel } from '../../asl/model';
import { isUnknown, typeName } from '../../asl/util';
import { getProperty } from '../../parse/tree';
import { defineRule } from '../types';

export default defineRule({
  id: 'ASL303',
  name: 'valid-choice-rule',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'A JSONPath Choice rule has `Variable` and exactly one comparison operator, or exactly one of `And`/`Or` (non-empty arrays) and `Not` (an object).',
    why: 'Step Functions evaluates one comparison per rule ("Each Choice Rule can only have one comparison operator"); several operators, a missing `Variable` or an empty `And` are rejected.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "C",\n  "States": {\n    "C": { "Type": "Choice", "Choices": [{ "Variable": "$.n", "NumericGreaterThan": 1, "NumericLessThan": 9, "Next": "D" }], "Default": "D" },\n    "D": { "Type": "Succeed" }\n  }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "C",\n  "States": {\n    "C": { "Type": "Choice", "Choices": [{ "And": [{ "Variable": "$.n", "NumericGreaterThan": 1 }, { "Variable": "$.n", "NumericLessThan": 9 }], "Next": "D" }], "Default": "D" },\n    "D": { "Type": "Succeed" }\n  }\n}\n' }],
    references: ['https://states-language.net/spec.html#choice-state'],
  },
  messages: {
    manyOperators: "'{{operator}}' is a second comparison operator: a Choice rule has exactly one (combine rules with And/Or).",
    noOperator: 'A Choice rule with a Variable needs a comparison operator (StringEquals, NumericGreaterThan, IsPresent, ...).',
    noVariable: "'{{operator}}' compares 'Variable', which this rule lacks.",
    mixed: "'{{field}}' cannot be combined with {{others}} in one Choice rule.",
    emptyCombinator: "'{{field}}' must be a non-empty array of Choice rules, not {{actual}}.",
    notObject: "'Not' must be a Choice rule (an object), not {{actual}}.",
    empty: 'A Choice rule needs Variable and a comparison operator, or And, Or or Not.',
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      if (s.type !== 'Choice' || s.node === undefined || s.queryLanguage !== 'JSONPath') continue;
      for (const { rule } of choiceRules(s)) {
        const ops = operatorsOf(rule);
        const variable = getProperty(rule, 'Variable');
        const combinators = rule.properties.filter((p) => p.key.value === 'And' || p.key.value === 'Or' || p.key.value === 'Not');
        if (combinators.length > 0) {
          for (const c of combinators.slice(1)) ctx.report({ node: c.key, messageId: 'mixed', data: { field: c.key.value, others: `'${combinators[0].key.value}'` } });
          if (variable !== undefined) ctx.report({ node: variable.key, messageId: 'mixed', data: { field: 'Variable', others: `'${combinators[0].key.value}'` } });
          for (const o of ops) ctx.report({ node: o.key, messageId: 'mixed', data: { field: o.key.value, others: `'${combinators[0].key.value}'` } });
          for (const c of combinators) {
            const v = c.value;
            if (v === undefined || isUnknown(ctx, v)) continue;
            if (c.key.value === 'Not') {
              if (v.type !== 'object') ctx.report({ node: v, messageId: 'notObject', data: { actual: typeName(v) } });
            } else if (v.type !== 'array' || v.items.length === 0) {
              ctx.report({ node: v, messageId: 'emptyCombinator', data: { field: c.key.value, actual: v.type === 'array' ? 'an empty array' : typeName(v) } });
            }
          }
          continue;
        }
        if (ops.length === 0) {
          if (variable !== undefined) ctx.report({ node: variable.key, messageId: 'noOperator' });
          else if (getProperty(rule, 'Condition') === undefined) ctx.report({ range: { offset: rule.offset, length: Math.min(1, rule.length) }, messageId: 'empty' });
          continue;
        }
        for (const o of ops.slice(1)) ctx.report({ node: o.key, messageId: 'manyOperators', data: { operator: o.key.value } });
        if (variable === undefined) ctx.report({ node: ops[0].key, messageId: 'noVariable', data: { operator: ops[0].key.value } });
      }
    }
  },
});

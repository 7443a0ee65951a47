// ASL304: each comparison operator gets an operand of its type: strings for String… and Timestamp…,
// numbers for Numeric…, booleans for BooleanEquals and the Is… tests, paths for the …Path forms;
// `StringMatches` escapes only `*` and `\`.

import { choiceRules } from '../../asl/choice';
import { aslModel } from '../../asl/model';
import { COMPARISON_OPERATORS, OperandKind } from '../../asl/spec';
import { isUnknown, typeName } from '../../asl/util';
import { ValueNode, isString, stringRange } from '../../parse/tree';
import { defineRule } from '../types';

const EXPECTED: Record<OperandKind, string> = {
  string: 'a string', number: 'a number', boolean: 'a boolean', timestamp: 'a timestamp string', path: 'a path string', 'true-false': 'true or false',
};

function fits(kind: OperandKind, v: ValueNode): boolean {
  switch (kind) {
    case 'string':
    case 'timestamp':
    case 'path':
      return v.type === 'string';
    case 'number':
      return v.type === 'number';
    case 'boolean':
    case 'true-false':
      return v.type === 'boolean';
  }
}

export default defineRule({
  id: 'ASL304',
  name: 'valid-choice-operand',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'A comparison operator gets an operand of its type: `String…`/`Timestamp…` a string, `Numeric…` a number, `BooleanEquals` and `Is…` a boolean, `…Path` a path.',
    why: 'Step Functions rejects `"NumericEquals": "5"` or `"IsPresent": "true"`; the quoted value is a string, not the number or boolean the operator compares.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "C",\n  "States": {\n    "C": { "Type": "Choice", "Choices": [{ "Variable": "$.n", "NumericEquals": "5", "Next": "D" }], "Default": "D" },\n    "D": { "Type": "Succeed" }\n  }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "C",\n  "States": {\n    "C": { "Type": "Choice", "Choices": [{ "Variable": "$.n", "NumericEquals": 5, "Next": "D" }], "Default": "D" },\n    "D": { "Type": "Succeed" }\n  }\n}\n' }],
    references: ['https://states-language.net/spec.html#choice-state'],
  },
  messages: {
    operand: "'{{operator}}' needs {{expected}}, not {{actual}}.",
    escape: "In StringMatches only '\\*' and '\\\\' are escapes; '\\{{char}}' is not.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      if (s.type !== 'Choice' || s.node === undefined || s.queryLanguage !== 'JSONPath') continue;
      for (const { rule } of choiceRules(s)) {
        for (const p of rule.properties) {
          const kind = COMPARISON_OPERATORS[p.key.value];
          const v = p.value;
          if (kind === undefined || v === undefined || isUnknown(ctx, v)) continue;
          if (!fits(kind, v)) {
            ctx.report({ node: v, messageId: 'operand', data: { operator: p.key.value, expected: EXPECTED[kind], actual: typeName(v) } });
            continue;
          }
          if (p.key.value === 'StringMatches' && isString(v)) {
            for (let i = 0; i < v.value.length; i++) {
              if (v.value[i] !== '\\') continue;
              const c = v.value[i + 1];
              if (c !== '*' && c !== '\\') {
                ctx.report({ range: stringRange(v, i, c === undefined ? 1 : 2), messageId: 'escape', data: { char: c ?? '' } });
                break;
              }
              i++;
            }
          }
        }
      }
    }
  },
});

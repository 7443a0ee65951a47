// ASL503: JSONata-only fields (Arguments, Output, Items; Choice rule Condition; Catcher Output) in
// JSONPath states.

import { stateFields } from '../../asl/fields';
import { aslModel } from '../../asl/model';
import { JSONATA_ONLY_FIELDS } from '../../asl/spec';
import { defineRule } from '../types';

export default defineRule({
  id: 'ASL503',
  name: 'no-jsonata-field-in-jsonpath',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'JSONPath states do not use the JSONata-only fields `Arguments`, `Output`, `Items` and (in Choice rules) `Condition`.',
    why: "AWS: \"The QueryLanguage is set to 'JSONPath', but field 'Output' is only supported for the 'JSONata' QueryLanguage\". Set `QueryLanguage` to `JSONata` on the state or the machine, or use the JSONPath fields.",
    invalid: [{ format: 'json', code: '{\n  "StartAt": "A",\n  "States": { "A": { "Type": "Pass", "Output": { "x": 1 }, "End": true } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "A",\n  "States": { "A": { "Type": "Pass", "QueryLanguage": "JSONata", "Output": { "x": 1 }, "End": true } }\n}\n' }],
    references: ['https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html'],
  },
  messages: {
    jsonataOnly: "The QueryLanguage is 'JSONPath', but field '{{field}}' is only supported for the 'JSONata' QueryLanguage.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      if (s.queryLanguage !== 'JSONPath') continue;
      for (const { prop, where } of stateFields(s)) {
        const k = prop.key.value;
        const bad = where === 'state' ? JSONATA_ONLY_FIELDS.has(k)
          : where === 'catcher' ? k === 'Output'
          : where === 'rule' ? k === 'Condition' || k === 'Output'
          : where === 'reader' || where === 'writer' ? k === 'Arguments'
          : false;
        if (bad) ctx.report({ node: prop.key, messageId: 'jsonataOnly', data: { field: k } });
      }
    }
  },
});

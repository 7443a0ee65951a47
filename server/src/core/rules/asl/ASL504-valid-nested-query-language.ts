// ASL504: a state cannot switch back to JSONPath inside a JSONata machine, and a Parallel branch or a
// Map processor has no QueryLanguage of its own (their states follow the machine's).

import { aslModel } from '../../asl/model';
import { getProperty, isString } from '../../parse/tree';
import { defineRule } from '../types';

export default defineRule({
  id: 'ASL504',
  name: 'valid-nested-query-language',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'In a JSONata machine no state sets `QueryLanguage` to `JSONPath`; branches and item processors have no `QueryLanguage` of their own.',
    why: "AWS rejects both: \"'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine\", and `QueryLanguage` is not a field of `ItemProcessor` or a branch. A Map or Parallel state's own `QueryLanguage` does not change the default of the states inside it.",
    invalid: [{ format: 'json', code: '{\n  "QueryLanguage": "JSONata",\n  "StartAt": "A",\n  "States": { "A": { "Type": "Pass", "QueryLanguage": "JSONPath", "End": true } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "A",\n  "States": { "A": { "Type": "Pass", "QueryLanguage": "JSONata", "End": true } }\n}\n' }],
    references: ['https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html'],
  },
  messages: {
    backToJsonPath: "'QueryLanguage' cannot be 'JSONPath' in a state machine whose QueryLanguage is 'JSONata'.",
    nested: "{{where}} has no QueryLanguage; set it on the machine or on each state.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    if (machine.queryLanguage === 'JSONata') {
      for (const s of machine.states) {
        const v = getProperty(s.node, 'QueryLanguage')?.value;
        if (isString(v) && v.value === 'JSONPath') ctx.report({ node: v, messageId: 'backToJsonPath' });
      }
    }
    for (const scope of machine.scopes) {
      if (scope.kind === 'root') continue;
      const p = getProperty(scope.node, 'QueryLanguage');
      if (p !== undefined) ctx.report({ node: p.key, messageId: 'nested', data: { where: scope.kind === 'branch' ? 'A Parallel branch' : `A Map ${scope.field ?? 'ItemProcessor'}` } });
    }
  },
});

// ASL506: what a JSONata expression may read: `$states.input`, `$states.context` everywhere,
// `$states.result` only in the Output/Assign of Task, Map and Parallel states, `$states.errorOutput`
// only in Catchers; no `$`, `$$` or unqualified field names at the top level (the input is
// `$states.input`); `Output` not on Fail states (ASL103), `Arguments` only on Task and Parallel (ASL103).

import { jsonataSites } from '../../asl/fields';
import { isJsonataString, parseJsonataNode } from '../../asl/jsonata';
import { aslModel } from '../../asl/model';
import { stringRange } from '../../parse/tree';
import { defineRule } from '../types';

const STATES_FIELDS = new Set(['input', 'result', 'errorOutput', 'context']);
const RESULT_STATES = new Set(['Task', 'Map', 'Parallel']);

export default defineRule({
  id: 'ASL506',
  name: 'valid-jsonata-references',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'JSONata expressions read `$states.input` and `$states.context`; `$states.result` only in a Task, Map or Parallel `Output`/`Assign`; `$states.errorOutput` only in Catchers; never `$`, `$$` or bare field names at the top level.',
    why: 'Step Functions binds no context item to a state\'s expressions: the input is `$states.input`, and `$states.result` exists only once a task has a result. Reading `$states.result` in `Arguments`, or a bare `order.id`, fails when the definition is created or evaluates to nothing at run time.',
    invalid: [{ format: 'json', code: '{\n  "QueryLanguage": "JSONata",\n  "StartAt": "T",\n  "States": { "T": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Arguments": { "Payload": "{% $states.result %}" }, "End": true } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "QueryLanguage": "JSONata",\n  "StartAt": "T",\n  "States": { "T": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Arguments": { "Payload": "{% $states.input %}" }, "Output": "{% $states.result.Payload %}", "End": true } }\n}\n' }],
    references: ['https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html', 'https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html'],
  },
  messages: {
    unknownStatesField: "'$states.{{name}}' does not exist; use $states.input, $states.result, $states.errorOutput or $states.context.",
    resultHere: "'$states.result' is only available in the Output and Assign of Task, Map and Parallel states.",
    errorOutputHere: "'$states.errorOutput' is only available in a Catcher's Output and Assign.",
    topLevel: "'{{name}}' has no value at the top level of a Step Functions expression: read the input as $states.input{{suffix}}.",
    dollarDollar: "'$$' is JSONPath's Context Object; in JSONata use $states.context.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      if (s.queryLanguage !== 'JSONata') continue;
      for (const site of jsonataSites(s, isJsonataString)) {
        const parsed = parseJsonataNode(site.node);
        if (parsed === undefined || parsed.error !== undefined) continue;
        const at = (o: number, l: number) => stringRange(site.node, parsed.expr.start + o, Math.max(1, l));
        const inCatch = site.field === 'Catch';
        const outputField = inCatch ? site.inner === 'Output' || site.inner === 'Assign' : site.field === 'Output' || site.field === 'Assign';
        for (const u of parsed.uses) {
          if (u.kind === 'states') {
            if (!STATES_FIELDS.has(u.name)) ctx.report({ range: at(u.offset, u.length), messageId: 'unknownStatesField', data: { name: u.name } });
            else if (u.name === 'result' && (inCatch || !outputField || !RESULT_STATES.has(s.type ?? ''))) ctx.report({ range: at(u.offset, u.length), messageId: 'resultHere' });
            else if (u.name === 'errorOutput' && !(inCatch && outputField)) ctx.report({ range: at(u.offset, u.length), messageId: 'errorOutputHere' });
          } else if (u.kind === 'dollar-dollar') {
            ctx.report({ range: at(u.offset, u.length), messageId: 'dollarDollar' });
          } else {
            ctx.report({ range: at(u.offset, u.length), messageId: 'topLevel', data: { name: u.name, suffix: u.kind === 'field' ? `.${u.name}` : '' } });
          }
        }
      }
    }
  },
});

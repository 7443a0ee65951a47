// ASL404: every Catcher has `Next` (where to go after catching).

import { aslModel, objectItems } from '../../asl/model';
import { getProperty, getValue } from '../../parse/tree';
import { defineRule } from '../types';

export default defineRule({
  id: 'ASL404',
  name: 'require-catcher-next',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'Every Catcher has `Next`: the state to go to after catching the error.',
    why: 'A Catcher is a transition; without `Next` Step Functions rejects it.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "T",\n  "States": { "T": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Catch": [{ "ErrorEquals": ["States.ALL"] }], "End": true } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "T",\n  "States": {\n    "T": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Catch": [{ "ErrorEquals": ["States.ALL"], "Next": "F" }], "End": true },\n    "F": { "Type": "Fail" }\n  }\n}\n' }],
    references: ['https://states-language.net/spec.html#fallback-states'],
  },
  messages: {
    missing: "A Catcher needs 'Next'.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      for (const c of objectItems(getValue(s.node, 'Catch'))) {
        if (getProperty(c, 'Next') === undefined) ctx.report({ range: { offset: c.offset, length: Math.min(1, c.length) }, messageId: 'missing' });
      }
    }
  },
});

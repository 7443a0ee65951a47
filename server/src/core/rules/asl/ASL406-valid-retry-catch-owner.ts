// ASL406: `Retry` and `Catch` belong only to Task, Parallel and Map states.

import { aslModel } from '../../asl/model';
import { STATE_TYPE_SET } from '../../asl/spec';
import { getProperty } from '../../parse/tree';
import { flavorOf, removeProperty } from '../fixes';
import { defineRule } from '../types';

const OWNERS = new Set(['Task', 'Parallel', 'Map']);

export default defineRule({
  id: 'ASL406',
  name: 'valid-retry-catch-owner',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: '`Retry` and `Catch` are allowed only on Task, Parallel and Map states.',
    why: 'Only these states run work that can fail with a retriable error; Step Functions rejects `Retry` or `Catch` anywhere else.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "P",\n  "States": { "P": { "Type": "Pass", "Retry": [{ "ErrorEquals": ["States.ALL"] }], "End": true } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "T",\n  "States": { "T": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Retry": [{ "ErrorEquals": ["States.ALL"] }], "End": true } }\n}\n' }],
    fixSafety: 'Removing the field is a suggestion: it may hold a Catcher transition that should move to another state.',
    references: ['https://states-language.net/spec.html#errors'],
  },
  messages: {
    notAllowed: "A {{type}} state cannot have '{{field}}' (only Task, Parallel and Map states can).",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      if (s.node === undefined || s.type === undefined || !STATE_TYPE_SET.has(s.type) || OWNERS.has(s.type)) continue;
      for (const f of ['Retry', 'Catch']) {
        const p = getProperty(s.node, f);
        if (p !== undefined) ctx.report({ node: p.key, messageId: 'notAllowed', data: { type: s.type, field: f }, fixes: [{ title: `Remove '${f}'`, safety: 'suggestion', edits: [removeProperty(ctx.doc, p, flavorOf(ctx.doc, ctx.unit))] }] });
      }
    }
  },
});

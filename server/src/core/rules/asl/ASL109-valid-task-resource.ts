// ASL109: a Task's `Resource` is a Lambda function ARN, an activity ARN, a service integration or a
// URI. Placeholders (`${FnArn}`) and CloudFormation intrinsics are unknown and never reported.

import { aslModel } from '../../asl/model';
import { isResourceProblem, parseResource } from '../../asl/resources';
import { isUnknown } from '../../asl/util';
import { getProperty, isString, stringRange } from '../../parse/tree';
import { defineRule } from '../types';

export default defineRule({
  id: 'ASL109',
  name: 'valid-task-resource',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'A Task `Resource` is a Lambda function ARN, an activity ARN, a service integration (`arn:aws:states:::service:action[.sync|.waitForTaskToken]`) or a URI.',
    why: 'Step Functions rejects a Resource it cannot call. A misspelt integration pattern (`.waitForToken`) or a bare function name fails only at deployment, or in templates only once the stack is created.',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "T",\n  "States": { "T": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForToken", "End": true } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "T",\n  "States": { "T": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken", "End": true } }\n}\n' }],
    references: ['https://states-language.net/spec.html#task-state', 'https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html'],
  },
  messages: {
    missing: "Task state '{{name}}' needs a 'Resource'.",
    invalid: "Invalid Task Resource: {{detail}}.",
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      if (s.type !== 'Task' || s.node === undefined) continue;
      const p = getProperty(s.node, 'Resource');
      if (p === undefined) {
        ctx.report({ node: s.key, messageId: 'missing', data: { name: s.name } });
        continue;
      }
      const v = p.value;
      if (!isString(v) || isUnknown(ctx, v)) continue;
      const r = parseResource(v.value);
      if (isResourceProblem(r)) ctx.report({ range: stringRange(v, r.offset, Math.max(1, r.length)), messageId: 'invalid', data: { detail: r.message } });
    }
  },
});

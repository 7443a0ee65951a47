// ASL408: activities and callback (.waitForTaskToken) tasks without TimeoutSeconds can wait until the
// execution itself times out (a year for Standard workflows); callbacks without HeartbeatSeconds
// cannot notice a lost worker.

import { aslModel } from '../../asl/model';
import { isResourceProblem, parseResource } from '../../asl/resources';
import { getProperty, getValue, isString } from '../../parse/tree';
import { flavorOf, insertProperty } from '../fixes';
import { defineRule } from '../types';

export default defineRule({
  id: 'ASL408',
  name: 'require-task-timeout',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'Activity and callback (`.waitForTaskToken`) tasks set `TimeoutSeconds`; callbacks also set `HeartbeatSeconds`.',
    why: 'AWS: "By default, the Amazon States Language doesn\'t specify timeouts ... If you use a callback with a task token (.waitForTaskToken), we recommend that you use heartbeats." Without them a lost token or worker leaves the execution stuck until its own limit (one year for Standard workflows).',
    invalid: [{ format: 'json', code: '{\n  "StartAt": "T",\n  "States": { "T": { "Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "HeartbeatSeconds": 60, "End": true } }\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "StartAt": "T",\n  "States": { "T": { "Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "TimeoutSeconds": 3600, "HeartbeatSeconds": 300, "End": true } }\n}\n' }],
    fixSafety: 'Adding `HeartbeatSeconds` is a suggestion: the worker must then send heartbeats (SendTaskHeartbeat) at least that often.',
    references: ['https://docs.aws.amazon.com/step-functions/latest/dg/sfn-stuck-execution.html', 'https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html#connect-wait-token'],
  },
  messages: {
    noTimeout: "This {{what}} has no TimeoutSeconds: it can wait until the execution times out (one year for Standard workflows).",
    noHeartbeat: 'This callback task has no HeartbeatSeconds: a lost worker or task token goes unnoticed until the timeout.',
  },
  check(ctx) {
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      if (s.type !== 'Task' || s.node === undefined) continue;
      const res = getValue(s.node, 'Resource');
      if (!isString(res)) continue;
      const r = parseResource(res.value);
      if (isResourceProblem(r)) continue;
      const callback = r.pattern === 'waitForTaskToken';
      if (!callback && r.kind !== 'activity') continue;
      const timeout = getProperty(s.node, 'TimeoutSeconds') ?? getProperty(s.node, 'TimeoutSecondsPath');
      if (timeout === undefined) ctx.report({ node: res, messageId: 'noTimeout', data: { what: callback ? 'callback task' : 'activity task' } });
      if (callback && getProperty(s.node, 'HeartbeatSeconds') === undefined && getProperty(s.node, 'HeartbeatSecondsPath') === undefined) {
        const t = getValue(s.node, 'TimeoutSeconds');
        const value = t?.type === 'number' && t.value > 1 ? Math.max(1, Math.min(3600, Math.floor(t.value / 2))) : 300;
        ctx.report({
          node: res,
          messageId: 'noHeartbeat',
          severity: 'info',
          fixes: [{ title: `Add "HeartbeatSeconds": ${value}`, safety: 'suggestion', preferred: true, edits: [insertProperty(ctx.doc, s.node, 'HeartbeatSeconds', value, flavorOf(ctx.doc, ctx.unit))] }],
        });
      }
    }
  },
});

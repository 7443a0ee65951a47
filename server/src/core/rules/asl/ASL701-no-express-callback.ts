// ASL701: Express workflows (StateMachineType / SAM Type EXPRESS) cannot use the `.sync` or
// `.waitForTaskToken` integration patterns, nor activities.

import { aslModel } from '../../asl/model';
import { isResourceProblem, parseResource } from '../../asl/resources';
import { getValue, isString, stringRange } from '../../parse/tree';
import { defineRule } from '../types';

export default defineRule({
  id: 'ASL701',
  name: 'no-express-callback',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'Express workflows do not use `.sync`, `.waitForTaskToken` or activities.',
    why: 'AWS: Express workflows "don\'t support ... the Run a Job (.sync) or Wait for Callback (.waitForTaskToken) service integration patterns", nor activities. The stack fails to deploy. The workflow type comes from the template\'s `StateMachineType` (SAM: `Type`).',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Machine:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      StateMachineType: EXPRESS\n      Definition:\n        StartAt: Run\n        States:\n          Run:\n            Type: Task\n            Resource: arn:aws:states:::ecs:runTask.sync\n            End: true\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Machine:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      StateMachineType: STANDARD\n      Definition:\n        StartAt: Run\n        States:\n          Run:\n            Type: Task\n            Resource: arn:aws:states:::ecs:runTask.sync\n            End: true\n' }],
    references: ['https://docs.aws.amazon.com/step-functions/latest/dg/choosing-workflow-type.html'],
  },
  messages: {
    pattern: "Express workflows do not support the '{{pattern}}' integration pattern.",
    activity: 'Express workflows do not support activities.',
  },
  check(ctx) {
    if (ctx.unit.context.stateMachineType !== 'EXPRESS') return;
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      if (s.type !== 'Task') continue;
      const res = getValue(s.node, 'Resource');
      if (!isString(res)) continue;
      const r = parseResource(res.value);
      if (isResourceProblem(r)) continue;
      if (r.kind === 'activity') ctx.report({ node: res, messageId: 'activity' });
      else if (r.suffix !== undefined && r.pattern !== 'request-response') ctx.report({ range: stringRange(res, r.suffix.offset, r.suffix.length), messageId: 'pattern', data: { pattern: res.value.slice(r.suffix.offset) } });
    }
  },
});

// ASL704: state machine names (a template's StateMachineName) and activity names (in activity ARNs)
// are 1–80 characters without whitespace, wildcards, brackets, special or control characters.

import { aslModel } from '../../asl/model';
import { isResourceProblem, parseResource } from '../../asl/resources';
import { isUnknown } from '../../asl/util';
import { StringNode, getProperty, getValue, isString, stringRange } from '../../parse/tree';
import { RuleContext, defineRule } from '../types';

const FORBIDDEN = /[\s<>{}[\]?*"#%\\^|~`$&,;:/\u0000-\u001f\u007f-\u009f]/u;

/** The first problem with a Step Functions resource name, or undefined. */
export function nameProblem(name: string): { offset: number; detail: string } | undefined {
  const length = [...name].length;
  if (length === 0) return { offset: 0, detail: 'it is empty' };
  if (length > 80) return { offset: 0, detail: `it is ${length} characters long (at most 80)` };
  const m = FORBIDDEN.exec(name);
  if (m) return { offset: m.index, detail: `'${m[0].replace(/\s/, ' ')}' is not allowed (no whitespace, wildcards, brackets or special characters)` };
  return undefined;
}

export default defineRule({
  id: 'ASL704',
  name: 'valid-resource-name',
  appliesTo: ['asl'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: 'State machine and activity names are 1–80 characters with no whitespace, wildcards (`*?`), brackets, special characters (`"#%\\^|~`$&,;:/`) or control characters.',
    why: 'Step Functions rejects other names when the state machine or activity is created.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Machine:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      StateMachineName: order processing\n      Definition:\n        StartAt: A\n        States:\n          A:\n            Type: Succeed\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Machine:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      StateMachineName: order-processing\n      Definition:\n        StartAt: A\n        States:\n          A:\n            Type: Succeed\n' }],
    references: ['https://docs.aws.amazon.com/step-functions/latest/apireference/API_CreateStateMachine.html'],
  },
  messages: {
    invalid: 'Invalid {{what}} name: {{detail}}.',
  },
  check(ctx) {
    const r = ctx.unit.resource;
    if (r !== undefined) {
      const n = getProperty(r.properties, r.type === 'AWS::Serverless::StateMachine' ? 'Name' : 'StateMachineName')?.value;
      if (isString(n)) check(ctx, n, n.value, 0, 'state machine');
    }
    const machine = aslModel(ctx.unit);
    if (machine === undefined) return;
    for (const s of machine.states) {
      if (s.type !== 'Task') continue;
      const res = getValue(s.node, 'Resource');
      if (!isString(res)) continue;
      const pr = parseResource(res.value);
      if (!isResourceProblem(pr) && pr.kind === 'activity' && pr.name !== undefined) check(ctx, res, pr.name, pr.nameOffset ?? 0, 'activity');
    }
  },
});

function check(ctx: RuleContext, node: StringNode, name: string, base: number, what: string): void {
  if (isUnknown(ctx, node)) return;
  const p = nameProblem(name);
  if (p === undefined) return;
  const range = p.detail.startsWith("'") ? stringRange(node, base + p.offset, 1) : stringRange(node, base, Math.max(1, name.length));
  ctx.report({ range, messageId: 'invalid', data: { what, detail: p.detail } });
}

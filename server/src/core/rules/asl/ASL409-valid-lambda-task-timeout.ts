// ASL409: in a template, a Task that invokes a Lambda function of the same template has a
// TimeoutSeconds at least the function's Timeout (default 3 seconds); otherwise the state gives up
// (States.Timeout) while the function is still running, and a retry runs it twice.
// Not in checks.md's list: it is the "Task invoking a Lambda function of the same template" check of
// issue 7, kept next to the other timeout checks (ASL407, ASL408).

import { aslModel } from '../../asl/model';
import { findPlaceholders } from '../../model/embedded';
import { TemplateModel, intrinsicArg, intrinsicName } from '../../model/template';
import { ValueNode, getPath, getProperty, getValue, isArray, isString } from '../../parse/tree';
import { RuleContext, defineRule } from '../types';

export default defineRule({
  id: 'ASL409',
  name: 'valid-lambda-task-timeout',
  appliesTo: ['asl'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.1.0',
  docs: {
    summary: "A Task invoking a Lambda function of the same template has a `TimeoutSeconds` no smaller than the function's `Timeout`.",
    why: 'With a shorter state timeout the execution fails with `States.Timeout` (or retries) while the function is still running, so the work can be done twice or its result lost.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Timeout: 120\n  Machine:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      DefinitionSubstitutions:\n        FnArn: !GetAtt Fn.Arn\n      Definition:\n        StartAt: Call\n        States:\n          Call:\n            Type: Task\n            Resource: arn:aws:states:::lambda:invoke\n            Parameters:\n              FunctionName: ${FnArn}\n            TimeoutSeconds: 60\n            End: true\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Timeout: 120\n  Machine:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      DefinitionSubstitutions:\n        FnArn: !GetAtt Fn.Arn\n      Definition:\n        StartAt: Call\n        States:\n          Call:\n            Type: Task\n            Resource: arn:aws:states:::lambda:invoke\n            Parameters:\n              FunctionName: ${FnArn}\n            TimeoutSeconds: 150\n            End: true\n' }],
    references: ['https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html', 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html'],
  },
  messages: {
    belowFunction: "TimeoutSeconds ({{timeout}}) is below the Timeout of function '{{function}}' ({{functionTimeout}} s): the state can time out while the function still runs.",
  },
  check(ctx) {
    const template = ctx.doc.template;
    const machine = aslModel(ctx.unit);
    if (template === undefined || machine === undefined) return;
    for (const s of machine.states) {
      if (s.type !== 'Task' || s.node === undefined) continue;
      const t = getProperty(s.node, 'TimeoutSeconds');
      if (t?.value?.type !== 'number' || ctx.isPlaceholder(t.value)) continue;
      const res = getValue(s.node, 'Resource');
      if (!isString(res)) continue;
      let ref: ValueNode | undefined;
      if (/^arn:[^:]+:states:::lambda:invoke$/.test(res.value)) {
        ref = getPath(s.node, ['Parameters', 'FunctionName']) ?? getPath(s.node, ['Arguments', 'FunctionName']);
      } else if (res.value.includes('${')) ref = res;
      const fn = functionOf(ctx, template, ref);
      if (fn === undefined) continue;
      if (t.value.value < fn.timeout) ctx.report({ node: t.value, messageId: 'belowFunction', data: { timeout: t.value.raw, function: fn.name, functionTimeout: fn.timeout } });
    }
  },
});

/** The template function a FunctionName/Resource value names through a placeholder, and its timeout. */
function functionOf(ctx: RuleContext, template: TemplateModel, node: ValueNode | undefined): { name: string; timeout: number } | undefined {
  if (node === undefined) return undefined;
  let names: string[] = [];
  if (isString(node)) names = findPlaceholders(node.value).map((p) => p.name);
  for (const ph of ctx.unit.placeholders) {
    if (ph.offset >= node.offset && ph.offset < node.offset + Math.max(1, node.length)) names.push(ph.name);
  }
  for (const name of names) {
    const logical = logicalId(ctx, template, name);
    const r = logical === undefined ? undefined : template.resources.get(logical);
    if (r === undefined) continue;
    if (r.type === 'AWS::Lambda::Function') return { name: r.name, timeout: numberOr(getValue(r.properties, 'Timeout'), 3) };
    if (r.type === 'AWS::Serverless::Function') {
      const global = getValue(getValue(template.globals, 'Function'), 'Timeout');
      return { name: r.name, timeout: numberOr(getValue(r.properties, 'Timeout'), numberOr(global, 3)) };
    }
  }
  return undefined;
}

function logicalId(ctx: RuleContext, template: TemplateModel, name: string): string | undefined {
  const sub = getValue(ctx.unit.context.substitutionsNode, name);
  if (sub !== undefined) {
    const fn = intrinsicName(sub);
    const arg = intrinsicArg(sub);
    if (fn === 'Ref' && isString(arg)) return arg.value;
    if (fn === 'Fn::GetAtt') {
      if (isString(arg)) return arg.value.split('.')[0];
      if (isArray(arg) && isString(arg.items[0])) return arg.items[0].value;
    }
    return undefined;
  }
  const base = name.split('.')[0];
  return template.resources.has(base) ? base : undefined;
}

function numberOr(v: ValueNode | undefined, d: number): number {
  return v?.type === 'number' ? v.value : d;
}

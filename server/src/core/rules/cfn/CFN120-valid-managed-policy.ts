// CFN120 UNKNOWN_MANAGED_POLICY: a template attaches an AWS managed policy that does not exist (wrong
// name or wrong path), or one that only service-linked roles can have.

import { intrinsicArg, intrinsicName } from '../../model/template';
import type { TemplateModel, TemplateResource } from '../../model/template';
import { ATTACHING_PROPERTIES, MANAGED_POLICY_PROPERTIES } from '../../cfn/managed-policy-properties';
import { textPieces } from '../../cfn/resolve';
import { ManagedPolicies, ManagedPolicyInfo, parseManagedPolicyArn } from '../../iam/managed-policies';
import { ValueNode, asList, getProperty, isString } from '../../parse/tree';
import { replaceStringContent } from '../fixes';
import type { Fix, RuleContext } from '../types';
import { defineRule } from '../types';

/** Stands for text that is not known statically (`${AWS::Partition}`, a reference). */
const UNKNOWN = '\u0000';

/** The string values a property may take: list items and both branches of `Fn::If`. */
function values(node: ValueNode | undefined, out: ValueNode[], depth = 0): ValueNode[] {
  if (node === undefined || depth > 8) return out;
  if (node.type === 'array') {
    for (const item of asList(node)) values(item, out, depth + 1);
    return out;
  }
  if (intrinsicName(node) === 'Fn::If') {
    const arg = intrinsicArg(node);
    if (arg?.type === 'array') for (const branch of arg.items.slice(1, 3)) values(branch, out, depth + 1);
    return out;
  }
  out.push(node);
  return out;
}

/** The string node whose text holds the ARN: the value itself, or the template of `Fn::Sub`. */
function textNode(node: ValueNode): ValueNode | undefined {
  if (isString(node)) return node;
  if (intrinsicName(node) !== 'Fn::Sub') return undefined;
  const arg = intrinsicArg(node);
  const template = arg?.type === 'array' ? arg.items[0] : arg;
  return isString(template) ? template : undefined;
}

/** A fix that swaps `policy<path><name>` for the ARN of `to` inside the node's text. */
function swapFix(node: ValueNode, written: string, to: ManagedPolicyInfo, ctx: RuleContext, preferred: boolean): Fix | undefined {
  const target = textNode(node);
  if (target === undefined || !isString(target)) return undefined;
  const at = target.value.lastIndexOf(written);
  if (at < 0) return undefined;
  const next = target.value.slice(0, at) + `policy${to.path}${to.name}` + target.value.slice(at + written.length);
  return { title: `Use AWS managed policy ${to.path === '/' ? '' : to.path.slice(1)}${to.name}`, safety: preferred ? 'safe' : 'suggestion', preferred, edits: [replaceStringContent(target, next, ctx.doc.format)] };
}

function checkArn(ctx: RuleContext, t: TemplateModel, mp: ManagedPolicies, r: TemplateResource, prop: string, node: ValueNode): void {
  const pieces = textPieces(t, node);
  if (pieces === undefined) return;
  const text = pieces.map((p) => (p.kind === 'text' ? p.text : UNKNOWN)).join('');
  const arn = parseManagedPolicyArn(text, UNKNOWN);
  // Other partitions have their own (smaller) lists of managed policies.
  if (arn === undefined || (arn.partition !== undefined && arn.partition !== 'aws')) return;
  const written = `policy${arn.path}${arn.name}`;
  const shown = text.replace(UNKNOWN, '${AWS::Partition}');
  const known = mp.get(arn.name) ?? mp.getIgnoringCase(arn.name);
  if (known === undefined) {
    const near = mp.suggest(arn.name);
    const fixes = near.map((p) => swapFix(node, written, p, ctx, false)).filter((f): f is Fix => f !== undefined);
    ctx.report({ node, messageId: 'unknown', data: { arn: shown, ...listData(mp), hint: near.length > 0 ? ` Did you mean ${near.map((p) => p.name).join(', ')}?` : '' }, fixes });
    return;
  }
  if (known.path !== arn.path) {
    const fix = swapFix(node, written, known, ctx, true);
    ctx.report({ node, messageId: 'wrongPath', data: { arn: shown, name: known.name, path: known.path }, fixes: fix ? [fix] : undefined });
    return;
  }
  if (known.serviceLinkedOnly && ATTACHING_PROPERTIES.has(prop)) reportServiceLinked(ctx, r, node, known);
}

function reportServiceLinked(ctx: RuleContext, r: TemplateResource, node: ValueNode, p: ManagedPolicyInfo): void {
  ctx.report({ node, messageId: 'serviceLinked', data: { name: p.name, resource: r.name }, severity: 'error' });
}

function checkSamName(ctx: RuleContext, mp: ManagedPolicies, r: TemplateResource, node: ValueNode): void {
  if (!isString(node) || !/^[\w+=,.@-]+$/.test(node.value)) return;
  const known = mp.get(node.value) ?? mp.getIgnoringCase(node.value);
  if (known !== undefined) {
    if (known.serviceLinkedOnly) reportServiceLinked(ctx, r, node, known);
    return;
  }
  const near = mp.suggest(node.value);
  const fixes: Fix[] = near.map((p) => ({ title: `Use AWS managed policy ${p.name}`, safety: 'suggestion', preferred: false, edits: [replaceStringContent(node, p.name, ctx.doc.format)] }));
  ctx.report({ node, messageId: 'unknownName', data: { name: node.value, resource: r.name, ...listData(mp), hint: near.length > 0 ? ` Did you mean ${near.map((p) => p.name).join(', ')}?` : '' }, fixes });
}

function listData(mp: ManagedPolicies): { count: string; date: string } {
  return { count: mp.size.toLocaleString('en-US'), date: mp.source.date };
}

export default defineRule({
  id: 'CFN120',
  name: 'valid-managed-policy',
  appliesTo: ['cfn-template'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'Managed policy ARNs (`ManagedPolicyArns`, `PermissionsBoundary`, SAM `Policies`, IAM Identity Center `ManagedPolicies`) must name an AWS managed policy that exists, under its path, and attachable by you.',
    why: 'CloudFormation fails the stack with "Policy arn:aws:iam::aws:policy/... does not exist or is not attachable" when the name is misspelt or the path is missing: many AWS managed policies live under `service-role/` or `job-function/` (`arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole`). Policies under `aws-service-role/` belong to service-linked roles, which AWS creates for its services; IAM refuses to attach them to a role, user or group of yours. The list of AWS managed policies is bundled (a policy published after its date is reported as unknown: check the IAM console before changing a name that you know is right).',
    fixSafety: 'Adding the missing path is safe: the policy name identifies the policy. Replacing an unknown name by a close one is only suggested: check what the suggested policy grants.',
    invalid: [
      { format: 'yaml', code: 'Resources:\n  Worker:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: { Service: lambda.amazonaws.com }\n            Action: sts:AssumeRole\n      ManagedPolicyArns:\n        - arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole\n' },
    ],
    valid: [
      { format: 'yaml', code: 'Resources:\n  Worker:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: { Service: lambda.amazonaws.com }\n            Action: sts:AssumeRole\n      ManagedPolicyArns:\n        - !Sub arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole\n' },
    ],
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html#aws-managed-policies',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html',
      'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html#sam-function-policies',
    ],
  },
  messages: {
    unknown: "'{{arn}}' is not an AWS managed policy (none of the {{count}} in the bundled list, updated to {{date}}): the deployment fails with \"does not exist or is not attachable\".{{hint}}",
    wrongPath: "AWS managed policy {{name}} is under the path '{{path}}': '{{arn}}' names no policy, so the deployment fails. Write its ARN with the path.",
    serviceLinked: "AWS managed policy {{name}} is for service-linked roles only: IAM refuses to attach it to '{{resource}}' (\"Cannot attach a Service Role Policy to a Customer Role\").",
    unknownName: "'{{name}}' in the Policies of '{{resource}}' is not an AWS managed policy (none of the {{count}} in the bundled list, updated to {{date}}): SAM passes it on as a policy ARN and the deployment fails.{{hint}}",
  },
  check(ctx) {
    const t = ctx.doc.template;
    const mp = ctx.services.managedPolicies;
    if (t === undefined || mp === undefined) return;
    for (const r of t.resources.values()) {
      const places = MANAGED_POLICY_PROPERTIES[r.type];
      if (places === undefined || r.properties === undefined) continue;
      for (const [prop, how] of Object.entries(places)) {
        for (const node of values(getProperty(r.properties, prop)?.value, [])) {
          if (how === 'sam' && isString(node) && !node.value.startsWith('arn:')) checkSamName(ctx, mp, r, node);
          else checkArn(ctx, t, mp, r, prop, node);
        }
      }
    }
  },
});

// SEC305 ELEVATED_MANAGED_POLICY: a role, user, group or SAM function attaches AdministratorAccess or
// another AWS managed policy that grants (or lets the principal grant itself) everything.

import { arnText } from '../../iam/arn';
import { asList, getValue, ValueNode } from '../../parse/tree';
import { defineRule } from '../types';

/** AWS managed policies that grant administrator access or the means to obtain it. */
const ELEVATED = new Set(['AdministratorAccess', 'PowerUserAccess', 'IAMFullAccess', 'AWSOrganizationsFullAccess', 'AdministratorAccess-Amplify', 'AdministratorAccess-AWSElasticBeanstalk']);

const HOLDERS: Readonly<Record<string, string>> = {
  'AWS::IAM::Role': 'ManagedPolicyArns',
  'AWS::IAM::User': 'ManagedPolicyArns',
  'AWS::IAM::Group': 'ManagedPolicyArns',
  'AWS::Serverless::Function': 'Policies',
  'AWS::Serverless::StateMachine': 'Policies',
};

/** The managed policy a value names: an AWS managed policy ARN, or (SAM `Policies`) its bare name. */
function elevatedName(node: ValueNode, sam: boolean): string | undefined {
  const text = arnText(node)?.text;
  if (text === undefined) return undefined;
  const m = /^arn:(?:\$\{[^}]*\}|[^:]+):iam::aws:policy\/(?:.*\/)?([^/]+)$/.exec(text);
  const name = m?.[1] ?? (sam ? text : undefined);
  return name !== undefined && ELEVATED.has(name) ? name : undefined;
}

export default defineRule({
  id: 'SEC305',
  name: 'no-elevated-managed-policy',
  appliesTo: ['cfn-template'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: 'A role, user, group or SAM function attaches `AdministratorAccess` or another elevated AWS managed policy (`PowerUserAccess`, `IAMFullAccess`, …).',
    why: 'These policies grant every action, or the IAM actions to obtain every action. Attached to a workload role they turn any flaw in the workload into an account takeover. Write a policy with the actions the workload uses instead. The Guard rules IAM_ROLE_ADMINISTRATOR_ACCESS_POLICY_RULE and IAM_ROLE_ELEVATED_MANAGED_POLICY_RULE check roles the same way.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Principal: { Service: lambda.amazonaws.com }\n            Action: sts:AssumeRole\n      ManagedPolicyArns:\n        - arn:aws:iam::aws:policy/AdministratorAccess\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Principal: { Service: lambda.amazonaws.com }\n            Action: sts:AssumeRole\n      ManagedPolicyArns:\n        - arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html', 'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html'],
  },
  messages: {
    elevated: '{{resource}} attaches {{policy}}, which grants administrator-level access; attach a policy with the actions it needs.',
  },
  check(ctx) {
    const template = ctx.doc.template;
    if (template === undefined) return;
    for (const r of template.resources.values()) {
      const key = HOLDERS[r.type];
      if (key === undefined) continue;
      const sam = key === 'Policies';
      for (const item of asList(getValue(r.properties, key))) {
        const name = elevatedName(item, sam);
        if (name !== undefined) ctx.report({ node: item, messageId: 'elevated', data: { resource: r.name, policy: name } });
      }
    }
  },
});

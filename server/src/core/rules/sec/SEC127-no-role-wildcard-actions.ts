// SEC127 ROLE_WILDCARD_ACTIONS: wildcard actions in the permission policies of a role defined in the template.

import { statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { isUniversal } from '../../iam/patterns';
import { isRestricted } from '../../iam/risk';
import { isServiceWide } from '../shared/sec';
import { defineRule } from '../types';

/** Units that are a role's permission policies: inline `Policies` of a role, or a policy attached through `Roles`. */
const ROLE_POLICY_HOLDERS = new Set(['AWS::IAM::Role', 'AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::RolePolicy']);

export default defineRule({
  id: 'SEC127',
  name: 'no-role-wildcard-actions',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['identity'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: 'The permission policies of a role defined in a template name their actions without wildcards.',
    why: 'A role is assumed by code (a Lambda function, a container, a pipeline) that needs a known set of actions; wildcards (`s3:Get*`, or `s3:*` under a condition) grant more than that code calls and grow as AWS adds actions. The CloudFormation Guard rule IAM_ROLE_NO_WILDCARD_ACTIONS_ON_PERMISSIONS checks the same. Unconditioned `service:*` and `*` are reported by SEC122 and SEC123 and not repeated here.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Principal: { Service: lambda.amazonaws.com }\n            Action: sts:AssumeRole\n      Policies:\n        - PolicyName: read\n          PolicyDocument:\n            Version: "2012-10-17"\n            Statement:\n              - Effect: Allow\n                Action: dynamodb:Get*\n                Resource: arn:aws:dynamodb:us-east-1:111122223333:table/orders\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Principal: { Service: lambda.amazonaws.com }\n            Action: sts:AssumeRole\n      Policies:\n        - PolicyName: read\n          PolicyDocument:\n            Version: "2012-10-17"\n            Statement:\n              - Effect: Allow\n                Action: dynamodb:GetItem\n                Resource: arn:aws:dynamodb:us-east-1:111122223333:table/orders\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
  },
  messages: {
    wildcard: "'{{entry}}' in the permissions of {{holder}} is a wildcard; name the actions the role's code calls.",
  },
  check(ctx) {
    const r = ctx.unit.resource;
    if (r === undefined || !ROLE_POLICY_HOLDERS.has(r.type)) return;
    if (r.type !== 'AWS::IAM::Role' && r.properties?.properties.every((p) => p.key.value !== 'Roles' && p.key.value !== 'RoleName')) return;
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    const holder = r.type === 'AWS::IAM::Role' ? `role ${r.name}` : `policy ${r.name} (attached to a role)`;
    for (const s of statementModels(policy)) {
      if (s.effect !== 'Allow' || s.actions === undefined || s.actions.negated) continue;
      for (const item of s.actions.items) {
        if (!item.pattern.includes('*') && !item.pattern.includes('?')) continue;
        // Unconditioned `service:*` and `*` are SEC122/SEC123's.
        if ((isUniversal(item.pattern) || isServiceWide(item.pattern)) && !isRestricted(s)) continue;
        ctx.report({ node: item.node, messageId: 'wildcard', data: { entry: item.text, holder } });
      }
    }
  },
});

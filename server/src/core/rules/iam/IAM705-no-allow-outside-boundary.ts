// IAM705 ALLOW_BLOCKED_BY_BOUNDARY_OR_SCP: an Allow entry of an identity policy that the principal's
// permissions boundary (a managed policy of the same template) never allows, so it cannot take effect.

import { boundariesFor } from '../../iam/boundary';
import { Reasoner, denies, singleton } from '../../iam/coverage';
import { statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM705',
  name: 'no-allow-outside-boundary',
  appliesTo: ['iam-policy'],
  policyTypes: ['identity'],
  defaultSeverity: 'info',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'An action an identity policy allows, but that the principal\'s permissions boundary (defined in the same template) does not allow, never takes effect.',
    why: 'A permissions boundary caps what a role or user can do: an action is allowed only if both an identity policy and the boundary allow it, and a Deny in the boundary removes it. An Allow outside the boundary is dead text that misleads readers (and sometimes the author, who then widens the boundary without noticing). The boundary is read when the principal\'s `PermissionsBoundary` is a `Ref` to an `AWS::IAM::ManagedPolicy` of the template.',
    invalid: [{ format: 'yaml', code: 'Resources:\n  Boundary:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Action: ["s3:*", "logs:*"]\n            Resource: "*"\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      PermissionsBoundary: !Ref Boundary\n      AssumeRolePolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Principal: { Service: lambda.amazonaws.com }\n            Action: sts:AssumeRole\n      Policies:\n        - PolicyName: app\n          PolicyDocument:\n            Version: "2012-10-17"\n            Statement:\n              - Effect: Allow\n                Action: dynamodb:GetItem\n                Resource: "*"\n' }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Boundary:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Action: ["s3:*", "dynamodb:*"]\n            Resource: "*"\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      PermissionsBoundary: !Ref Boundary\n      AssumeRolePolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Principal: { Service: lambda.amazonaws.com }\n            Action: sts:AssumeRole\n      Policies:\n        - PolicyName: app\n          PolicyDocument:\n            Version: "2012-10-17"\n            Statement:\n              - Effect: Allow\n                Action: dynamodb:GetItem\n                Resource: "*"\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html'],
  },
  messages: {
    outside: "The permissions boundary {{boundary}} of {{principal}} does not allow '{{entry}}' on these resources: this grant never takes effect.",
    denied: "The permissions boundary {{boundary}} of {{principal}} denies '{{entry}}' on these resources: this grant never takes effect.",
  },
  check(ctx) {
    const boundaries = boundariesFor(ctx.doc.template, ctx.unit);
    const policy = policyView(ctx.unit.root);
    if (boundaries.length === 0 || policy === undefined) return;
    const r = new Reasoner(ctx.services.catalog);
    for (const s of statementModels(policy)) {
      if (s.effect !== 'Allow' || s.actions === undefined || s.actions.negated || s.actions.unknown) continue;
      for (const item of s.actions.items) {
        const one = singleton(s.actions, item);
        for (const b of boundaries) {
          const allows = b.statements.filter((x) => x.effect === 'Allow');
          // The boundary's Allow statements must overlap the entry (their conditions may hold, so they count).
          const open = allows.some((x) => r.overlap(one, x.actions, 'action') && r.overlap(s.resources, x.resources, 'resource'));
          const deniedBy = b.statements.find((x) => x.effect === 'Deny' && x.conditions.length === 0 && !x.conditionUnknown && denies(r, x, s, one, s.resources));
          if (open && deniedBy === undefined) continue;
          if (!open && allows.some((x) => x.actions?.unknown || x.resources?.unknown)) continue;
          ctx.report({
            node: item.node,
            messageId: open ? 'denied' : 'outside',
            data: { boundary: b.policy.name, principal: b.principal.name, entry: item.text },
            related: [{ message: `Permissions boundary ${b.policy.name}`, offset: b.policy.keyNode.offset, length: b.policy.keyNode.length }],
          });
          break;
        }
      }
    }
  },
});

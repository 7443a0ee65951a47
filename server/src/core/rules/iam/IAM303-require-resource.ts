// IAM303 MISSING_RESOURCE: every statement names its resources, except in trust policies (the role is
// the resource) and ECR repository policies (the repository is).

import { anchorOf } from '../../iam/policy';
import { getPropertyCI } from '../../parse/tree';
import { flavorOf, insertProperty } from '../fixes';
import { statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM303',
  name: 'require-resource',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['identity', 'resource', 'scp', 'rcp', 'boundary', 'session', 'endpoint'],
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Statements need a `Resource` or `NotResource` (except in trust policies and ECR repository policies).',
    why: 'IAM rejects a statement that does not say which resources it covers (Access Analyzer: MISSING_RESOURCE). Only role trust policies (the role itself is the resource) and ECR repository policies leave it out; in a standalone resource policy of unknown type (which might be an ECR one) it is a warning.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*" }]\n}\n' }],
    fixSafety: 'Adding `"Resource": "*"` grants the actions on every resource, so it is only a suggestion; prefer naming the resources.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html'],
  },
  messages: {
    missing: 'The statement has neither Resource nor NotResource.',
  },
  check(ctx) {
    if (ctx.unit.context.policyResource === 'AWS::ECR::Repository') return;
    // A resource policy of unknown type may be an ECR repository policy, where Resource is optional.
    const severity = ctx.unit.policyType === 'resource' && ctx.unit.context.policyResource === undefined ? 'warning' : undefined;
    for (const s of statementsOf(ctx)) {
      if (s.resource !== undefined || s.notResource !== undefined) continue;
      if (getPropertyCI(s.node, 'Resource') !== undefined || getPropertyCI(s.node, 'NotResource') !== undefined) continue;
      ctx.report({ range: anchorOf(s.node), messageId: 'missing', severity, fixes: [{ title: 'Add "Resource": "*"', safety: 'suggestion', edits: [insertProperty(ctx.doc, s.node, 'Resource', '*', flavorOf(ctx.doc, ctx.unit))] }] });
    }
  },
});

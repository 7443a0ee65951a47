// IAM312 ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE: trust policies have no Resource (the role is the resource).

import { flavorOf, removeProperty } from '../fixes';
import { statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM312',
  name: 'no-resource-in-trust',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['trust'],
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Role trust policies have no `Resource` or `NotResource`.',
    why: 'The role is the resource of its own trust policy; IAM rejects a trust policy with Resource or NotResource (Access Analyzer: ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE; cfn-lint E3530).',
    invalid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Service": "ec2.amazonaws.com" }, "Action": "sts:AssumeRole", "Resource": "*" }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Service": "ec2.amazonaws.com" }, "Action": "sts:AssumeRole" }]\n}\n' }],
    fixSafety: 'Removing the element is safe: IAM rejects the trust policy with it, and it could not narrow anything.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html'],
  },
  messages: {
    resource: '{{element}} is not allowed in a role trust policy (the role is the resource).',
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      for (const prop of [s.resource, s.notResource]) {
        if (prop === undefined) continue;
        ctx.report({ node: prop.key, messageId: 'resource', data: { element: prop.key.value }, fixes: [{ title: `Remove ${prop.key.value}`, safety: 'safe', preferred: true, edits: [removeProperty(ctx.doc, prop, flavorOf(ctx.doc, ctx.unit))] }] });
      }
    }
  },
});

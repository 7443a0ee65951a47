// IAM340 RCP_SYNTAX_ERROR_PRINCIPAL: an RCP's Principal is always `"*"`; NotPrincipal is not supported.

import { statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM340',
  name: 'rcp-principal-star',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['rcp'],
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'In a resource control policy, `Principal` must be `"*"` and `NotPrincipal` is not supported.',
    why: 'An RCP applies to every request to the resources of the accounts it is attached to; principals are narrowed with conditions (`aws:PrincipalOrgID`, `aws:PrincipalAccount`), never in Principal (Access Analyzer: RCP_SYNTAX_ERROR_PRINCIPAL).',
    invalid: [{ format: 'json', kind: 'iam-rcp', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Principal": { "AWS": "arn:aws:iam::444455556666:root" }, "Action": "s3:*", "Resource": "*" }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-rcp', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*", "Condition": { "StringNotEqualsIfExists": { "aws:PrincipalOrgID": "o-a1b2c3d4e5" }, "BoolIfExists": { "aws:PrincipalIsAWSService": "false" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html'],
  },
  messages: {
    principal: 'An RCP\'s Principal must be "*"; narrow principals with conditions such as aws:PrincipalOrgID.',
    notPrincipal: 'NotPrincipal is not supported in an RCP; use "Principal": "*" with a condition on aws:PrincipalArn.',
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      if (s.notPrincipal !== undefined) ctx.report({ node: s.notPrincipal.key, messageId: 'notPrincipal' });
      const v = s.principal?.value;
      if (v === undefined || ctx.isPlaceholder(v)) continue;
      if (v.type === 'string' && v.value === '*') continue;
      if (v.type === 'object' && v.properties.length === 1 && v.properties[0].key.value === 'AWS' && v.properties[0].value?.type === 'string' && v.properties[0].value.value === '*') continue;
      ctx.report({ node: v, messageId: 'principal' });
    }
  },
});

// IAM311 ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL: `"Principal": "*"` in a trust policy.

import { statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM311',
  name: 'no-wildcard-principal-in-trust',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['trust'],
  defaultSeverity: 'warning',
  tags: ['security'],
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'A role trust policy should not use `"Principal": "*"`.',
    why: 'A bare wildcard principal lets any AWS principal (in any account) try to assume the role; only its conditions stand in the way. Access Analyzer reports it as an error (ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL), while other validators accept it, so it is a security warning here. Name the accounts, roles or services that may assume the role; when many principals must, use `{"AWS": "*"}` with conditions such as `aws:PrincipalOrgID`.',
    invalid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole" }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "*" }, "Action": "sts:AssumeRole", "Condition": { "StringEquals": { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html'],
  },
  messages: {
    wildcard: '"Principal": "*" lets any principal try to assume this role; name who may assume it.',
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      const v = s.principal?.value;
      if (v?.type === 'string' && v.value === '*') ctx.report({ node: v, messageId: 'wildcard' });
    }
  },
});

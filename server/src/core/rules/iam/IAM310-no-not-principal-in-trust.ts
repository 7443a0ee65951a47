// IAM310 ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL: trust policies cannot use NotPrincipal.

import { statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM310',
  name: 'no-not-principal-in-trust',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['trust'],
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Role trust policies cannot use `NotPrincipal`.',
    why: 'IAM rejects NotPrincipal in a role trust policy (Access Analyzer: ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL): "everyone except" would let unknown principals assume the role. Name the principals that may assume it.',
    invalid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "NotPrincipal": { "AWS": "arn:aws:iam::444455556666:root" }, "Action": "sts:AssumeRole" }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "Action": "sts:AssumeRole" }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html'],
  },
  messages: {
    notPrincipal: 'NotPrincipal is not supported in a role trust policy; name the principals in Principal.',
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) if (s.notPrincipal !== undefined) ctx.report({ node: s.notPrincipal.key, messageId: 'notPrincipal' });
  },
});

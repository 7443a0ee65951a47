// IAM503 POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA: trust policies over 2,048 characters.

import { checkQuota } from '../shared/size';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM503',
  name: 'trust-policy-size',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['trust'],
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Role trust policies are limited to 2,048 characters by default (raisable to 4,096).',
    why: 'IAM rejects a trust policy over the account\'s quota (Access Analyzer: POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA). The default is 2,048 characters without whitespace; a quota increase up to 4,096 can be requested through Service Quotas.',
    invalid: [{ format: 'json', kind: 'iam-trust-policy', code: `{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": [${Array.from({ length: 70 }, (_, i) => `"arn:aws:iam::1111222233${String(i).padStart(2, '0')}:root"`).join(', ')}] }, "Action": "sts:AssumeRole" }]\n}\n` }],
    valid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "*" }, "Action": "sts:AssumeRole", "Condition": { "StringEquals": { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entity-length'],
  },
  messages: {
    tooLarge: 'This trust policy is {{size}} {{unit}} without whitespace; the default {{what}} quota is {{limit}} (raisable to 4,096).',
  },
  check(ctx) {
    checkQuota(ctx, { limit: 2048, unit: 'characters', what: 'role trust policy' });
  },
});

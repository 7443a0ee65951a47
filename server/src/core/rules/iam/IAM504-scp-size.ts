// IAM504 POLICY_SIZE_EXCEEDS_SCP_QUOTA: SCPs over 5,120 characters.

import { checkQuota } from '../shared/size';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM504',
  name: 'scp-size',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['scp'],
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Service control policies are limited to 5,120 characters.',
    why: 'AWS Organizations rejects a larger SCP (Access Analyzer: POLICY_SIZE_EXCEEDS_SCP_QUOTA). Organizations counts every character it receives, whitespace included, so upload the policy minified; awspolicy measures the minified size. Split the SCP (up to five per target) or use wildcards.',
    invalid: [{ format: 'json', kind: 'iam-scp', code: `{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": [${Array.from({ length: 200 }, (_, i) => `"ec2:DeleteExampleResourceNumber${String(i).padStart(3, '0')}"`).join(', ')}], "Resource": "*" }]\n}\n` }],
    valid: [{ format: 'json', kind: 'iam-scp', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "ec2:Delete*", "Resource": "*" }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html'],
  },
  messages: {
    tooLarge: 'This SCP is {{size}} {{unit}} without whitespace; the {{what}} quota is {{limit}}.',
  },
  check(ctx) {
    checkQuota(ctx, { limit: 5120, unit: 'characters', what: 'service control policy' });
  },
});

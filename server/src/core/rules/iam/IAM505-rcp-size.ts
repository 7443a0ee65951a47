// IAM505 POLICY_SIZE_EXCEEDS_RCP_QUOTA: RCPs over 5,120 characters.

import { checkQuota } from '../shared/size';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM505',
  name: 'rcp-size',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['rcp'],
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Resource control policies are limited to 5,120 characters.',
    why: 'AWS Organizations rejects a larger RCP (Access Analyzer: POLICY_SIZE_EXCEEDS_RCP_QUOTA). As for SCPs, every character sent counts; awspolicy measures the minified size. The RCP figure is taken to be the SCP one (5,120) until confirmed on the quotas page, so this is a warning.',
    invalid: [{ format: 'json', kind: 'iam-rcp', code: `{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Principal": "*", "Action": [${Array.from({ length: 200 }, (_, i) => `"s3:DeleteExampleResourceNumber${String(i).padStart(3, '0')}"`).join(', ')}], "Resource": "*" }]\n}\n` }],
    valid: [{ format: 'json', kind: 'iam-rcp', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Principal": "*", "Action": "s3:Delete*", "Resource": "*" }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html'],
  },
  messages: {
    tooLarge: 'This RCP is {{size}} {{unit}} without whitespace; the {{what}} quota is {{limit}}.',
  },
  check(ctx) {
    checkQuota(ctx, { limit: 5120, unit: 'characters', what: 'resource control policy' });
  },
});

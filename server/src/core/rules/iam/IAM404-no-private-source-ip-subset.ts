// IAM404 PRIVATE_IP_ADDRESS_SUBSET: some `IpAddress` ranges of `aws:SourceIp` are private and never match.

import { sourceIpEntries } from '../shared/source-ip';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM404',
  name: 'no-private-source-ip-subset',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'info',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Private ranges in an `IpAddress` condition on `aws:SourceIp` never match.',
    why: 'The public ranges work, but the private ones are dead: requests from your VPC arrive with `aws:VpcSourceIp`, not `aws:SourceIp` (Access Analyzer: PRIVATE_IP_ADDRESS_SUBSET). Move them to `aws:VpcSourceIp` in a separate statement.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "IpAddress": { "aws:SourceIp": ["203.0.113.0/24", "10.0.0.0/8"] } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "IpAddress": { "aws:SourceIp": ["203.0.113.0/24", "198.51.100.0/24"] } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourceip'],
  },
  messages: {
    private: "'{{value}}' is private; aws:SourceIp never holds it, so it never matches (use aws:VpcSourceIp).",
  },
  check(ctx) {
    for (const { values } of sourceIpEntries(ctx, false)) {
      if (values.every((v) => v.private)) continue; // IAM402.
      for (const v of values) if (v.private) ctx.report({ node: v.value.node, messageId: 'private', data: { value: v.value.text } });
    }
  },
});

// IAM405 PRIVATE_NOT_IP_ADDRESS_SUBSET: some `NotIpAddress` ranges of `aws:SourceIp` are private and
// exclude nothing.

import { sourceIpEntries } from '../shared/source-ip';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM405',
  name: 'no-private-not-source-ip-subset',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'info',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Private ranges in a `NotIpAddress` condition on `aws:SourceIp` exclude nothing.',
    why: 'Requests from those private ranges arrive through VPC endpoints with `aws:VpcSourceIp`, so listing them in `aws:SourceIp` does not exempt them from the Deny (Access Analyzer: PRIVATE_NOT_IP_ADDRESS_SUBSET). Add an `aws:SourceVpce` or `aws:VpcSourceIp` exception instead.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": { "NotIpAddress": { "aws:SourceIp": ["203.0.113.0/24", "172.16.0.0/12"] } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": { "NotIpAddress": { "aws:SourceIp": "203.0.113.0/24" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourceip'],
  },
  messages: {
    private: "'{{value}}' is private; aws:SourceIp never holds it, so it exempts nothing from this condition.",
  },
  check(ctx) {
    for (const { values } of sourceIpEntries(ctx, true)) {
      if (values.every((v) => v.private)) continue; // IAM403.
      for (const v of values) if (v.private) ctx.report({ node: v.value.node, messageId: 'private', data: { value: v.value.text } });
    }
  },
});

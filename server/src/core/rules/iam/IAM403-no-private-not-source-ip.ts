// IAM403 PRIVATE_NOT_IP_ADDRESS: `NotIpAddress` on `aws:SourceIp` with only private ranges always matches.

import { sourceIpEntries } from '../shared/source-ip';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM403',
  name: 'no-private-not-source-ip',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: '`NotIpAddress` on `aws:SourceIp` with only private ranges always matches.',
    why: '`aws:SourceIp` is never private, so "not in 10.0.0.0/8" is always true: a Deny meant for requests from outside the network denies every request, including those from inside it (Access Analyzer: PRIVATE_NOT_IP_ADDRESS). Use `aws:VpcSourceIp` with `aws:SourceVpc`, or `aws:SourceVpce`.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": { "NotIpAddress": { "aws:SourceIp": ["10.0.0.0/8", "192.168.0.0/16"] } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": { "NotIpAddress": { "aws:SourceIp": "203.0.113.0/24" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourceip'],
  },
  messages: {
    private: 'aws:SourceIp is never a private address, so this NotIpAddress condition always matches; use aws:VpcSourceIp (with aws:SourceVpc) or aws:SourceVpce.',
  },
  check(ctx) {
    for (const { entry, values } of sourceIpEntries(ctx, true)) {
      if (values.every((v) => v.private)) ctx.report({ node: entry.keyProp.key, messageId: 'private' });
    }
  },
});

// IAM402 PRIVATE_IP_ADDRESS: `IpAddress` on `aws:SourceIp` with only private ranges never matches.

import { sourceIpEntries } from '../shared/source-ip';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM402',
  name: 'no-private-source-ip',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: '`aws:SourceIp` never holds a private address: an `IpAddress` condition with only private ranges never matches.',
    why: 'Requests that reach AWS over the internet carry a public source address; requests through a VPC endpoint carry the private one in `aws:VpcSourceIp`, not `aws:SourceIp`. An Allow limited to `10.0.0.0/8` therefore grants nothing (Access Analyzer: PRIVATE_IP_ADDRESS). Use `aws:VpcSourceIp` with `aws:SourceVpc`, or `aws:SourceVpce`.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "IpAddress": { "aws:SourceIp": "10.0.0.0/8" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "IpAddress": { "aws:VpcSourceIp": "10.0.0.0/8" }, "StringEquals": { "aws:SourceVpc": "vpc-1a2b3c4d" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourceip'],
  },
  messages: {
    private: 'aws:SourceIp is never a private address, so this IpAddress condition never matches; use aws:VpcSourceIp (with aws:SourceVpc) or aws:SourceVpce.',
  },
  check(ctx) {
    for (const { entry, values } of sourceIpEntries(ctx, false)) {
      if (values.every((v) => v.private)) ctx.report({ node: entry.keyProp.key, messageId: 'private' });
    }
  },
});

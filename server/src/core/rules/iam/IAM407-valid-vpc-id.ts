// IAM407 INVALID_VPC_FORMAT: `aws:SourceVpc` takes VPC IDs (`vpc-` and 8 or 17 hexadecimal characters).

import { literalKeyValues } from '../shared/value-format';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM407',
  name: 'valid-vpc-id',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: '`aws:SourceVpc` values are VPC IDs: `vpc-` followed by 8 or 17 hexadecimal characters.',
    why: 'A VPC ARN, name or CIDR in `aws:SourceVpc` never matches (Access Analyzer: INVALID_VPC_FORMAT): the key holds the VPC ID of the endpoint the request came through.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": { "StringNotEquals": { "aws:SourceVpc": "arn:aws:ec2:us-east-1:111122223333:vpc/vpc-1a2b3c4d" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": { "StringNotEquals": { "aws:SourceVpc": ["vpc-1a2b3c4d", "vpc-0123456789abcdef0"] } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourcevpc'],
  },
  messages: {
    format: "'{{value}}' is not a VPC ID (vpc- and 8 or 17 hexadecimal characters).",
  },
  check(ctx) {
    for (const v of literalKeyValues(ctx, ['aws:SourceVpc'])) {
      if (/^vpc-([0-9a-f]{8}|[0-9a-f]{17})$/.test(v.text)) continue;
      ctx.report({ node: v.node, messageId: 'format', data: { value: v.text } });
    }
  },
});

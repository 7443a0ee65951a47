// IAM408 INVALID_VPCE_FORMAT: `aws:SourceVpce` takes VPC endpoint IDs.

import { literalKeyValues } from '../shared/value-format';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM408',
  name: 'valid-vpce-id',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: '`aws:SourceVpce` values are VPC endpoint IDs: `vpce-` followed by 8 or 17 hexadecimal characters.',
    why: 'An endpoint ARN, DNS name or VPC ID in `aws:SourceVpce` never matches (Access Analyzer: INVALID_VPCE_FORMAT).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": { "StringNotEquals": { "aws:SourceVpce": "vpc-1a2b3c4d" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": { "StringNotEquals": { "aws:SourceVpce": "vpce-1a2b3c4d" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourcevpce'],
  },
  messages: {
    format: "'{{value}}' is not a VPC endpoint ID (vpce- and 8 or 17 hexadecimal characters).",
  },
  check(ctx) {
    for (const v of literalKeyValues(ctx, ['aws:SourceVpce'])) {
      if (/^vpce-([0-9a-f]{8}|[0-9a-f]{17})$/.test(v.text)) continue;
      ctx.report({ node: v.node, messageId: 'format', data: { value: v.text } });
    }
  },
});

// IAM419 WILDCARD_USAGE_TOO_PERMISSIVE: a wildcard at the start of a sensitive key's value.

import { tooPermissive } from '../shared/sensitive';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM419',
  name: 'no-early-wildcard-in-sensitive-key',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'In keys that identify accounts, organizations, principals or networks, a wildcard must follow at least six literal characters.',
    why: '`"aws:SourceAccount": "*"` or `"aws:SourceVpce": "vpce-*"` in an Allow matches every account or endpoint, including other customers\' (Access Analyzer: WILDCARD_USAGE_TOO_PERMISSIVE). Name the values, or use a Null check if presence is what matters.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Service": "sns.amazonaws.com" }, "Action": "sqs:SendMessage", "Resource": "*", "Condition": { "StringLike": { "aws:SourceAccount": "*" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Service": "sns.amazonaws.com" }, "Action": "sqs:SendMessage", "Resource": "*", "Condition": { "ArnLike": { "aws:SourceArn": "arn:aws:sns:*:111122223333:*" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html'],
  },
  messages: {
    early: "'{{value}}': a wildcard in the first {{n}} characters of {{key}} matches far more than intended.",
  },
  check(ctx) {
    for (const v of tooPermissive(ctx, 'wildcard')) ctx.report({ node: v.node, messageId: 'early', data: { value: v.text, key: v.entry.key, n: 6 } });
  },
});

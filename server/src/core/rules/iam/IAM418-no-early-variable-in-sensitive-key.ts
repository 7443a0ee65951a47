// IAM418 VARIABLE_USAGE_TOO_PERMISSIVE: a policy variable at the start of a sensitive key's value.

import { tooPermissive } from '../shared/sensitive';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM418',
  name: 'no-early-variable-in-sensitive-key',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'In keys that identify accounts, organizations, principals or networks, a policy variable must follow at least six literal characters.',
    why: 'A variable early in such a value (`${aws:PrincipalTag/x}*`) lets the caller influence which accounts or principals match (Access Analyzer: VARIABLE_USAGE_TOO_PERMISSIVE). A value that is exactly one variable (`"aws:ResourceAccount": "${aws:PrincipalAccount}"`) compares two identities and is fine.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "StringLike": { "aws:SourceArn": "${aws:PrincipalTag/source}:*" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": { "StringNotEquals": { "aws:ResourceAccount": "${aws:PrincipalAccount}" }, "ArnNotLike": { "aws:PrincipalArn": "arn:aws:iam::${aws:PrincipalAccount}:role/Admin" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html'],
  },
  messages: {
    early: "'{{value}}': a policy variable in the first {{n}} characters of {{key}} makes the condition match too broadly.",
  },
  check(ctx) {
    for (const v of tooPermissive(ctx, 'variable')) ctx.report({ node: v.node, messageId: 'early', data: { value: v.text, key: v.entry.key, n: 6 } });
  },
});

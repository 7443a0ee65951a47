// IAM220 DEPRECATED_GLOBAL_CONDITION_KEY: `aws:ARN` in resource-side policies, deprecated in favour of
// `aws:PrincipalArn` and `aws:SourceArn`.

import { flavorOf, replaceStringContent } from '../fixes';
import { entriesWithKey } from '../shared/condition-values';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM220',
  name: 'no-deprecated-arn-key',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['resource', 'trust', 'rcp', 'endpoint'],
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  tags: ['deprecated'],
  docs: {
    summary: '`aws:ARN` is deprecated; use `aws:PrincipalArn` for the caller or `aws:SourceArn` for the resource a service acts for.',
    why: 'Resource-based policies written with `aws:ARN` rely on a deprecated key (Access Analyzer: DEPRECATED_GLOBAL_CONDITION_KEY). Its replacements say which ARN is meant: the calling principal\'s (`aws:PrincipalArn`) or, for service principals, the source resource\'s (`aws:SourceArn`). In identity policies the key is not supported at all (IAM219).',
    invalid: [{ format: 'json', kind: 'iam-resource-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "*" }, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*", "Condition": { "ArnLike": { "aws:ARN": "arn:aws:iam::111122223333:role/*" } } }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-resource-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "*" }, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*", "Condition": { "ArnLike": { "aws:PrincipalArn": "arn:aws:iam::111122223333:role/*" } } }]\n}\n' }],
    fixSafety: 'Replacing the key is a suggestion: choose between aws:PrincipalArn and aws:SourceArn.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html'],
  },
  messages: {
    deprecated: "'{{key}}' is deprecated; use aws:PrincipalArn (the caller) or aws:SourceArn (the resource a service acts for).",
  },
  check(ctx) {
    const flavor = flavorOf(ctx.doc, ctx.unit);
    for (const e of entriesWithKey(ctx, ['aws:ARN'])) {
      ctx.report({ node: e.keyProp.key, messageId: 'deprecated', data: { key: e.key }, tags: ['deprecated'], fixes: ['aws:PrincipalArn', 'aws:SourceArn'].map((k) => ({ title: `Change to '${k}'`, safety: 'suggestion' as const, edits: [replaceStringContent(e.keyProp.key, k, flavor)] })) });
    }
  },
});

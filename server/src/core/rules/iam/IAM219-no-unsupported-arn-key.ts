// IAM219 UNSUPPORTED_GLOBAL_CONDITION_KEY: `aws:ARN` in identity-side policies, where it is not supported.

import { flavorOf, replaceStringContent } from '../fixes';
import { entriesWithKey } from '../shared/condition-values';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM219',
  name: 'no-unsupported-arn-key',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['identity', 'boundary', 'session', 'scp'],
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: '`aws:ARN` is not supported; use `aws:PrincipalArn` (the caller) or `aws:SourceArn` (the resource a service acts for).',
    why: '`aws:ARN` is not a supported global condition key, so conditions on it do not work (Access Analyzer: UNSUPPORTED_GLOBAL_CONDITION_KEY). In identity policies, SCPs and boundaries the caller is `aws:PrincipalArn`; resource-based policies are reported by IAM220.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": { "ArnNotLike": { "aws:ARN": "arn:aws:iam::111122223333:role/Admin" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": { "ArnNotLike": { "aws:PrincipalArn": "arn:aws:iam::111122223333:role/Admin" } } }]\n}\n' }],
    fixSafety: 'Replacing the key is a suggestion: choose between aws:PrincipalArn and aws:SourceArn.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html'],
  },
  messages: {
    unsupported: "'{{key}}' is not supported; use aws:PrincipalArn (the caller) or aws:SourceArn (the resource a service acts for).",
  },
  check(ctx) {
    const flavor = flavorOf(ctx.doc, ctx.unit);
    for (const e of entriesWithKey(ctx, ['aws:ARN'])) {
      ctx.report({ node: e.keyProp.key, messageId: 'unsupported', data: { key: e.key }, fixes: ['aws:PrincipalArn', 'aws:SourceArn'].map((k) => ({ title: `Change to '${k}'`, safety: 'suggestion' as const, edits: [replaceStringContent(e.keyProp.key, k, flavor)] })) });
    }
  },
});

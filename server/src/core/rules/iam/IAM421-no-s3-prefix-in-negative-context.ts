// IAM421 S3_PREFIX_IN_NEGATIVE_CONTEXT: `s3:prefix` in a Deny or a negated operator.

import { effectOf } from '../../iam/conditions';
import { entriesWithKey } from '../shared/condition-values';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM421',
  name: 'no-s3-prefix-in-negative-context',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  tags: ['security'],
  docs: {
    summary: "Don't rely on `s3:prefix` in a Deny or with a negated operator.",
    why: '`s3:prefix` is the prefix the caller asks to list, not the keys that will be returned: a Deny on `s3:prefix` "secret/" is bypassed by listing with the prefix "secr" or none at all (Access Analyzer: S3_PREFIX_IN_NEGATIVE_CONTEXT). Allow the prefixes that may be listed instead.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket", "Condition": { "StringLike": { "s3:prefix": "secret/*" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket", "Condition": { "StringLike": { "s3:prefix": ["public/*", ""] } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/amazon-s3-policy-keys.html'],
  },
  messages: {
    negative: 's3:prefix is chosen by the caller; in a {{context}} it can be bypassed with a shorter prefix. Allow the permitted prefixes instead.',
  },
  check(ctx) {
    for (const e of entriesWithKey(ctx, ['s3:prefix'])) {
      if (e.operator === undefined || e.operator.base.family === 'Null') continue;
      const deny = effectOf(e.statement) === 'Deny';
      if (!deny && !e.operator.base.negated) continue;
      ctx.report({ node: e.keyProp.key, messageId: 'negative', data: { context: deny ? 'Deny statement' : 'negated condition' } });
    }
  },
});

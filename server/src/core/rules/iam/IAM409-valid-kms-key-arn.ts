// IAM409 INVALID_KMS_KEY_VALUE: keys that take a KMS key ARN.

import { KMS_KEY_ARN_KEYS } from '../../iam/knowledge';
import { literalKeyValues } from '../shared/value-format';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM409',
  name: 'valid-kms-key-arn',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: '`s3:x-amz-server-side-encryption-aws-kms-key-id` takes a KMS key ARN.',
    why: 'S3 puts the full key ARN in this key, so a key ID or an alias never matches: a Deny that requires your key then denies every upload, or an Allow grants none (Access Analyzer: INVALID_KMS_KEY_VALUE).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "s3:PutObject", "Resource": "*", "Condition": { "StringNotEquals": { "s3:x-amz-server-side-encryption-aws-kms-key-id": "1234abcd-12ab-34cd-56ef-1234567890ab" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "s3:PutObject", "Resource": "*", "Condition": { "StringNotEquals": { "s3:x-amz-server-side-encryption-aws-kms-key-id": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html#require-sse-kms'],
  },
  messages: {
    format: "'{{value}}' is not a KMS key ARN (arn:aws:kms:<region>:<account>:key/<key-id>).",
  },
  check(ctx) {
    for (const v of literalKeyValues(ctx, KMS_KEY_ARN_KEYS)) {
      if (/^arn:aws[a-z-]*:kms:[^:]*:[^:]*:key\/\S+$/.test(v.text)) continue;
      ctx.report({ node: v.node, messageId: 'format', data: { value: v.text } });
    }
  },
});

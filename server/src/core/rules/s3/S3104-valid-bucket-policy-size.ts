// S3104 BUCKET_POLICY_SIZE: a bucket policy larger than 20 KB.

import { toValue } from '../../parse/tree';
import { defineRule } from '../types';

const MAX_BYTES = 20 * 1024;

export default defineRule({
  id: 'S3104',
  name: 'valid-bucket-policy-size',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['resource'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  docs: {
    summary: 'A bucket policy should stay within 20 KB.',
    why: 'S3 rejects bucket policies larger than 20 KB, so the stack fails when the policy grows (typically one statement per reader or prefix). The size is measured on the policy as sent (minified JSON); parts built with intrinsics count with their known text. The limit is not yet confirmed on the live AWS page, so this is a warning. Split access with S3 Access Points, or group principals.',
    invalid: [{ format: 'yaml', code: `Resources:\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: example-bucket\n      PolicyDocument:\n        Statement:\n${Array.from({ length: 90 }, (_, i) => `          - Sid: Statement${i}\n            Effect: Allow\n            Principal: { AWS: "arn:aws:iam::123456789012:role/reader-role-with-a-rather-long-name-${i}" }\n            Action: [s3:GetObject, s3:GetObjectVersion, s3:GetObjectTagging]\n            Resource: arn:aws:s3:::example-bucket/prefix-${i}/*\n`).join('')}` }],
    valid: [{ format: 'yaml', code: 'Resources:\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: example-bucket\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: "*"\n            Action: s3:GetObject\n            Resource: arn:aws:s3:::example-bucket/*\n' }],
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-policies.html'],
  },
  messages: {
    tooLarge: 'The bucket policy is {{size}} bytes; S3 accepts at most 20 KB ({{max}} bytes).',
  },
  check(ctx) {
    const u = ctx.unit;
    if (u.context.policyResource !== 'AWS::S3::Bucket' || u.root === undefined) return;
    const size = Buffer.byteLength(u.embedded?.text.replace(/\s+/g, '') ?? JSON.stringify(toValue(u.root)), 'utf8');
    if (size > MAX_BYTES) {
      const host = u.hostNode?.parent?.type === 'property' ? u.hostNode.parent.key : undefined;
      ctx.report({ range: host ? { offset: host.offset, length: host.length } : { offset: u.root.offset, length: 1 }, messageId: 'tooLarge', data: { size, max: MAX_BYTES } });
    }
  },
});

// IAM112 UNIQUE_SIDS_RECOMMENDED: two statements share a Sid where AWS accepts it.

import { reportDuplicateSids, requiresUniqueSids } from '../shared/sids';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM112',
  name: 'no-duplicate-sid',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Statement IDs should be unique within a resource policy, even where the service accepts duplicates.',
    why: 'Services such as S3 accept a resource policy in which two statements share a Sid, but the Sid then no longer identifies one statement, and the same policy fails in IAM, Organizations, SQS or SNS (IAM304). Access Analyzer: UNIQUE_SIDS_RECOMMENDED.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Sid": "Read", "Effect": "Allow", "Principal": { "AWS": "111122223333" }, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*" },\n    { "Sid": "Read", "Effect": "Allow", "Principal": { "AWS": "111122223333" }, "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket" }\n  ]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Sid": "ReadObjects", "Effect": "Allow", "Principal": { "AWS": "111122223333" }, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*" },\n    { "Sid": "ListBuckets", "Effect": "Allow", "Principal": { "AWS": "111122223333" }, "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket" }\n  ]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html'],
  },
  messages: {
    duplicate: "Sid '{{sid}}' is used by an earlier statement.",
  },
  check(ctx) {
    if (!requiresUniqueSids(ctx.unit)) reportDuplicateSids(ctx);
  },
});

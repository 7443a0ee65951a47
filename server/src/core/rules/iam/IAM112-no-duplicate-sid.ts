// IAM112 UNIQUE_SIDS_RECOMMENDED: two statements share a Sid where AWS accepts it.

import { reportDuplicateSids, requiresUniqueSids } from '../shared/sids';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM112',
  name: 'no-duplicate-sid',
  appliesTo: ['iam-policy'],
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Statement IDs should be unique within a policy.',
    why: 'IAM documents that a Sid must be unique within a policy; identity and S3 policies with duplicates are accepted today, but the Sid then no longer identifies one statement, and copying the policy into an SCP, RCP, queue or topic policy fails (IAM304). Access Analyzer: UNIQUE_SIDS_RECOMMENDED.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" },\n    { "Sid": "Read", "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*" }\n  ]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Sid": "ReadObjects", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" },\n    { "Sid": "ListBuckets", "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*" }\n  ]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html'],
  },
  messages: {
    duplicate: "Sid '{{sid}}' is used by an earlier statement.",
  },
  check(ctx) {
    if (!requiresUniqueSids(ctx.unit)) reportDuplicateSids(ctx);
  },
});

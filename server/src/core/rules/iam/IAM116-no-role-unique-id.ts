// IAM116 INVALID_ROLE_REFERENCE: a role named by its unique ID (`AROA…`) in a principal.

import { reportUniqueIds } from '../shared/unique-ids';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM116',
  name: 'no-role-unique-id',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Name roles in principals by ARN, not by unique ID (`AROA…`).',
    why: 'AWS turns a role ARN in a saved resource policy into the role\'s unique ID; when the role is deleted, the policy shows that ID, which no longer matches anything, even if a role with the same name is created again. Writing an `AROA…` ID by hand is usually a copy of such a stale policy (Access Analyzer: INVALID_ROLE_REFERENCE).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "AROADBQP57FF2AEXAMPLE" }, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/Reader" }, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*" }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids'],
  },
  messages: {
    uniqueId: "'{{value}}' is a role's unique ID; use the role ARN (arn:aws:iam::<account>:role/<name>).",
  },
  check(ctx) {
    reportUniqueIds(ctx, 'role-id');
  },
});

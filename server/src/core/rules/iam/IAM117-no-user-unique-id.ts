// IAM117 INVALID_USER_REFERENCE: a user named by its unique ID (`AIDA…`) in a principal.

import { reportUniqueIds } from '../shared/unique-ids';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM117',
  name: 'no-user-unique-id',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Name users in principals by ARN, not by unique ID (`AIDA…`).',
    why: 'A user\'s unique ID appears in a resource policy once the user has been deleted; it matches no one, not even a new user with the same name. Writing `AIDA…` by hand usually copies such a stale policy (Access Analyzer: INVALID_USER_REFERENCE).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "AIDACKCEVSQ6C2EXAMPLE" }, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:user/Alice" }, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*" }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids'],
  },
  messages: {
    uniqueId: "'{{value}}' is a user's unique ID; use the user ARN (arn:aws:iam::<account>:user/<name>).",
  },
  check(ctx) {
    reportUniqueIds(ctx, 'user-id');
  },
});

// IAM138: the same key twice in one object of a policy; AWS silently keeps the last.

import { defineRule } from '../types';
import { DUPLICATE_MESSAGES, checkDuplicates } from '../shared/parse-problems';

export default defineRule({
  id: 'IAM138',
  name: 'no-duplicate-keys',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'A key must appear at most once in each object of a policy.',
    why: 'JSON parsers used by AWS keep the last occurrence of a duplicated key and drop the others without a word. Two `Condition` blocks in one statement, for example, leave only the second in force: a Deny or a restriction you wrote is silently lost.',
    invalid: [
      { title: 'Two Condition blocks: the first is ignored', format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",\n    "Condition": { "Bool": { "aws:SecureTransport": "true" } },\n    "Condition": { "StringEquals": { "aws:PrincipalAccount": "111122223333" } }\n  }]\n}\n' },
    ],
    valid: [
      { format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",\n    "Condition": {\n      "Bool": { "aws:SecureTransport": "true" },\n      "StringEquals": { "aws:PrincipalAccount": "111122223333" }\n    }\n  }]\n}\n' },
    ],
    fixSafety: 'Removing the earlier occurrence is safe: AWS ignores it already. Merge the two by hand if you meant both.',
    references: ['https://www.rfc-editor.org/rfc/rfc8259#section-4'],
  },
  messages: DUPLICATE_MESSAGES,
  check: checkDuplicates,
});

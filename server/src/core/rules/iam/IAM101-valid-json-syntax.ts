// IAM101 JSON_SYNTAX_ERROR: the policy text is not valid JSON (or contains comments).

import { defineRule } from '../types';
import { SYNTAX_MESSAGES, checkSyntax } from '../shared/parse-problems';

export default defineRule({
  id: 'IAM101',
  name: 'valid-json-syntax',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Policy documents must be valid JSON, without comments or trailing commas.',
    why: 'IAM, S3, SQS, SNS and Organizations reject a policy that is not strict JSON. Editors often accept comments and trailing commas, so the mistake only shows at deploy time. Access Analyzer reports this as JSON_SYNTAX_ERROR.',
    invalid: [
      { title: 'A trailing comma', format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", }]\n}\n' },
    ],
    valid: [
      { format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" }]\n}\n' },
    ],
    fixSafety: 'Removing a comment is safe: AWS would reject the document with it.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-json-syntax-error'],
  },
  messages: SYNTAX_MESSAGES,
  check: checkSyntax,
});

// IAM130 MISSING_BRACE_IN_VARIABLE: a `${` without its closing `}`.

import { variableUses } from '../shared/variables';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM130',
  name: 'valid-variable-braces',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'A policy variable `${...}` needs its closing brace.',
    why: 'IAM rejects a policy with an unterminated variable such as `${aws:username` (Access Analyzer: MISSING_BRACE_IN_VARIABLE).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username/*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username}/*" }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html'],
  },
  messages: {
    unclosed: "The policy variable '{{text}}' has no closing '}'.",
  },
  check(ctx) {
    for (const u of variableUses(ctx)) {
      if (u.variable.problem === 'unclosed') ctx.report({ range: u.range, messageId: 'unclosed', data: { text: u.variable.text } });
    }
  },
});

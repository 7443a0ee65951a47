// IAM133 EMPTY_VARIABLE: `${}`.

import { variableUses } from '../shared/variables';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM133',
  name: 'no-empty-variable',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'A policy variable must name a value: `${}` is empty.',
    why: 'IAM rejects an empty variable (Access Analyzer: EMPTY_VARIABLE). For a literal `$`, write `${$}`.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/${}/*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/${aws:userid}/*" }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html'],
  },
  messages: {
    empty: 'The policy variable ${} is empty.',
  },
  check(ctx) {
    for (const u of variableUses(ctx)) if (u.variable.problem === 'empty') ctx.report({ range: u.range, messageId: 'empty' });
  },
});

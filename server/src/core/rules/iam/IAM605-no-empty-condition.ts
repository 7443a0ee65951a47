// IAM605 EMPTY_OBJECT_CONDITION: An empty `Condition` object adds nothing.

import { statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM605',
  name: 'no-empty-condition',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'info',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'An empty `Condition` object adds nothing.',
    why: '`"Condition": {}` puts no condition on the statement, which suggests conditions were lost while editing (Access Analyzer: EMPTY_OBJECT_CONDITION). Add the intended conditions or remove the element.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {} }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "Bool": { "aws:SecureTransport": "true" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html'],
  },
  messages: {
    empty: 'The Condition object is empty; the statement is unconditional.',
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      const v = s.condition?.value;
      if (v?.type === 'object' && v.properties.length === 0) ctx.report({ node: v, messageId: 'empty' });
    }
  },
});

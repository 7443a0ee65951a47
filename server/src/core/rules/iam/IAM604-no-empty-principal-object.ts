// IAM604 EMPTY_OBJECT_PRINCIPAL: An empty `Principal` object makes the statement apply to no one.

import { statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM604',
  name: 'no-empty-principal-object',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'info',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'An empty `Principal` object makes the statement apply to no one.',
    why: 'A statement with `"Principal": {}` matches no caller (Access Analyzer: EMPTY_OBJECT_PRINCIPAL). Name the principals (`{"AWS": ...}`, `{"Service": ...}`) or remove the statement.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": {}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Service": "cloudfront.amazonaws.com" }, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*" }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html'],
  },
  messages: {
    empty: 'The Principal object is empty, so this statement applies to no one.',
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      const v = s.principal?.value ?? s.notPrincipal?.value;
      if (v?.type === 'object' && v.properties.length === 0) ctx.report({ node: v, messageId: 'empty' });
    }
  },
});

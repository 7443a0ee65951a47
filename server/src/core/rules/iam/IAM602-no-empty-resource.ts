// IAM602 EMPTY_ARRAY_RESOURCE: An empty `Resource` list makes the statement apply to nothing.

import { statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM602',
  name: 'no-empty-resource',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'info',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'An empty `Resource` list makes the statement apply to nothing.',
    why: 'A statement with `"Resource": []` matches no request (Access Analyzer: EMPTY_ARRAY_RESOURCE). List the resources or remove the statement.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": [] }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": ["arn:aws:s3:::amzn-s3-demo-bucket/*"] }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html'],
  },
  messages: {
    empty: 'The Resource list is empty, so this statement applies to no request.',
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      const v = s.resource?.value ?? s.notResource?.value;
      if (v?.type === 'array' && v.items.length === 0) ctx.report({ node: v, messageId: 'empty' });
    }
  },
});

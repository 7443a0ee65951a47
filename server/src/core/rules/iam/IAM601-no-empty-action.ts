// IAM601 EMPTY_ARRAY_ACTION: An empty `Action` list makes the statement apply to nothing.

import { statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM601',
  name: 'no-empty-action',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'info',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'An empty `Action` list makes the statement apply to nothing.',
    why: 'A statement with `"Action": []` matches no request: it grants or denies nothing, which is rarely what the author meant (Access Analyzer: EMPTY_ARRAY_ACTION). List the actions or remove the statement.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": [], "Resource": "*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "*" }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html'],
  },
  messages: {
    empty: 'The Action list is empty, so this statement applies to no request.',
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      const v = s.action?.value ?? s.notAction?.value;
      if (v?.type === 'array' && v.items.length === 0) ctx.report({ node: v, messageId: 'empty' });
    }
  },
});

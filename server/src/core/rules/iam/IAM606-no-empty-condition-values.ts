// IAM606 EMPTY_ARRAY_CONDITION, IAM607–IAM609 for the qualified and IfExists forms: a condition key
// with an empty list of values. This rule covers the plain operators.

import { entriesOf } from '../shared/condition-values';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM606',
  name: 'no-empty-condition-values',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'info',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'A condition key needs at least one value.',
    why: 'With an empty list, a positive operator never matches (the statement never applies) and a negated one always matches: either way the condition does not say what was meant (Access Analyzer: EMPTY_ARRAY_CONDITION).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "StringEquals": { "aws:PrincipalTag/team": [] } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "StringEquals": { "aws:PrincipalTag/team": ["blue"] } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html'],
  },
  messages: {
    empty: "'{{key}}' has no values.",
  },
  check(ctx) {
    for (const e of entriesOf(ctx)) {
      const op = e.operator;
      if (op === undefined || op.qualifier !== undefined || op.ifExists) continue;
      if (e.value?.type === 'array' && e.value.items.length === 0) ctx.report({ node: e.value, messageId: 'empty', data: { key: e.key } });
    }
  },
});

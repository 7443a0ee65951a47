// IAM608 EMPTY_ARRAY_CONDITION_FORANYVALUE: `ForAnyValue:` with no values never matches.

import { entriesOf } from '../shared/condition-values';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM608',
  name: 'no-empty-for-any-value',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'info',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: '`ForAnyValue:` with an empty list never matches.',
    why: 'At least one request value must be in the (empty) list, which never happens: an Allow grants nothing, a Deny never applies (Access Analyzer: EMPTY_ARRAY_CONDITION_FORANYVALUE).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "ec2:CreateTags", "Resource": "*", "Condition": { "ForAnyValue:StringEquals": { "aws:TagKeys": [] } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "ec2:CreateTags", "Resource": "*", "Condition": { "ForAnyValue:StringEquals": { "aws:TagKeys": ["owner"] } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html'],
  },
  messages: {
    empty: "ForAnyValue with no values for '{{key}}' never matches.",
  },
  check(ctx) {
    for (const e of entriesOf(ctx)) {
      if (e.operator?.qualifier !== 'ForAnyValue') continue;
      if (e.value?.type === 'array' && e.value.items.length === 0) ctx.report({ node: e.value, messageId: 'empty', data: { key: e.key } });
    }
  },
});

// IAM609 EMPTY_ARRAY_CONDITION_IFEXISTS: `…IfExists` with no values matches only requests without the key.

import { entriesOf } from '../shared/condition-values';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM609',
  name: 'no-empty-if-exists',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'info',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'An `IfExists` operator with an empty list matches only when the key is absent; write `Null` instead.',
    why: 'When the key is present no value can match the empty list; when it is absent, IfExists makes the condition true. So the condition means "the key is absent", which `Null` says clearly (Access Analyzer: EMPTY_ARRAY_CONDITION_IFEXISTS).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "StringEqualsIfExists": { "aws:PrincipalTag/team": [] } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "StringEqualsIfExists": { "aws:PrincipalTag/team": ["blue"] } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IfExists'],
  },
  messages: {
    empty: "{{operator}} with no values matches only when '{{key}}' is absent; use \"Null\": {\"{{key}}\": \"true\"}.",
  },
  check(ctx) {
    for (const e of entriesOf(ctx)) {
      if (e.operator === undefined || !e.operator.ifExists || e.operator.qualifier !== undefined) continue;
      if (e.value?.type === 'array' && e.value.items.length === 0) ctx.report({ node: e.value, messageId: 'empty', data: { key: e.key, operator: e.operator.canonical } });
    }
  },
});

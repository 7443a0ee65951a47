// IAM607 EMPTY_ARRAY_CONDITION_FORALLVALUES: `ForAllValues:` with no values matches only requests
// without the key.

import { entriesOf } from '../shared/condition-values';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM607',
  name: 'no-empty-for-all-values',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'info',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: '`ForAllValues:` with an empty list matches only when the key is absent; write `Null` instead.',
    why: 'Every request value must be in the (empty) list, which holds only when the request has no values for the key. If that is the intent, `"Null": {"key": "true"}` says it clearly (Access Analyzer: EMPTY_ARRAY_CONDITION_FORALLVALUES).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "ec2:CreateTags", "Resource": "*", "Condition": { "ForAllValues:StringEquals": { "aws:TagKeys": [] } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "ec2:CreateTags", "Resource": "*", "Condition": { "Null": { "aws:TagKeys": "true" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html'],
  },
  messages: {
    empty: "ForAllValues with no values matches only when '{{key}}' is absent; use \"Null\": {\"{{key}}\": \"true\"}.",
  },
  check(ctx) {
    for (const e of entriesOf(ctx)) {
      if (e.operator?.qualifier !== 'ForAllValues') continue;
      if (e.value?.type === 'array' && e.value.items.length === 0) ctx.report({ node: e.value, messageId: 'empty', data: { key: e.key } });
    }
  },
});

// IAM211 INVALID_CONDITION_DATA_TYPE: the values of one key mix JSON types (strings with booleans or numbers).

import { entriesOf } from '../shared/condition-values';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM211',
  name: 'consistent-condition-value-types',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'The values of one condition key must all have the same JSON type.',
    why: 'A list such as `["true", false]` or `[10, "20"]` mixes JSON types, which IAM rejects (Access Analyzer: INVALID_CONDITION_DATA_TYPE). Write every value the same way (strings are always accepted).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*", "Condition": { "NumericLessThan": { "s3:max-keys": [10, "20"] } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*", "Condition": { "NumericLessThan": { "s3:max-keys": ["10", "20"] } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html'],
  },
  messages: {
    mixed: "This {{type}} is mixed with {{other}} values for '{{key}}'; write all values with one type.",
  },
  check(ctx) {
    for (const e of entriesOf(ctx)) {
      const scalars = e.values.filter((v) => v.type === 'string' || v.type === 'number' || v.type === 'boolean');
      if (scalars.length < 2) continue;
      const first = scalars[0].type;
      for (const v of scalars) {
        if (v.type === first || ctx.isPlaceholder(v)) continue;
        ctx.report({ node: v, messageId: 'mixed', data: { type: v.type, other: first, key: e.key } });
      }
    }
  },
});

// IAM212 INVALID_CONDITION_MULTIPLE_BOOLEAN: several values for a single-valued boolean key.

import { catalogOf } from '../shared/catalog';
import { entriesOf } from '../shared/condition-values';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM212',
  name: 'single-boolean-value',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'A boolean key takes one value, `true` or `false`.',
    why: 'Listing both `true` and `false` for a key such as `aws:SecureTransport` makes the condition always true (or the policy rejected): it restricts nothing (Access Analyzer: INVALID_CONDITION_MULTIPLE_BOOLEAN).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "Bool": { "aws:SecureTransport": ["true", "false"] } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "Bool": { "aws:SecureTransport": "true" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Boolean'],
  },
  messages: {
    multiple: "'{{key}}' is a single boolean; give one value.",
  },
  check(ctx) {
    const catalog = catalogOf(ctx);
    if (catalog === undefined) return;
    for (const e of entriesOf(ctx)) {
      if (e.value?.type !== 'array' || e.value.items.length < 2) continue;
      if (catalog.conditionKey(e.key)?.type !== 'Bool') continue;
      ctx.report({ node: e.value, messageId: 'multiple', data: { key: e.key } });
    }
  },
});

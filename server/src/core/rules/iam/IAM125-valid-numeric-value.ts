// IAM125 TYPE_MISMATCH_NUMBER: a Numeric operator's value is not a number.

import { isDocPlaceholder, literalValuesOf } from '../shared/condition-values';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM125',
  name: 'valid-numeric-value',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Numeric conditions take numbers.',
    why: 'A value that is not a number never compares true, so the condition never matches (Access Analyzer: TYPE_MISMATCH_NUMBER).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*", "Condition": { "NumericLessThanEquals": { "s3:max-keys": "ten" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*", "Condition": { "NumericLessThanEquals": { "s3:max-keys": "10" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Numeric'],
  },
  messages: {
    notNumber: "'{{value}}' is not a number.",
  },
  check(ctx) {
    for (const v of literalValuesOf(ctx, 'Numeric')) {
      if (isDocPlaceholder(v.text)) continue;
      if (/^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(v.text)) continue;
      ctx.report({ node: v.node, messageId: 'notNumber', data: { value: v.text } });
    }
  },
});

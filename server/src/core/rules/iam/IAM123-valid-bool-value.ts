// IAM123 TYPE_MISMATCH_BOOLEAN: a `Bool` operator's value is not `true` or `false`.

import { isDocPlaceholder, literalValuesOf } from '../shared/condition-values';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM123',
  name: 'valid-bool-value',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: '`Bool` conditions take `true` or `false`.',
    why: 'Any other value (`"yes"`, `1`, `"enabled"`) never equals the request\'s boolean, so an Allow never applies and a Deny never fires (Access Analyzer: TYPE_MISMATCH_BOOLEAN).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": { "Bool": { "aws:SecureTransport": "no" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": { "Bool": { "aws:SecureTransport": false } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Boolean'],
  },
  messages: {
    notBoolean: "'{{value}}' is not a boolean; Bool takes true or false.",
  },
  check(ctx) {
    for (const v of literalValuesOf(ctx, 'Bool')) {
      if (isDocPlaceholder(v.text)) continue;
      if (/^(true|false)$/i.test(v.text)) continue;
      ctx.report({ node: v.node, messageId: 'notBoolean', data: { value: v.text } });
    }
  },
});

// IAM126 TYPE_MISMATCH_STRING: a `BinaryEquals` value is not base64.

import { isDocPlaceholder, literalValuesOf } from '../shared/condition-values';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM126',
  name: 'valid-binary-value',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: '`BinaryEquals` takes base64-encoded values.',
    why: 'BinaryEquals compares bytes given in base64; text that is not valid base64 can never match (Access Analyzer: TYPE_MISMATCH_STRING, which AWS documents as "the value must be base64-encoded").',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "BinaryEquals": { "aws:UserAgent": "not base64!" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "BinaryEquals": { "aws:UserAgent": "QmluYXJ5VmFsdWVJbkJhc2U2NA==" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_BinaryEquals'],
  },
  messages: {
    notBase64: "'{{value}}' is not base64; BinaryEquals compares base64-encoded bytes.",
  },
  check(ctx) {
    for (const v of literalValuesOf(ctx, 'Binary')) {
      if (isDocPlaceholder(v.text)) continue;
      if (/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(v.text) && v.text.length > 0) continue;
      ctx.report({ node: v.node, messageId: 'notBase64', data: { value: v.text } });
    }
  },
});

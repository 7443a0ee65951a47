// IAM124 TYPE_MISMATCH_DATE: a Date operator's value is not a date.

import { parseDate } from '../../evaluator/conditions';
import { isDocPlaceholder, literalValuesOf } from '../shared/condition-values';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM124',
  name: 'valid-date-value',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Date conditions take ISO 8601 dates (`2026-12-31T23:59:59Z`) or epoch seconds.',
    why: 'A value IAM cannot read as a date never compares true, so the condition silently never matches (Access Analyzer: TYPE_MISMATCH_DATE).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "DateLessThan": { "aws:CurrentTime": "31/12/2026" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "DateLessThan": { "aws:CurrentTime": "2026-12-31T23:59:59Z" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Date'],
  },
  messages: {
    notDate: "'{{value}}' is not a date; use ISO 8601 (2026-12-31T23:59:59Z).",
  },
  check(ctx) {
    for (const v of literalValuesOf(ctx, 'Date')) {
      if (isDocPlaceholder(v.text)) continue;
      if (!Number.isNaN(parseDate(v.text))) continue;
      ctx.report({ node: v.node, messageId: 'notDate', data: { value: v.text } });
    }
  },
});

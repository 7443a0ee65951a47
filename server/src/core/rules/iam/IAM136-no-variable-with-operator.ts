// IAM136 INVALID_VARIABLE_FOR_OPERATOR: variables only in String and ARN condition values.

import { variableUses } from '../shared/variables';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM136',
  name: 'no-variable-with-operator',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Policy variables can be used only with String and ARN condition operators.',
    why: 'IAM substitutes variables in condition values of the String and ARN operators only; with Numeric, Date, Bool, IpAddress or Null the policy is rejected (Access Analyzer: INVALID_VARIABLE_FOR_OPERATOR).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "NumericLessThan": { "s3:max-keys": "${aws:PrincipalTag/maxkeys}" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "StringEquals": { "aws:ResourceTag/team": "${aws:PrincipalTag/team}" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-wheretouse'],
  },
  messages: {
    operator: "Policy variables are not supported with {{operator}}; use a String or ARN operator.",
  },
  check(ctx) {
    for (const u of variableUses(ctx)) {
      const op = u.entry?.operator;
      if (op === undefined || u.variable.special || op.base.family === 'String' || op.base.family === 'Arn') continue;
      ctx.report({ range: u.range, messageId: 'operator', data: { operator: op.canonical } });
    }
  },
});

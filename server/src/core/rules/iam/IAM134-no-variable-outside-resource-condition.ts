// IAM134 VARIABLE_UNSUPPORTED_IN_ELEMENT: variables work only in Resource, NotResource and Condition values.

import { variableUses } from '../shared/variables';
import { defineRule } from '../types';

const ALLOWED = new Set(['Resource', 'NotResource', 'Condition']);

export default defineRule({
  id: 'IAM134',
  name: 'no-variable-outside-resource-condition',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Policy variables may appear only in `Resource`, `NotResource` and `Condition` values.',
    why: 'IAM substitutes variables only in resources and condition values; elsewhere (Action, Principal, Sid) the policy is rejected (Access Analyzer: VARIABLE_UNSUPPORTED_IN_ELEMENT). To scope principals, use a Condition on `aws:PrincipalArn`.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:user/${aws:username}" }, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/${aws:username}/*" }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-wheretouse'],
  },
  messages: {
    element: "Policy variables are not supported in {{element}}; '{{text}}' is taken literally or rejected.",
  },
  check(ctx) {
    for (const u of variableUses(ctx)) {
      if (ALLOWED.has(u.element)) continue;
      ctx.report({ range: u.range, messageId: 'element', data: { element: u.element, text: u.variable.text } });
    }
  },
});

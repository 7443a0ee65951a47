// IAM612 EQUIVALENT_TO_NULL_FALSE: `StringLike: {key: "*"}` only tests that the key is present.

import { wildcardEntries } from '../shared/wildcard-values';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM612',
  name: 'prefer-null-false',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'info',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'A Like operator with the value `"*"` only tests that the key is present: write `"Null": {"key": "false"}`.',
    why: '`"StringLike": {"aws:ResourceTag/team": "*"}` matches any value, so it only says the tag exists. `Null` says that directly and cannot be mistaken for a value check (Access Analyzer: EQUIVALENT_TO_NULL_FALSE).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "ec2:StartInstances", "Resource": "*", "Condition": { "StringLike": { "aws:ResourceTag/team": "*" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "ec2:StartInstances", "Resource": "*", "Condition": { "Null": { "aws:ResourceTag/team": "false" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Null'],
  },
  messages: {
    nullFalse: "{{operator}} with \"*\" only tests that '{{key}}' is present; write \"Null\": {\"{{key}}\": \"false\"}.",
  },
  check(ctx) {
    for (const w of wildcardEntries(ctx)) {
      if (w.meaning === 'present') ctx.report({ node: w.star.node, messageId: 'nullFalse', data: { operator: w.entry.operator!.canonical, key: w.entry.key } });
    }
  },
});

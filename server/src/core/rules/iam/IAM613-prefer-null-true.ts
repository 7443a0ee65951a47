// IAM613 EQUIVALENT_TO_NULL_TRUE: `StringNotLike: {key: "*"}` only tests that the key is absent.

import { wildcardEntries } from '../shared/wildcard-values';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM613',
  name: 'prefer-null-true',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'info',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'A negated Like operator with the value `"*"` only tests that the key is absent: write `"Null": {"key": "true"}`.',
    why: '`"StringNotLike": {"aws:ResourceTag/team": "*"}` is false for every value, so it only holds when the tag is missing. `Null` says that directly (Access Analyzer: EQUIVALENT_TO_NULL_TRUE).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "ec2:RunInstances", "Resource": "*", "Condition": { "StringNotLike": { "aws:RequestTag/team": "*" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "ec2:RunInstances", "Resource": "*", "Condition": { "Null": { "aws:RequestTag/team": "true" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Null'],
  },
  messages: {
    nullTrue: "{{operator}} with \"*\" only tests that '{{key}}' is absent; write \"Null\": {\"{{key}}\": \"true\"}.",
  },
  check(ctx) {
    for (const w of wildcardEntries(ctx)) {
      if (w.meaning === 'absent') ctx.report({ node: w.star.node, messageId: 'nullTrue', data: { operator: w.entry.operator!.canonical, key: w.entry.key } });
    }
  },
});

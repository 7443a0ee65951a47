// IAM625 REDUNDANT_STATEMENT_DUE_TO_WILDCARD_IN_CONDITION: a key whose wildcard makes it never true,
// so the whole statement never applies.

import { wildcardEntries } from '../shared/wildcard-values';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM625',
  name: 'no-never-true-condition-key',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'info',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'A condition key that can never match because of `"*"` makes its statement unreachable.',
    why: '`"ForAnyValue:StringNotLike": {"key": "*"}` needs a value that does not match `*`, which does not exist, and is false when the key is absent: the statement never applies (Access Analyzer: REDUNDANT_STATEMENT_DUE_TO_WILDCARD_IN_CONDITION).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "ec2:CreateTags", "Resource": "*", "Condition": { "ForAnyValue:StringNotLike": { "aws:TagKeys": "*" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "ec2:CreateTags", "Resource": "*", "Condition": { "ForAnyValue:StringNotLike": { "aws:TagKeys": "team*" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html'],
  },
  messages: {
    never: "{{operator}} with \"*\" can never match '{{key}}', so this statement never applies.",
  },
  check(ctx) {
    for (const w of wildcardEntries(ctx)) {
      if (w.meaning === 'never') ctx.report({ node: w.star.node, messageId: 'never', data: { operator: w.entry.operator!.canonical, key: w.entry.key }, tags: ['unnecessary'] });
    }
  },
});

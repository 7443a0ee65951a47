// IAM140 OLD_VERSION: `Version: 2008-10-17`, the legacy language without policy variables.

import { policyView } from '../../iam/policy';
import { flavorOf, replaceStringContent } from '../fixes';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM140',
  name: 'no-old-version',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'info',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Prefer `"Version": "2012-10-17"` to the legacy `2008-10-17`.',
    why: 'The 2008-10-17 language lacks policy variables and newer features; AWS recommends 2012-10-17 for every new policy.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2008-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" }]\n}\n' }],
    fixSafety: 'Changing the version is a suggestion: text such as `${x}` in the policy would start being read as a policy variable.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html'],
  },
  messages: {
    old: 'Version 2008-10-17 is the legacy policy language; use "2012-10-17".',
  },
  check(ctx) {
    const v = policyView(ctx.unit.root)?.version?.value;
    if (v?.type !== 'string' || v.value !== '2008-10-17' || ctx.isPlaceholder(v)) return;
    ctx.report({ node: v, messageId: 'old', fixes: [{ title: 'Use "2012-10-17"', safety: 'suggestion', edits: [replaceStringContent(v, '2012-10-17', flavorOf(ctx.doc, ctx.unit))] }] });
  },
});

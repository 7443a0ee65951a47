// IAM105 MISSING_VERSION: without Version, IAM uses the 2008 language where policy variables are text.

import { policyView, anchorOf } from '../../iam/policy';
import { flavorOf, insertPropertyFirst } from '../fixes';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM105',
  name: 'require-version',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'A policy should state `"Version": "2012-10-17"`.',
    why: 'Without a Version element, AWS evaluates the policy with the 2008-10-17 language: policy variables such as `${aws:username}` are then plain text, so a statement meant to scope access per user matches nothing (or the literal string). Access Analyzer: MISSING_VERSION.',
    invalid: [{ format: 'json', code: '{\n  "Statement": [{ "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::home-${aws:username}" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::home-${aws:username}" }]\n}\n' }],
    fixSafety: 'Adding Version 2012-10-17 is safe unless the policy relies on `${...}` being literal text, which the 2012 language would substitute; the fix is offered as preferred because that reliance is almost always a mistake.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html'],
  },
  messages: {
    missing: 'The policy has no Version; add "Version": "2012-10-17" (without it, policy variables are not substituted).',
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined || policy.version !== undefined) return;
    if (policy.statement === undefined) return; // IAM104 reports the empty shell.
    ctx.report({
      range: anchorOf(policy.root),
      messageId: 'missing',
      fixes: [{ title: 'Add "Version": "2012-10-17"', safety: 'safe', preferred: true, edits: [insertPropertyFirst(ctx.doc, policy.root, 'Version', '2012-10-17', flavorOf(ctx.doc, ctx.unit))] }],
    });
  },
});

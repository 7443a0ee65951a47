// IAM104 MISSING_STATEMENT: a policy without a Statement grants and denies nothing, and AWS rejects it.

import { policyView, anchorOf } from '../../iam/policy';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM104',
  name: 'require-statement',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'A policy needs a `Statement` element.',
    why: 'The Statement element is the policy: without it there is nothing to allow or deny, and IAM rejects the document (Access Analyzer: MISSING_STATEMENT).',
    invalid: [{ format: 'json', kind: 'iam-policy', code: '{\n  "Version": "2012-10-17"\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:ListAllMyBuckets", "Resource": "*" }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_statement.html'],
  },
  messages: {
    missing: 'The policy has no Statement element.',
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined || policy.statement !== undefined) return;
    if (ctx.isPlaceholder(policy.root)) return;
    ctx.report({ range: anchorOf(policy.root), messageId: 'missing' });
  },
});

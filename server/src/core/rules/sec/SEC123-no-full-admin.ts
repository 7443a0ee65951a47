// SEC123 FULL_ADMIN: Allow of every action on every resource without a restricting condition.

import { statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { isUniversal } from '../../iam/patterns';
import { isRestricted, resourceUnconstrained } from '../../iam/risk';
import { defineRule } from '../types';

export default defineRule({
  id: 'SEC123',
  name: 'no-full-admin',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['identity', 'session'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: '`"Action": "*"` on `"Resource": "*"` is full administrator access.',
    why: 'A principal that may do everything can also grant itself anything, delete audit trails and leave the organization. Reserve it for break-glass roles (and prefer the AWS managed AdministratorAccess policy, whose attachment is visible in IAM reports). Deny statements that take some actions back do not change the nature of the grant.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "*", "Resource": "*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "*", "Resource": "*", "Condition": { "StringEquals": { "aws:PrincipalTag/break-glass": "true" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html'],
  },
  messages: {
    admin: 'This statement allows every action on every resource: full administrator access.',
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    for (const s of statementModels(policy)) {
      if (s.effect !== 'Allow' || s.actions === undefined || s.actions.negated || !resourceUnconstrained(s) || isRestricted(s)) continue;
      const item = s.actions.items.find((i) => isUniversal(i.pattern));
      if (item !== undefined) ctx.report({ node: item.node, messageId: 'admin' });
    }
  },
});

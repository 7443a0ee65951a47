// SEC115 CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE: A wildcard action that covers iam:CreateServiceLinkedRole (*, iam:*, iam:Create*), on "Resource": "*", allows creating any service-linked role.

import { roleActionHits } from '../shared/role-actions';
import { defineRule } from '../types';

export default defineRule({
  id: 'SEC115',
  name: 'no-create-slr-wildcard-on-every-resource',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['identity', 'session'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: "A wildcard action that covers `iam:CreateServiceLinkedRole` (`*`, `iam:*`, `iam:Create*`), on `\"Resource\": \"*\"`, allows creating any service-linked role.",
    why: "The wildcard includes CreateServiceLinkedRole, and `\"*\"` applies it to every service. Access Analyzer reports it as CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE.",
    invalid: [{ format: 'json', code: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"iam:Create*\", \"Resource\": \"*\"}]\n}\n" }],
    valid: [{ format: 'json', code: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"iam:Get*\", \"Resource\": \"*\"}]\n}\n" }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html'],
  },
  messages: {
    broad: "'{{entry}}' covers iam:CreateServiceLinkedRole on every resource: the principal can create any service-linked role.",
  },
  check(ctx) {
    for (const h of roleActionHits(ctx, 'iam:CreateServiceLinkedRole', 'wildcard-star', 'iam:AWSServiceName')) {
      ctx.report({ range: h.range, messageId: 'broad', data: { entry: h.text, resource: h.text } });
    }
  },
});

// SEC116 CREATE_SLR_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION: NotAction that does not exclude iam:CreateServiceLinkedRole, on "Resource": "*", allows creating any service-linked role.

import { roleActionHits } from '../shared/role-actions';
import { defineRule } from '../types';

export default defineRule({
  id: 'SEC116',
  name: 'no-create-slr-not-action-on-every-resource',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['identity', 'session'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: "`NotAction` that does not exclude `iam:CreateServiceLinkedRole`, on `\"Resource\": \"*\"`, allows creating any service-linked role.",
    why: "NotAction grants every action it does not list, CreateServiceLinkedRole included; with `\"Resource\": \"*\"` that covers every service. Access Analyzer reports it as CREATE_SLR_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION.",
    invalid: [{ format: 'json', code: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Allow\", \"NotAction\": \"s3:*\", \"Resource\": \"*\"}]\n}\n" }],
    valid: [{ format: 'json', code: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Allow\", \"NotAction\": [\"s3:*\", \"iam:*\"], \"Resource\": \"*\"}]\n}\n" }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html'],
  },
  messages: {
    broad: "This NotAction does not exclude iam:CreateServiceLinkedRole, so it allows creating any service-linked role (Resource \"*\").",
  },
  check(ctx) {
    for (const h of roleActionHits(ctx, 'iam:CreateServiceLinkedRole', 'not-action-star', 'iam:AWSServiceName')) {
      ctx.report({ range: h.range, messageId: 'broad', data: { entry: h.text, resource: h.text } });
    }
  },
});

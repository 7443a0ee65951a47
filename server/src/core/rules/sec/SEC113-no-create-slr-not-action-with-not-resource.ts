// SEC113 CREATE_SLR_WITH_NOT_ACTION_AND_NOT_RESOURCE: NotAction that does not exclude iam:CreateServiceLinkedRole, with NotResource, allows creating almost any service-linked role.

import { roleActionHits } from '../shared/role-actions';
import { defineRule } from '../types';

export default defineRule({
  id: 'SEC113',
  name: 'no-create-slr-not-action-with-not-resource',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['identity', 'session'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: "`NotAction` that does not exclude `iam:CreateServiceLinkedRole`, with `NotResource`, allows creating almost any service-linked role.",
    why: "NotAction grants every action it does not list, CreateServiceLinkedRole included, and NotResource applies it to every resource it does not list. Access Analyzer reports it as CREATE_SLR_WITH_NOT_ACTION_AND_NOT_RESOURCE.",
    invalid: [{ format: 'json', code: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Allow\", \"NotAction\": \"s3:*\", \"NotResource\": \"arn:aws:iam::111122223333:role/admin\"}]\n}\n" }],
    valid: [{ format: 'json', code: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Allow\", \"NotAction\": [\"s3:*\", \"iam:*\"], \"NotResource\": \"arn:aws:iam::111122223333:role/admin\"}]\n}\n" }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html'],
  },
  messages: {
    broad: "This NotAction does not exclude iam:CreateServiceLinkedRole, and NotResource applies it to every role it does not name.",
  },
  check(ctx) {
    for (const h of roleActionHits(ctx, 'iam:CreateServiceLinkedRole', 'not-action-not-resource', 'iam:AWSServiceName')) {
      ctx.report({ range: h.range, messageId: 'broad', data: { entry: h.text, resource: h.text } });
    }
  },
});

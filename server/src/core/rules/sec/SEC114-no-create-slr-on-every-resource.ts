// SEC114 CREATE_SLR_WITH_STAR_IN_RESOURCE: iam:CreateServiceLinkedRole on "Resource": "*" without an iam:AWSServiceName condition allows creating any service-linked role.

import { roleActionHits } from '../shared/role-actions';
import { defineRule } from '../types';

export default defineRule({
  id: 'SEC114',
  name: 'no-create-slr-on-every-resource',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['identity', 'session'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: "`iam:CreateServiceLinkedRole` on `\"Resource\": \"*\"` without an `iam:AWSServiceName` condition allows creating any service-linked role.",
    why: "With `\"*\"` and no `iam:AWSServiceName` condition the principal can create the service-linked role of any service, which then acts with that service's permissions. Name the service in an `iam:AWSServiceName` condition. Access Analyzer reports it as CREATE_SLR_WITH_STAR_IN_RESOURCE.",
    invalid: [{ format: 'json', code: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"iam:CreateServiceLinkedRole\", \"Resource\": \"*\"}]\n}\n" }],
    valid: [{ format: 'json', code: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"iam:CreateServiceLinkedRole\", \"Resource\": \"*\", \"Condition\": {\"StringEquals\": {\"iam:AWSServiceName\": \"elasticloadbalancing.amazonaws.com\"}}}]\n}\n" }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html'],
  },
  messages: {
    broad: "iam:CreateServiceLinkedRole on '{{resource}}' allows creating the service-linked role of any service; add an iam:AWSServiceName condition.",
  },
  check(ctx) {
    for (const h of roleActionHits(ctx, 'iam:CreateServiceLinkedRole', 'literal-star', 'iam:AWSServiceName')) {
      ctx.report({ range: h.range, messageId: 'broad', data: { entry: h.text, resource: h.text } });
    }
  },
});

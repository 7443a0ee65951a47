// SEC111 CREATE_SLR_WITH_NOT_RESOURCE: iam:CreateServiceLinkedRole with NotResource allows creating service-linked roles for almost every service.

import { roleActionHits } from '../shared/role-actions';
import { defineRule } from '../types';

export default defineRule({
  id: 'SEC111',
  name: 'no-create-slr-with-not-resource',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['identity', 'session'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: "`iam:CreateServiceLinkedRole` with `NotResource` allows creating service-linked roles for almost every service.",
    why: "Service-linked roles carry permissions defined by the service. NotResource allows creating them for every service-linked role path it does not name. Scope the action with the `iam:AWSServiceName` condition key. Access Analyzer reports it as CREATE_SLR_WITH_NOT_RESOURCE.",
    invalid: [{ format: 'json', code: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"iam:CreateServiceLinkedRole\", \"NotResource\": \"arn:aws:iam::*:role/aws-service-role/support.amazonaws.com/*\"}]\n}\n" }],
    valid: [{ format: 'json', code: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"iam:CreateServiceLinkedRole\", \"Resource\": \"*\", \"Condition\": {\"StringEquals\": {\"iam:AWSServiceName\": \"elasticloadbalancing.amazonaws.com\"}}}]\n}\n" }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html'],
  },
  messages: {
    broad: "iam:CreateServiceLinkedRole with NotResource allows creating service-linked roles for nearly every service; scope it with iam:AWSServiceName.",
  },
  check(ctx) {
    for (const h of roleActionHits(ctx, 'iam:CreateServiceLinkedRole', 'literal-not-resource', 'iam:AWSServiceName')) {
      ctx.report({ range: h.range, messageId: 'broad', data: { entry: h.text, resource: h.text } });
    }
  },
});

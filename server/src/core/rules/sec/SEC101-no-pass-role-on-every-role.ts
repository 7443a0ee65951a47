// SEC101 PASS_ROLE_WITH_STAR_IN_RESOURCE: iam:PassRole on "*" (or on every role of an account) lets the principal hand any role to a service.

import { roleActionHits } from '../shared/role-actions';
import { defineRule } from '../types';

export default defineRule({
  id: 'SEC101',
  name: 'no-pass-role-on-every-role',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['identity', 'session'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: "`iam:PassRole` on `\"*\"` (or on every role of an account) lets the principal hand any role to a service.",
    why: "Passing a role to a service (EC2, Lambda, CloudFormation, \u2026) gives that service the role's permissions, so PassRole on every role lets the principal act with the most privileged role in the account. Name the roles (or a path such as `role/service-role/*`), and add an `iam:PassedToService` condition. Access Analyzer reports it as PASS_ROLE_WITH_STAR_IN_RESOURCE.",
    invalid: [{ format: 'json', code: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"iam:PassRole\", \"Resource\": \"*\"}]\n}\n" }],
    valid: [{ format: 'json', code: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"iam:PassRole\", \"Resource\": \"arn:aws:iam::111122223333:role/service-role/app-*\", \"Condition\": {\"StringEquals\": {\"iam:PassedToService\": \"lambda.amazonaws.com\"}}}]\n}\n" }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html'],
  },
  messages: {
    broad: "iam:PassRole on '{{resource}}' lets this principal pass any role to a service; name the roles and add an iam:PassedToService condition.",
  },
  check(ctx) {
    for (const h of roleActionHits(ctx, 'iam:PassRole', 'literal-star', 'iam:PassedToService')) {
      ctx.report({ range: h.range, messageId: 'broad', data: { entry: h.text, resource: h.text } });
    }
  },
});

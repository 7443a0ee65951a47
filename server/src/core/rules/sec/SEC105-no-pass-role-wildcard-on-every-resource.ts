// SEC105 PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE: A wildcard action that covers iam:PassRole, on "Resource": "*", allows passing any role.

import { roleActionHits } from '../shared/role-actions';
import { defineRule } from '../types';

export default defineRule({
  id: 'SEC105',
  name: 'no-pass-role-wildcard-on-every-resource',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['identity', 'session'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: "A wildcard action that covers `iam:PassRole`, on `\"Resource\": \"*\"`, allows passing any role.",
    why: "A wildcard such as `*`, `iam:*` or `iam:Pass*` includes PassRole; with `\"Resource\": \"*\"` the principal can pass any role, including the most privileged one, to a service. Access Analyzer reports it as PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE.",
    invalid: [{ format: 'json', code: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"iam:*\", \"Resource\": \"*\"}]\n}\n" }],
    valid: [{ format: 'json', code: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"iam:Get*\", \"Resource\": \"*\"}]\n}\n" }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html'],
  },
  messages: {
    broad: "'{{entry}}' covers iam:PassRole on every resource: the principal can pass any role to a service.",
  },
  check(ctx) {
    for (const h of roleActionHits(ctx, 'iam:PassRole', 'wildcard-star', 'iam:PassedToService')) {
      ctx.report({ range: h.range, messageId: 'broad', data: { entry: h.text, resource: h.text } });
    }
  },
});

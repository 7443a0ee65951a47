// SEC106 PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION: NotAction that does not exclude iam:PassRole, on "Resource": "*", allows passing any role.

import { roleActionHits } from '../shared/role-actions';
import { defineRule } from '../types';

export default defineRule({
  id: 'SEC106',
  name: 'no-pass-role-not-action-on-every-resource',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['identity', 'session'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: "`NotAction` that does not exclude `iam:PassRole`, on `\"Resource\": \"*\"`, allows passing any role.",
    why: "NotAction grants every action it does not list, PassRole included; with `\"Resource\": \"*\"` that means passing any role. Access Analyzer reports it as PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION.",
    invalid: [{ format: 'json', code: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Allow\", \"NotAction\": \"s3:*\", \"Resource\": \"*\"}]\n}\n" }],
    valid: [{ format: 'json', code: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Allow\", \"NotAction\": [\"s3:*\", \"iam:*\"], \"Resource\": \"*\"}]\n}\n" }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html'],
  },
  messages: {
    broad: "This NotAction does not exclude iam:PassRole, so it allows passing any role (Resource \"*\").",
  },
  check(ctx) {
    for (const h of roleActionHits(ctx, 'iam:PassRole', 'not-action-star', 'iam:PassedToService')) {
      ctx.report({ range: h.range, messageId: 'broad', data: { entry: h.text, resource: h.text } });
    }
  },
});

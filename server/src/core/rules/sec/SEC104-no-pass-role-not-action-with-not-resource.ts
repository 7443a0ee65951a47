// SEC104 PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE: NotAction that does not exclude iam:PassRole, with NotResource, allows passing almost every role.

import { roleActionHits } from '../shared/role-actions';
import { defineRule } from '../types';

export default defineRule({
  id: 'SEC104',
  name: 'no-pass-role-not-action-with-not-resource',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['identity', 'session'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: "`NotAction` that does not exclude `iam:PassRole`, with `NotResource`, allows passing almost every role.",
    why: "NotAction grants every action it does not list, PassRole included, and NotResource applies it to every resource it does not list. Access Analyzer reports it as PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE.",
    invalid: [{ format: 'json', code: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Allow\", \"NotAction\": \"s3:*\", \"NotResource\": \"arn:aws:iam::111122223333:role/admin\"}]\n}\n" }],
    valid: [{ format: 'json', code: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Allow\", \"NotAction\": [\"s3:*\", \"iam:*\"], \"NotResource\": \"arn:aws:iam::111122223333:role/admin\"}]\n}\n" }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html'],
  },
  messages: {
    broad: "This NotAction does not exclude iam:PassRole, and NotResource applies it to every role it does not name.",
  },
  check(ctx) {
    for (const h of roleActionHits(ctx, 'iam:PassRole', 'not-action-not-resource', 'iam:PassedToService')) {
      ctx.report({ range: h.range, messageId: 'broad', data: { entry: h.text, resource: h.text } });
    }
  },
});

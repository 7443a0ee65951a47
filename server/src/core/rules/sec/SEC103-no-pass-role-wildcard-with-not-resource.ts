// SEC103 PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE: A wildcard action that covers iam:PassRole, with NotResource, allows passing almost every role.

import { roleActionHits } from '../shared/role-actions';
import { defineRule } from '../types';

export default defineRule({
  id: 'SEC103',
  name: 'no-pass-role-wildcard-with-not-resource',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['identity', 'session'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: "A wildcard action that covers `iam:PassRole`, with `NotResource`, allows passing almost every role.",
    why: "A wildcard such as `iam:*` or `iam:Pass*` includes PassRole, and NotResource applies it to every role the list does not name. Access Analyzer reports it as PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE.",
    invalid: [{ format: 'json', code: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"iam:*\", \"NotResource\": \"arn:aws:iam::111122223333:role/admin\"}]\n}\n" }],
    valid: [{ format: 'json', code: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"iam:Get*\", \"NotResource\": \"arn:aws:iam::111122223333:role/admin\"}]\n}\n" }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html'],
  },
  messages: {
    broad: "'{{entry}}' covers iam:PassRole, and NotResource applies it to every role it does not name.",
  },
  check(ctx) {
    for (const h of roleActionHits(ctx, 'iam:PassRole', 'wildcard-not-resource', 'iam:PassedToService')) {
      ctx.report({ range: h.range, messageId: 'broad', data: { entry: h.text, resource: h.text } });
    }
  },
});

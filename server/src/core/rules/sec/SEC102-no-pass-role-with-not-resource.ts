// SEC102 PASS_ROLE_WITH_NOT_RESOURCE: iam:PassRole with NotResource allows passing every role except the listed ones.

import { roleActionHits } from '../shared/role-actions';
import { defineRule } from '../types';

export default defineRule({
  id: 'SEC102',
  name: 'no-pass-role-with-not-resource',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['identity', 'session'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: "`iam:PassRole` with `NotResource` allows passing every role except the listed ones.",
    why: "NotResource grants PassRole on every role the list does not name, including roles created later. Name the roles that may be passed instead. Access Analyzer reports it as PASS_ROLE_WITH_NOT_RESOURCE.",
    invalid: [{ format: 'json', code: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"iam:PassRole\", \"NotResource\": \"arn:aws:iam::111122223333:role/admin\"}]\n}\n" }],
    valid: [{ format: 'json', code: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"iam:PassRole\", \"Resource\": \"arn:aws:iam::111122223333:role/app\"}]\n}\n" }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html'],
  },
  messages: {
    broad: "iam:PassRole with NotResource allows passing every role except the listed ones; name the roles that may be passed.",
  },
  check(ctx) {
    for (const h of roleActionHits(ctx, 'iam:PassRole', 'literal-not-resource', 'iam:PassedToService')) {
      ctx.report({ range: h.range, messageId: 'broad', data: { entry: h.text, resource: h.text } });
    }
  },
});

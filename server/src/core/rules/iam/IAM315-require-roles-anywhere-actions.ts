// IAM315 MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY: IAM Roles Anywhere needs sts:AssumeRole,
// sts:SetSourceIdentity and sts:TagSession.

import { principalValues } from '../../iam/principals';
import { wildcardMatch } from '../../iam/wildcard';
import { literalStrings, statementsOf } from '../shared/iam';
import { defineRule } from '../types';

const REQUIRED = ['sts:AssumeRole', 'sts:SetSourceIdentity', 'sts:TagSession'];

export default defineRule({
  id: 'IAM315',
  name: 'require-roles-anywhere-actions',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['trust'],
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'A trust policy for `rolesanywhere.amazonaws.com` must allow `sts:AssumeRole`, `sts:SetSourceIdentity` and `sts:TagSession`.',
    why: 'IAM Roles Anywhere always sets the source identity and session tags from the certificate when it creates a session; without all three actions the role cannot be used (Access Analyzer: MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY).',
    invalid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Service": "rolesanywhere.amazonaws.com" }, "Action": "sts:AssumeRole" }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Service": "rolesanywhere.amazonaws.com" }, "Action": ["sts:AssumeRole", "sts:SetSourceIdentity", "sts:TagSession"] }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html'],
  },
  messages: {
    missing: 'IAM Roles Anywhere also needs {{missing}} in this statement.',
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      if (s.action === undefined || !principalValues(s.principal).some((p) => p.key === 'Service' && p.value === 'rolesanywhere.amazonaws.com')) continue;
      const actions = literalStrings(ctx, s.action).map((a) => a.value.toLowerCase());
      if (actions.length === 0) continue;
      const missing = REQUIRED.filter((r) => !actions.some((a) => wildcardMatch(a, r.toLowerCase())));
      if (missing.length === 0) continue;
      ctx.report({ node: s.action.key, messageId: 'missing', data: { missing: missing.join(', ') } });
    }
  },
});

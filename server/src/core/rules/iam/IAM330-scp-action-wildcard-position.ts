// IAM330 SCP_SYNTAX_ERROR_ACTION_WILDCARD: a wildcard at the start or in the middle of an SCP action.
// Organizations accepts it since SCPs gained the full IAM policy language (September 2025); Access
// Analyzer's check still lists it as an error, so this is an information note for teams that run both.

import { hasWildcard } from '../../iam/wildcard';
import { literalStrings, statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM330',
  name: 'scp-action-wildcard-position',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['scp'],
  defaultSeverity: 'info',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Wildcards before the end of an SCP action (`iam:*Role`) need the full IAM language in SCPs (since September 2025).',
    why: 'Until September 2025 AWS Organizations accepted a wildcard only at the end of an SCP action. SCPs now support the full IAM policy language, including wildcards anywhere in Action, but the Access Analyzer check list still has SCP_SYNTAX_ERROR_ACTION_WILDCARD, and older tooling may reject such an SCP. This note helps when a pipeline still runs those checks.',
    invalid: [{ format: 'json', kind: 'iam-scp', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "iam:*AccessKey*", "Resource": "*" }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-scp', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": ["iam:CreateAccessKey", "iam:Update*"], "Resource": "*" }]\n}\n' }],
    references: ['https://aws.amazon.com/blogs/security/unlock-new-possibilities-aws-organizations-service-control-policy-now-supports-full-iam-language', 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_syntax.html'],
  },
  messages: {
    position: "'{{action}}' has a wildcard before its end: valid in SCPs since September 2025, but Access Analyzer (SCP_SYNTAX_ERROR_ACTION_WILDCARD) and older tooling reject it.",
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      for (const a of [...literalStrings(ctx, s.action), ...literalStrings(ctx, s.notAction)]) {
        const v = a.value;
        if (v === '*' || !hasWildcard(v)) continue;
        const trimmed = v.replace(/\*+$/, '');
        if (!hasWildcard(trimmed)) continue;
        ctx.report({ node: a, messageId: 'position', data: { action: v } });
      }
    }
  },
});

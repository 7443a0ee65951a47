// IAM341 RCP_SYNTAX_ERROR_ALLOW: an RCP Allow statement is the full-access statement only.

import { effectOf } from '../../iam/conditions';
import { literalStrings, statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM341',
  name: 'rcp-allow-shape',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['rcp'],
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'An RCP `Allow` statement must be `"Principal": "*"`, `"Action": "*"`, `"Resource": "*"` without a Condition.',
    why: 'Resource control policies restrict with Deny statements; the only Allow AWS Organizations accepts is the full-access one (as in the managed `RCPFullAWSAccess`). Anything narrower is rejected (Access Analyzer: RCP_SYNTAX_ERROR_ALLOW).',
    invalid: [{ format: 'json', kind: 'iam-rcp', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*" }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-rcp', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*" }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html'],
  },
  messages: {
    condition: 'An RCP Allow statement cannot have a Condition.',
    resource: 'An RCP Allow statement must use "Resource": "*".',
    action: 'An RCP Allow statement must use "Action": "*".',
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      if (effectOf(s) !== 'Allow') continue;
      if (s.condition !== undefined) ctx.report({ node: s.condition.key, messageId: 'condition' });
      if (s.notResource !== undefined) ctx.report({ node: s.notResource.key, messageId: 'resource' });
      for (const r of literalStrings(ctx, s.resource)) if (r.value !== '*') ctx.report({ node: r, messageId: 'resource' });
      for (const a of literalStrings(ctx, s.action)) if (a.value !== '*') ctx.report({ node: a, messageId: 'action' });
    }
  },
});

// IAM342 RCP_SYNTAX_ERROR_NOTACTION: RCPs do not support NotAction.

import { statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM342',
  name: 'rcp-no-not-action',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['rcp'],
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Resource control policies cannot use `NotAction`.',
    why: 'AWS Organizations rejects NotAction in an RCP (Access Analyzer: RCP_SYNTAX_ERROR_NOTACTION): an RCP governs the services that support RCPs, and "every action except" would reach services it cannot apply to. List the actions.',
    invalid: [{ format: 'json', kind: 'iam-rcp', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Principal": "*", "NotAction": "s3:GetObject", "Resource": "*" }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-rcp', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Principal": "*", "Action": ["s3:PutObject", "s3:DeleteObject"], "Resource": "*" }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html'],
  },
  messages: {
    notAction: 'NotAction is not supported in a resource control policy; list the actions in Action.',
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) if (s.notAction !== undefined) ctx.report({ node: s.notAction.key, messageId: 'notAction' });
  },
});

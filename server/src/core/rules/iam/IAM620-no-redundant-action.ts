// IAM620 REDUNDANT_ACTION: an action already matched by another entry of the same list.

import { reportRedundantItems } from '../shared/redundant-items';
import { statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM620',
  name: 'no-redundant-action',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'info',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Remove actions that another entry of the same list already matches (`iam:GetUser` next to `iam:Get*`).',
    why: 'A covered action adds nothing and makes the policy longer (size quotas) and harder to review: readers may think it is there for a reason (Access Analyzer: REDUNDANT_ACTION). Action names are case-insensitive, so `s3:getobject` duplicates `s3:GetObject`.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": ["iam:Get*", "iam:GetUser"], "Resource": "*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": ["iam:Get*", "iam:ListUsers"], "Resource": "*" }]\n}\n' }],
    fixSafety: 'Removing an action another entry already matches does not change what the statement covers, so the fix is safe.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html'],
  },
  messages: {
    covered: "'{{item}}' is already matched by '{{by}}'.",
    duplicate: "'{{item}}' repeats '{{by}}' (action names are case-insensitive).",
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      reportRedundantItems(ctx, s.action, true);
      reportRedundantItems(ctx, s.notAction, true);
    }
  },
});

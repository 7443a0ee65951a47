// IAM109 MISSING_ACTION: every statement needs `Action` or `NotAction`.

import { anchorOf } from '../../iam/policy';
import { getPropertyCI } from '../../parse/tree';
import { statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM109',
  name: 'require-action',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Every statement needs an `Action` or a `NotAction`.',
    why: 'A statement says which actions it allows or denies; without Action or NotAction IAM rejects it (Access Analyzer: MISSING_ACTION).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Resource": "*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "NotAction": "iam:*", "Resource": "*" }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html'],
  },
  messages: {
    missing: 'The statement has neither Action nor NotAction.',
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      if (s.action !== undefined || s.notAction !== undefined) continue;
      if (getPropertyCI(s.node, 'Action') !== undefined || getPropertyCI(s.node, 'NotAction') !== undefined) continue; // IAM103: wrong case.
      ctx.report({ range: anchorOf(s.node), messageId: 'missing' });
    }
  },
});

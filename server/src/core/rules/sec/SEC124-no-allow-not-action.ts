// SEC124 ALLOW_WITH_NOT_ACTION: Allow with NotAction grants every other action, present and future.

import { statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { defineRule } from '../types';

export default defineRule({
  id: 'SEC124',
  name: 'no-allow-not-action',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['identity', 'session'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: '`Allow` with `NotAction` grants every action the list does not name, including actions AWS adds later.',
    why: 'NotAction in an Allow is an allow-list turned inside out: it grants thousands of actions across every service, and each new service or action is granted automatically. It is meant for Deny statements ("deny everything except …"). List the actions to allow instead.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "NotAction": "iam:*", "Resource": "*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "NotAction": ["iam:Get*", "iam:List*"], "Resource": "*" }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html'],
  },
  messages: {
    notAction: 'Allow with NotAction grants every action not listed here, including future actions of every service; list the actions to allow.',
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    for (const s of statementModels(policy)) {
      if (s.effect !== 'Allow' || s.actions === undefined || !s.actions.negated) continue;
      ctx.report({ node: s.actions.prop.key, messageId: 'notAction' });
    }
  },
});

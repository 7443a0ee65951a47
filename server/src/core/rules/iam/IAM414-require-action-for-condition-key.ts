// IAM414 MISSING_ACTION_FOR_CONDITION_KEY: some keys are set only for one action (`iam:PassedToService`
// for `iam:PassRole`); without that action in the statement the condition never applies.

import { conditionEntries } from '../../iam/conditions';
import { KEYS_NEEDING_ACTION } from '../../iam/knowledge';
import { wildcardMatch } from '../../iam/wildcard';
import { literalStrings, statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM414',
  name: 'require-action-for-condition-key',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: '`iam:PassedToService` and `iam:AssociatedResourceArn` need `iam:PassRole` in the statement\'s actions.',
    why: 'These keys exist only in `iam:PassRole` requests; in a statement without that action the condition never matches, so an Allow grants nothing and a Deny never applies (Access Analyzer: MISSING_ACTION_FOR_CONDITION_KEY).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "iam:GetRole", "Resource": "*", "Condition": { "StringEquals": { "iam:PassedToService": "lambda.amazonaws.com" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "iam:PassRole", "Resource": "*", "Condition": { "StringEquals": { "iam:PassedToService": "lambda.amazonaws.com" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_PassedToService'],
  },
  messages: {
    missing: "'{{key}}' is set only for {{action}}, which this statement's Action does not include.",
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      if (s.action === undefined) continue; // NotAction: the action may be included.
      const actions = literalStrings(ctx, s.action).map((a) => a.value.toLowerCase());
      if (actions.length === 0) continue;
      for (const e of conditionEntries(s)) {
        const action = KEYS_NEEDING_ACTION[e.key.toLowerCase()];
        if (action === undefined || actions.some((a) => wildcardMatch(a, action.toLowerCase()))) continue;
        ctx.report({ node: e.keyProp.key, messageId: 'missing', data: { key: e.key, action } });
      }
    }
  },
});

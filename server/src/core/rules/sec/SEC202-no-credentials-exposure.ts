// SEC202 CREDENTIALS_EXPOSURE: actions that return credentials, allowed on every resource without a restricting condition.

import { Reasoner } from '../../iam/coverage';
import { statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { listText } from '../../iam/precedence';
import { CREDENTIAL_ACTIONS } from '../../iam/risk';
import { unconstrainedGrantsOf } from '../shared/sec';
import { defineRule } from '../types';

export default defineRule({
  id: 'SEC202',
  name: 'no-credentials-exposure',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['identity', 'session'],
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: 'Actions that return credentials (access keys, tokens, passwords: 45 actions) are allowed on every resource without a restricting condition.',
    why: 'Credentials returned by `iam:CreateAccessKey`, `sts:AssumeRole`, `ecr:GetAuthorizationToken`, `redshift:GetClusterCredentials` and the like can be used outside the workload that holds the policy, for as long as they stay valid. Scope these actions to the users, roles, clusters or repositories concerned, or condition them. The list is cloudsplaining\'s (with its `gamelift` typo corrected).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "iam:CreateAccessKey", "Resource": "*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "iam:CreateAccessKey", "Resource": "arn:aws:iam::111122223333:user/${aws:username}" }]\n}\n' }],
    references: ['https://cloudsplaining.readthedocs.io/en/latest/glossary/credentials-exposure/', 'https://gist.github.com/kmcquade/33860a617e651104d243c324ddf7992a'],
  },
  messages: {
    credentials: "Allows {{actions}} on every resource without a restricting condition: {{they}} credentials.",
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    const r = new Reasoner(ctx.services.catalog);
    for (const g of unconstrainedGrantsOf(r, statementModels(policy), CREDENTIAL_ACTIONS)) {
      ctx.report({ range: g.range, messageId: 'credentials', data: { entry: g.entry, actions: listText(g.actions), they: g.actions.length === 1 ? 'it returns' : 'they return' } });
    }
  },
});

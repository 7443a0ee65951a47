// IAM318 SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED: wildcards in the GitHub `sub` claim.

import { entriesOf, entryValues } from '../shared/condition-values';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM318',
  name: 'specific-github-sub',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['trust'],
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  tags: ['security'],
  docs: {
    summary: 'Pin the repository and branch (or environment) in `token.actions.githubusercontent.com:sub`; avoid wildcards.',
    why: '`repo:octo-org/*` lets every repository of the organization (including forks\' pull requests where allowed) assume the role, and `repo:octo-org/app:*` every branch (Access Analyzer: SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED). Name the branch (`:ref:refs/heads/main`) or the environment (`:environment:prod`).',
    invalid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" }, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": { "StringLike": { "token.actions.githubusercontent.com:sub": "repo:octo-org/*" } } }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" }, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": { "StringEquals": { "token.actions.githubusercontent.com:sub": "repo:octo-org/octo-repo:environment:prod" } } }]\n}\n' }],
    references: ['https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect#example-subject-claims'],
  },
  messages: {
    wildcard: "'{{value}}' uses a wildcard; name the repository and branch or environment.",
  },
  check(ctx) {
    for (const e of entriesOf(ctx)) {
      const k = e.key.toLowerCase();
      if (!(k.startsWith('token.actions.githubusercontent.com') && k.endsWith(':sub'))) continue;
      if (e.operator === undefined || e.operator.base.negated) continue;
      for (const v of entryValues(ctx, e)) {
        if (v.text.indexOf('*') === -1 && v.text.indexOf('?') === -1) continue;
        ctx.report({ node: v.node, messageId: 'wildcard', data: { value: v.text } });
      }
    }
  },
});

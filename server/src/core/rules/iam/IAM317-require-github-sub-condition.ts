// IAM317 MISSING_GITHUB_REPO_CONDITION_KEY: a GitHub Actions OIDC principal without a `:sub` condition
// lets every repository on GitHub assume the role.

import { effectOf } from '../../iam/conditions';
import { isGitHubProvider } from '../../iam/knowledge';
import { statementsOf } from '../shared/iam';
import { oidcPrincipals, providerEntries } from '../shared/oidc';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM317',
  name: 'require-github-sub-condition',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['trust'],
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  tags: ['security'],
  docs: {
    summary: 'Trust statements for GitHub Actions need a `token.actions.githubusercontent.com:sub` condition.',
    why: 'GitHub issues tokens for every repository on GitHub with the same audience; only the `sub` claim (`repo:<org>/<repo>:...`) tells them apart. Without it, any workflow anywhere can assume the role (Access Analyzer: MISSING_GITHUB_REPO_CONDITION_KEY).',
    invalid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" }, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": { "StringEquals": { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" } } }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" }, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": { "StringEquals": { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "token.actions.githubusercontent.com:sub": "repo:octo-org/octo-repo:ref:refs/heads/main" } } }]\n}\n' }],
    references: ['https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services', 'https://aws.amazon.com/blogs/security/use-iam-roles-to-connect-github-actions-to-actions-in-aws/'],
  },
  messages: {
    missing: 'Any GitHub repository can assume this role: add a condition on {{provider}}:sub (repo:<org>/<repo>:...).',
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      if (effectOf(s) !== 'Allow') continue;
      for (const o of oidcPrincipals(s)) {
        if (!isGitHubProvider(o.prefix)) continue;
        if (providerEntries(s, o.prefix).some((e) => e.key.toLowerCase() === `${o.prefix}:sub`)) continue;
        ctx.report({ node: o.principal.node, messageId: 'missing', data: { provider: o.prefix } });
      }
    }
  },
});

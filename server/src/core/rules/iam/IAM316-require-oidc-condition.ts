// IAM316 MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL: a web-identity principal without a condition on
// its provider's claims lets any identity of that provider assume the role.

import { effectOf } from '../../iam/conditions';
import { isGitHubProvider } from '../../iam/knowledge';
import { statementsOf } from '../shared/iam';
import { oidcPrincipals, providerEntries } from '../shared/oidc';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM316',
  name: 'require-oidc-condition',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['trust'],
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  tags: ['security'],
  docs: {
    summary: 'Trust statements for OIDC providers need a condition on the provider\'s claims (`<provider>:aud`, `<provider>:sub`).',
    why: 'Without a condition on the provider\'s keys, every user of the identity provider (any Google account, any EKS service account of the cluster) can assume the role (Access Analyzer: MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL).',
    invalid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Federated": "accounts.google.com" }, "Action": "sts:AssumeRoleWithWebIdentity" }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Federated": "accounts.google.com" }, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": { "StringEquals": { "accounts.google.com:aud": "66677788899900pro0" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html'],
  },
  messages: {
    missing: "No condition restricts which identities of '{{provider}}' may assume the role; add a condition on {{provider}}:aud or {{provider}}:sub.",
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      if (effectOf(s) !== 'Allow') continue;
      for (const o of oidcPrincipals(s)) {
        if (isGitHubProvider(o.prefix) || providerEntries(s, o.prefix).length > 0) continue;
        ctx.report({ node: o.principal.node, messageId: 'missing', data: { provider: o.prefix } });
      }
    }
  },
});

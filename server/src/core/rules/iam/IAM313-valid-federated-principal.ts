// IAM313 INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY: a Federated principal is a SAML or
// OIDC provider ARN, or a web identity provider's domain.

import { principalValues } from '../../iam/principals';
import { statementsOf } from '../shared/iam';
import { defineRule } from '../types';

const PROVIDER_ARN = /^arn:[a-z-]+:iam::[^:\s]+:(saml-provider\/[\w+=,.@-]+|oidc-provider\/[A-Za-z0-9.-]+(\/[\w./-]*)?)$/;
const DOMAIN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;

export default defineRule({
  id: 'IAM313',
  name: 'valid-federated-principal',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['trust'],
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'A `Federated` principal is a SAML or OIDC provider ARN, or a web identity domain such as `accounts.google.com`.',
    why: 'IAM rejects other values (Access Analyzer: INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY). Common slips: a URL with `https://`, a provider name without its ARN, or a role ARN under Federated.',
    invalid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Federated": "https://token.actions.githubusercontent.com" }, "Action": "sts:AssumeRoleWithWebIdentity" }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" }, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": { "StringEquals": { "token.actions.githubusercontent.com:sub": "repo:octo-org/octo-repo:ref:refs/heads/main" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-federated-web-identity'],
  },
  messages: {
    invalid: "'{{value}}' is not a federated principal: use a SAML or OIDC provider ARN (arn:aws:iam::<account>:saml-provider/<name>) or a provider domain.",
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      for (const p of principalValues(s.principal)) {
        if (p.key !== 'Federated' || ctx.isPlaceholder(p.node) || p.value.indexOf('${') !== -1) continue;
        if (PROVIDER_ARN.test(p.value) || DOMAIN.test(p.value)) continue;
        ctx.report({ node: p.node, messageId: 'invalid', data: { value: p.value } });
      }
    }
  },
});

// IAM314 MISMATCHED_ACTION_FOR_PRINCIPAL: each kind of principal assumes a role with its own STS action.

import { PrincipalKind, principalKind, principalValues } from '../../iam/principals';
import { literalStrings, statementsOf } from '../shared/iam';
import { defineRule } from '../types';

/** Which principal kinds may use an assume action (lower-cased). */
const ALLOWED: Readonly<Record<string, (k: PrincipalKind) => boolean>> = {
  'sts:assumerolewithsaml': (k) => k === 'saml-provider',
  'sts:assumerolewithwebidentity': (k) => k === 'oidc-provider' || k === 'web-identity',
  'sts:assumerole': (k) => k !== 'saml-provider' && k !== 'oidc-provider' && k !== 'web-identity',
};

const NEEDED: Readonly<Record<string, string>> = {
  'saml-provider': 'sts:AssumeRoleWithSAML',
  'oidc-provider': 'sts:AssumeRoleWithWebIdentity',
  'web-identity': 'sts:AssumeRoleWithWebIdentity',
};

export default defineRule({
  id: 'IAM314',
  name: 'valid-action-for-principal',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['trust'],
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'SAML providers use `sts:AssumeRoleWithSAML`, OIDC providers `sts:AssumeRoleWithWebIdentity`, AWS and service principals `sts:AssumeRole`.',
    why: 'Each principal can call only its own STS API: a statement that lets a SAML provider use `sts:AssumeRoleWithWebIdentity` never matches, and AWS rejects the mismatch (Access Analyzer: MISMATCHED_ACTION_FOR_PRINCIPAL).',
    invalid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Federated": "arn:aws:iam::111122223333:saml-provider/Corp" }, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": { "StringEquals": { "SAML:aud": "https://signin.aws.amazon.com/saml" } } }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Federated": "arn:aws:iam::111122223333:saml-provider/Corp" }, "Action": ["sts:AssumeRoleWithSAML", "sts:TagSession"], "Condition": { "StringEquals": { "SAML:aud": "https://signin.aws.amazon.com/saml" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp.html'],
  },
  messages: {
    mismatch: "'{{action}}' cannot be used by {{principal}}; it assumes roles with {{needed}}.",
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      const kinds = principalValues(s.principal).map((p) => ({ p, kind: principalKind(p.key, p.value) }));
      if (kinds.length === 0 || kinds.some((k) => k.kind === 'everyone' || k.kind === 'other')) continue;
      for (const a of literalStrings(ctx, s.action)) {
        const allowed = ALLOWED[a.value.toLowerCase()];
        if (allowed === undefined || kinds.some((k) => allowed(k.kind))) continue;
        const first = kinds[0];
        const needed = NEEDED[first.kind] ?? 'sts:AssumeRole';
        ctx.report({ node: a, messageId: 'mismatch', data: { action: a.value, principal: `'${first.p.value}'`, needed } });
      }
    }
  },
});

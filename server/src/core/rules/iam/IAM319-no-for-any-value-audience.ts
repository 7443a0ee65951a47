// IAM319 FORANYVALUE_WITH_AUDIENCE_CLAIM_TYPE: `ForAnyValue:` on a single-valued `aud` claim.

import { entriesOf } from '../shared/condition-values';
import { isAudienceKey } from '../shared/oidc';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM319',
  name: 'no-for-any-value-audience',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  tags: ['security'],
  docs: {
    summary: "Don't use `ForAnyValue:` with an identity provider's `aud` claim.",
    why: 'The audience claim is single-valued. `ForAnyValue:StringEquals` on it behaves unexpectedly when the claim is absent or has no values, and suggests a set comparison that does not exist (Access Analyzer: FORANYVALUE_WITH_AUDIENCE_CLAIM_TYPE). Use `StringEquals`.',
    invalid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Federated": "accounts.google.com" }, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": { "ForAnyValue:StringEquals": { "accounts.google.com:aud": "66677788899900pro0" } } }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Federated": "accounts.google.com" }, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": { "StringEquals": { "accounts.google.com:aud": "66677788899900pro0" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif'],
  },
  messages: {
    forAnyValue: "'{{key}}' is single-valued; use {{fixed}} instead of {{operator}}.",
  },
  check(ctx) {
    for (const e of entriesOf(ctx)) {
      if (e.operator?.qualifier !== 'ForAnyValue' || !isAudienceKey(e.key)) continue;
      const fixed = e.operator.canonical.replace(/^ForAnyValue:/, '');
      ctx.report({ node: e.keyProp.key, messageId: 'forAnyValue', data: { key: e.key, operator: e.operator.canonical, fixed } });
    }
  },
});

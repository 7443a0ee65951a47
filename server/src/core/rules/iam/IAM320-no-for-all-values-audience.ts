// IAM320 CONFIRM_AUDIENCE_CLAIM_TYPE: `ForAllValues:` on a single-valued `aud` claim.

import { entriesOf } from '../shared/condition-values';
import { isAudienceKey } from '../shared/oidc';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM320',
  name: 'no-for-all-values-audience',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'info',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: "Don't use `ForAllValues:` with an identity provider's `aud` claim.",
    why: 'The audience claim is single-valued, so a set qualifier adds nothing; `ForAllValues:` also matches when the claim is missing (Access Analyzer: CONFIRM_AUDIENCE_CLAIM_TYPE). Use `StringEquals`.',
    invalid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Federated": "accounts.google.com" }, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": { "ForAllValues:StringEquals": { "accounts.google.com:aud": "66677788899900pro0" } } }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-trust-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Federated": "accounts.google.com" }, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": { "StringEquals": { "accounts.google.com:aud": "66677788899900pro0" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif'],
  },
  messages: {
    forAllValues: "'{{key}}' is single-valued; use {{fixed}} instead of {{operator}}.",
  },
  check(ctx) {
    for (const e of entriesOf(ctx)) {
      if (e.operator?.qualifier !== 'ForAllValues' || !isAudienceKey(e.key)) continue;
      const fixed = e.operator.canonical.replace(/^ForAllValues:/, '');
      ctx.report({ node: e.keyProp.key, messageId: 'forAllValues', data: { key: e.key, operator: e.operator.canonical, fixed } });
    }
  },
});

// IAM301 UNSUPPORTED_PRINCIPAL: identity policies (and boundaries, session policies) apply to whoever
// holds them; they cannot name a Principal.

import { flavorOf, removeProperty } from '../fixes';
import { statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM301',
  name: 'no-principal-in-identity-policy',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['identity', 'boundary', 'session'],
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Identity policies, permissions boundaries and session policies cannot have `Principal` or `NotPrincipal`.',
    why: 'An identity policy applies to the user, group or role it is attached to; IAM rejects a Principal in it (Access Analyzer: UNSUPPORTED_PRINCIPAL). A Principal usually means the statement was copied from a resource policy (bucket, queue, key) or a trust policy.',
    invalid: [{ format: 'json', kind: 'iam-identity-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "Action": "s3:GetObject", "Resource": "*" }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-identity-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" }]\n}\n' }],
    fixSafety: 'Removing the Principal is offered as a suggestion: if the document is really a resource policy, choose that kind instead (status bar or awspolicy.files.associations).',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html'],
  },
  messages: {
    principal: '{{element}} is not allowed in an {{type}}; it applies to the identity it is attached to.',
  },
  check(ctx) {
    const type = ctx.unit.policyType === 'boundary' ? 'permissions boundary' : ctx.unit.policyType === 'session' ? 'session policy' : 'identity policy';
    for (const s of statementsOf(ctx)) {
      for (const prop of [s.principal, s.notPrincipal]) {
        if (prop === undefined) continue;
        ctx.report({ node: prop.key, messageId: 'principal', data: { element: prop.key.value, type }, fixes: [{ title: `Remove ${prop.key.value}`, safety: 'suggestion', edits: [removeProperty(ctx.doc, prop, flavorOf(ctx.doc, ctx.unit))] }] });
      }
    }
  },
});

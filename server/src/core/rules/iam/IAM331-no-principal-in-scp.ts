// IAM331 SCP_SYNTAX_ERROR_PRINCIPAL: SCPs apply to the principals of the accounts they are attached
// to; they cannot name a Principal.

import { flavorOf, removeProperty } from '../fixes';
import { statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM331',
  name: 'no-principal-in-scp',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['scp'],
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Service control policies cannot have `Principal` or `NotPrincipal`.',
    why: 'An SCP applies to every IAM user and role of the accounts it is attached to; AWS Organizations rejects a Principal in it (Access Analyzer: SCP_SYNTAX_ERROR_PRINCIPAL). To exempt principals, use a condition on `aws:PrincipalArn`.',
    invalid: [{ format: 'json', kind: 'iam-scp', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Principal": "*", "Action": "s3:DeleteBucket", "Resource": "*" }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-scp', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Action": "s3:DeleteBucket", "Resource": "*", "Condition": { "ArnNotLike": { "aws:PrincipalArn": "arn:aws:iam::*:role/Admin" } } }]\n}\n' }],
    fixSafety: 'Removing the Principal is safe when it was `"*"` (the SCP applies to all principals anyway); otherwise it widens the statement, so it is a suggestion.',
    references: ['https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_syntax.html'],
  },
  messages: {
    principal: '{{element}} is not supported in an SCP; exempt principals with a condition on aws:PrincipalArn.',
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      for (const prop of [s.principal, s.notPrincipal]) {
        if (prop === undefined) continue;
        const star = prop === s.principal && prop.value?.type === 'string' && prop.value.value === '*';
        ctx.report({ node: prop.key, messageId: 'principal', data: { element: prop.key.value }, fixes: [{ title: `Remove ${prop.key.value}`, safety: star ? 'safe' : 'suggestion', preferred: star, edits: [removeProperty(ctx.doc, prop, flavorOf(ctx.doc, ctx.unit))] }] });
      }
    }
  },
});

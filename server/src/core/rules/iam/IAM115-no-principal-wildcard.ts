// IAM115 UNSUPPORTED_WILDCARD_IN_PRINCIPAL: `*` and `?` are not patterns inside principal values; only
// the whole value `*` (everyone) is allowed.

import { principalValues } from '../../iam/principals';
import { statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM115',
  name: 'no-principal-wildcard',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Principal values cannot use `*` or `?` as wildcards (only the whole value `"*"`).',
    why: 'IAM does not match principals with patterns: `arn:aws:iam::111122223333:role/app-*` is rejected (Access Analyzer: UNSUPPORTED_WILDCARD_IN_PRINCIPAL). To match several roles, use `"Principal": {"AWS": "*"}` with a condition on `aws:PrincipalArn` (ArnLike).',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/app-*" }, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*" }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "*" }, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*", "Condition": { "ArnLike": { "aws:PrincipalArn": "arn:aws:iam::111122223333:role/app-*" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-anonymous'],
  },
  messages: {
    wildcard: "'{{value}}': wildcards are not supported in principals; use \"*\" with an aws:PrincipalArn condition (ArnLike).",
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      for (const p of [...principalValues(s.principal), ...principalValues(s.notPrincipal)]) {
        if (p.value === '*' || ctx.isPlaceholder(p.node)) continue;
        if (p.value.indexOf('*') === -1 && p.value.indexOf('?') === -1) continue;
        ctx.report({ node: p.node, messageId: 'wildcard', data: { value: p.value } });
      }
    }
  },
});

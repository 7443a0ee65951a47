// SEC401 ALLOW_WITH_NOT_PRINCIPAL: Allow with NotPrincipal grants access to everyone not listed, anonymous users included.

import { statementModels } from '../../iam/grants';
import { policyView } from '../../iam/policy';
import { defineRule } from '../types';

export default defineRule({
  id: 'SEC401',
  name: 'no-allow-not-principal',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'preview',
  since: '0.2.0',
  tags: ['security'],
  docs: {
    summary: '`Allow` with `NotPrincipal` grants access to every principal not listed, including anonymous users.',
    why: 'NotPrincipal in an Allow statement means "everyone except": every AWS account and unauthenticated callers included. It is only meant for narrow Deny statements, and AWS recommends condition keys such as `aws:PrincipalArn` even there. Access Analyzer reports it as ALLOW_WITH_NOT_PRINCIPAL.',
    invalid: [{ format: 'json', kind: 'iam-resource-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "NotPrincipal": { "AWS": "arn:aws:iam::111122223333:role/blocked" }, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::data/*" }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-resource-policy', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/reader" }, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::data/*" }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html'],
  },
  messages: {
    notPrincipal: 'Allow with NotPrincipal grants access to every principal not listed, anonymous users included; name the principals to allow.',
  },
  check(ctx) {
    const policy = policyView(ctx.unit.root);
    if (policy === undefined) return;
    for (const s of statementModels(policy)) {
      if (s.effect === 'Allow' && s.principals?.negated) ctx.report({ node: s.principals.prop.key, messageId: 'notPrincipal' });
    }
  },
});

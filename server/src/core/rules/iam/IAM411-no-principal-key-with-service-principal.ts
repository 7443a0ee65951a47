// IAM411 UNSUPPORTED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL: keys about an IAM caller (organization,
// account, ARN, tags) are absent when a service principal calls, so the condition never matches.

import { conditionEntries } from '../../iam/conditions';
import { PRINCIPAL_IDENTITY_KEYS, keyIn } from '../../iam/knowledge';
import { statementsOf } from '../shared/iam';
import { onlyServicePrincipals } from '../shared/service-principals';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM411',
  name: 'no-principal-key-with-service-principal',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Principal keys (`aws:PrincipalOrgID`, `aws:PrincipalArn`, ...) do not apply to service principals.',
    why: 'When a service such as CloudFront calls with its own service principal, the request has no principal organization, account, ARN or tags; a condition on them never matches, so the grant is dead (Access Analyzer: UNSUPPORTED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL). Use `aws:SourceArn`, `aws:SourceAccount` or `aws:SourceOrgID`.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Service": "cloudfront.amazonaws.com" }, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*", "Condition": { "StringEquals": { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Service": "cloudfront.amazonaws.com" }, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*", "Condition": { "StringEquals": { "aws:SourceOrgID": "o-a1b2c3d4e5" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalorgid'],
  },
  messages: {
    unsupported: "'{{key}}' is not set when a service principal calls; use aws:SourceArn, aws:SourceAccount or aws:SourceOrgID.",
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      if (!onlyServicePrincipals(s)) continue;
      for (const e of conditionEntries(s)) {
        if (e.operator?.base.family === 'Null' || e.operator?.ifExists) continue;
        if (keyIn(PRINCIPAL_IDENTITY_KEYS, e.key)) ctx.report({ node: e.keyProp.key, messageId: 'unsupported', data: { key: e.key } });
      }
    }
  },
});

// IAM344 RCP_MISSING_RELATED_PRINCIPAL_CONDITION_KEY: an RCP Deny on a principal key must exclude AWS
// service principals, which carry no such key.

import { hasTest, rcpDenyEntries, RCP_PRINCIPAL_KEYS } from '../shared/rcp';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM344',
  name: 'rcp-principal-key-needs-service-check',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['rcp'],
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'An RCP Deny that tests a principal key (`aws:PrincipalOrgID`, ...) should add `"BoolIfExists": {"aws:PrincipalIsAWSService": "false"}`.',
    why: 'AWS services that act with their own service principal (CloudTrail writing to a bucket, for example) have no `aws:PrincipalOrgID`; `StringNotEqualsIfExists` then lets them through, but `StringNotEquals` denies them and breaks the integration. The companion condition makes the intent explicit (Access Analyzer: RCP_MISSING_RELATED_PRINCIPAL_CONDITION_KEY).',
    invalid: [{ format: 'json', kind: 'iam-rcp', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*", "Condition": { "StringNotEqualsIfExists": { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } } }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-rcp', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*", "Condition": { "StringNotEqualsIfExists": { "aws:PrincipalOrgID": "o-a1b2c3d4e5" }, "BoolIfExists": { "aws:PrincipalIsAWSService": "false" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html', 'https://github.com/aws-samples/data-perimeter-policy-examples'],
  },
  messages: {
    missing: "'{{key}}' is absent for AWS service principals; add \"BoolIfExists\": {\"aws:PrincipalIsAWSService\": \"false\"} to this statement.",
  },
  check(ctx) {
    for (const { statement, entries } of rcpDenyEntries(ctx, RCP_PRINCIPAL_KEYS)) {
      if (hasTest(statement, 'Bool', ['aws:PrincipalIsAWSService'], 'false')) continue;
      for (const e of entries) ctx.report({ node: e.keyProp.key, messageId: 'missing', data: { key: e.key } });
    }
  },
});

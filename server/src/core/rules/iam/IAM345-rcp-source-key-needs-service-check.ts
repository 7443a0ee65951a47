// IAM345 RCP_MISSING_RELATED_SERVICE_PRINCIPAL_CONDITION_KEY: an RCP Deny on a source key should apply
// only to AWS service principals.

import { hasTest, rcpDenyEntries, RCP_SOURCE_KEYS } from '../shared/rcp';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM345',
  name: 'rcp-source-key-needs-service-check',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['rcp'],
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'An RCP Deny that tests a source key (`aws:SourceOrgID`, `aws:SourceAccount`, ...) should add `"Bool": {"aws:PrincipalIsAWSService": "true"}`.',
    why: '`aws:SourceAccount` and its siblings are set only when a service principal calls on behalf of a resource; without the companion condition the Deny also applies to IAM principals, which never carry the key (Access Analyzer: RCP_MISSING_RELATED_SERVICE_PRINCIPAL_CONDITION_KEY).',
    invalid: [{ format: 'json', kind: 'iam-rcp', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*", "Condition": { "StringNotEqualsIfExists": { "aws:SourceOrgID": "o-a1b2c3d4e5" }, "Null": { "aws:SourceAccount": "false" } } }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-rcp', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*", "Condition": { "StringNotEqualsIfExists": { "aws:SourceOrgID": "o-a1b2c3d4e5" }, "Null": { "aws:SourceAccount": "false" }, "Bool": { "aws:PrincipalIsAWSService": "true" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html', 'https://github.com/aws-samples/resource-control-policy-examples'],
  },
  messages: {
    missing: "'{{key}}' is set only for AWS service principals; add \"Bool\": {\"aws:PrincipalIsAWSService\": \"true\"} to this statement.",
  },
  check(ctx) {
    for (const { statement, entries } of rcpDenyEntries(ctx, RCP_SOURCE_KEYS)) {
      if (hasTest(statement, 'Bool', ['aws:PrincipalIsAWSService'], 'true')) continue;
      for (const e of entries) ctx.report({ node: e.keyProp.key, messageId: 'missing', data: { key: e.key } });
    }
  },
});

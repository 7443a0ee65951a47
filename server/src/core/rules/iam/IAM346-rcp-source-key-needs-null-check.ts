// IAM346 RCP_MISSING_SERVICE_CONDITION_KEY_NULL_CHECK: an RCP Deny on a source key should apply only
// when the request carries a source.

import { hasTest, rcpDenyEntries, RCP_SOURCE_KEYS } from '../shared/rcp';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM346',
  name: 'rcp-source-key-needs-null-check',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['rcp'],
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'An RCP Deny that tests a source key should add `"Null": {"aws:SourceAccount": "false"}`.',
    why: 'Services do not send `aws:SourceAccount`/`aws:SourceArn` for every call (for example when they act on their own resources). Without a Null check on the key, the Deny blocks those calls too (Access Analyzer: RCP_MISSING_SERVICE_CONDITION_KEY_NULL_CHECK).',
    invalid: [{ format: 'json', kind: 'iam-rcp', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*", "Condition": { "StringNotEqualsIfExists": { "aws:SourceOrgID": "o-a1b2c3d4e5" }, "Bool": { "aws:PrincipalIsAWSService": "true" } } }]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-rcp', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*", "Condition": { "StringNotEqualsIfExists": { "aws:SourceOrgID": "o-a1b2c3d4e5" }, "Null": { "aws:SourceAccount": "false" }, "Bool": { "aws:PrincipalIsAWSService": "true" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html', 'https://github.com/aws-samples/resource-control-policy-examples'],
  },
  messages: {
    missing: "Add \"Null\": {\"aws:SourceAccount\": \"false\"} so that this Deny on '{{key}}' applies only to requests that carry a source.",
  },
  check(ctx) {
    for (const { statement, entries } of rcpDenyEntries(ctx, RCP_SOURCE_KEYS)) {
      if (hasTest(statement, 'Null', ['aws:SourceAccount', 'aws:SourceArn', ...entries.map((e) => e.key)], 'false')) continue;
      for (const e of entries) ctx.report({ node: e.keyProp.key, messageId: 'missing', data: { key: e.key } });
    }
  },
});

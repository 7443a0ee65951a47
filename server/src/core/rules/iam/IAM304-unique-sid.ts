// IAM304 UNIQUE_SIDS_REQUIRED: duplicate Sids where the service rejects them (SCPs, RCPs, SQS and SNS).

import { reportDuplicateSids, requiresUniqueSids } from '../shared/sids';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM304',
  name: 'unique-sid',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  policyTypes: ['identity', 'boundary', 'session', 'trust', 'scp', 'rcp', 'resource'],
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Sids must be unique in IAM policies, SCPs, RCPs and SQS queue and SNS topic policies.',
    why: '"In IAM, the Sid value must be unique within a JSON policy" (IAM User Guide); AWS Organizations and the SQS and SNS policy stores also reject a policy in which two statements share a Sid (Access Analyzer: UNIQUE_SIDS_REQUIRED; cfn-lint E3510, E3512; parliament DUPLICATE_SID). Other services\' resource policies (S3 bucket policies, for example) accept duplicates: there it is the warning IAM112.',
    invalid: [{ format: 'json', kind: 'iam-scp', code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Sid": "Deny", "Effect": "Deny", "Action": "iam:CreateUser", "Resource": "*" },\n    { "Sid": "Deny", "Effect": "Deny", "Action": "iam:CreateAccessKey", "Resource": "*" }\n  ]\n}\n' }],
    valid: [{ format: 'json', kind: 'iam-scp', code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Sid": "DenyUsers", "Effect": "Deny", "Action": "iam:CreateUser", "Resource": "*" },\n    { "Sid": "DenyKeys", "Effect": "Deny", "Action": "iam:CreateAccessKey", "Resource": "*" }\n  ]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html', 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_scp-syntax.html'],
  },
  messages: {
    duplicate: "Sid '{{sid}}' is used by an earlier statement; this policy type requires unique Sids.",
  },
  check(ctx) {
    if (requiresUniqueSids(ctx.unit)) reportDuplicateSids(ctx);
  },
});

// IAM205 INVALID_GLOBAL_CONDITION_KEY: an `aws:` condition key that does not exist.

import { reportUnknownKeys } from '../shared/condition-keys';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM205',
  name: 'valid-global-condition-key',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: '`aws:` condition keys must be global condition keys that exist (`aws:SourceIp`, `aws:PrincipalOrgID`, ...).',
    why: 'A misspelt global key is never present in the request: a positive condition never matches and a negated one always does, so an Allow grants nothing or a Deny applies to everything (Access Analyzer: INVALID_GLOBAL_CONDITION_KEY). Key names are case-insensitive. A key within two edits of a known one is an error (a typo); one that resembles none is only information, as it may be newer than the catalog or undocumented.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "StringEquals": { "aws:PrincipalOrgId": "o-a1b2c3d4e5", "aws:SourceArm": "arn:aws:sns:us-east-1:111122223333:topic" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": { "StringEquals": { "aws:PrincipalOrgId": "o-a1b2c3d4e5", "aws:ResourceTag/team": "blue" } } }]\n}\n' }],
    fixSafety: 'Replacing the key with a near one is a suggestion.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html'],
  },
  messages: {
    unknown: "'{{key}}' is not a global condition key in the catalog of {{date}} (AWS may have added it since).",
    unknownDidYouMean: "'{{key}}' is not a global condition key; did you mean '{{suggestion}}'?",
  },
  check(ctx) {
    reportUnknownKeys(ctx, true);
  },
});

// IAM206 INVALID_SERVICE_CONDITION_KEY: a service condition key that the service does not have.

import { reportUnknownKeys } from '../shared/condition-keys';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM206',
  name: 'valid-service-condition-key',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Service condition keys must exist in that service (`s3:prefix`, `ec2:InstanceType`, ...).',
    why: 'A key the service never sets is absent from every request: a positive condition never matches and a negated one always does (Access Analyzer: INVALID_SERVICE_CONDITION_KEY). Key names are case-insensitive. A key within two edits of a known one is an error (a typo); one that resembles none is only information with the catalog\'s date, as AWS adds keys that the reference lists later.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*", "Condition": { "StringLike": { "s3:prefixes": "home/*" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*", "Condition": { "StringLike": { "s3:prefix": "home/*" } } }]\n}\n' }],
    fixSafety: 'Replacing the key with a near one is a suggestion.',
    references: ['https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html'],
  },
  messages: {
    unknown: "'{{key}}' is not a condition key of its service in the catalog of {{date}} (AWS may have added it since).",
    unknownDidYouMean: "'{{key}}' is not a condition key of its service; did you mean '{{suggestion}}'?",
  },
  check(ctx) {
    reportUnknownKeys(ctx, false);
  },
});

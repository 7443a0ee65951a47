// IAM118 INVALID_CONDITION_KEY_FORMAT: a condition key is `prefix:name` (`aws:SourceIp`, `s3:prefix`).

import { conditionEntries } from '../../iam/conditions';
import { statementsOf } from '../shared/iam';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM118',
  name: 'valid-condition-key-format',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'error',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Condition keys have the form `prefix:name`, such as `aws:SourceIp` or `s3:prefix`.',
    why: 'A key without a service (or provider) prefix is rejected (Access Analyzer: INVALID_CONDITION_KEY_FORMAT). A common slip is writing a value or an operator where the key belongs.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*", "Condition": { "StringLike": { "prefix": "home/*" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*", "Condition": { "StringLike": { "s3:prefix": "home/*" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html'],
  },
  messages: {
    format: "'{{key}}' is not a condition key: keys are written prefix:name (aws:SourceIp, s3:prefix).",
  },
  check(ctx) {
    for (const s of statementsOf(ctx)) {
      for (const e of conditionEntries(s)) {
        if (/^[^:\s]+:\S.*$/.test(e.key) || ctx.isPlaceholder(e.keyProp.key)) continue;
        ctx.report({ node: e.keyProp.key, messageId: 'format', data: { key: e.key } });
      }
    }
  },
});

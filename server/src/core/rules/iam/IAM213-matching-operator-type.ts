// IAM213 TYPE_MISMATCH: the operator compares a type other than the key's (a String operator on a
// Numeric key, a Bool operator on a String key, ...).

import { catalogOf } from '../shared/catalog';
import { entriesOf } from '../shared/condition-values';
import { EXTRA_FAMILIES, FITTING_FAMILIES, familyFor } from '../shared/key-types';
import { defineRule } from '../types';

export default defineRule({
  id: 'IAM213',
  name: 'matching-operator-type',
  appliesTo: ['iam-policy'],
  scope: 'resource',
  defaultSeverity: 'warning',
  status: 'stable',
  since: '0.1.0',
  docs: {
    summary: 'Use an operator of the key\'s type: String operators for strings, Numeric for numbers, Date for dates, Bool for booleans, IpAddress for addresses.',
    why: 'IAM compares with the operator\'s type: `StringEquals` on `s3:max-keys` compares text (`"10"` is not `"010"`), `Bool` on a string key compares against `true`/`false`. The condition then does not test what it seems to (Access Analyzer: TYPE_MISMATCH; parliament: MISMATCHED_TYPE). String operators on ARN keys are IAM214.',
    invalid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*", "Condition": { "StringEquals": { "s3:max-keys": "10" } } }]\n}\n' }],
    valid: [{ format: 'json', code: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*", "Condition": { "NumericLessThanEquals": { "s3:max-keys": "10" }, "DateGreaterThan": { "aws:CurrentTime": "2026-01-01T00:00:00Z" } } }]\n}\n' }],
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html'],
  },
  messages: {
    mismatch: "'{{key}}' is of type {{type}}, but {{operator}} compares {{family}} values; use a {{expected}} operator.",
  },
  check(ctx) {
    const catalog = catalogOf(ctx);
    if (catalog === undefined) return;
    for (const e of entriesOf(ctx)) {
      const op = e.operator;
      if (op === undefined || op.base.family === 'Null') continue;
      const info = catalog.conditionKey(e.key);
      if (info === undefined) continue;
      const fitting = [...FITTING_FAMILIES[info.type], ...(EXTRA_FAMILIES[info.name.toLowerCase()] ?? [])];
      if (fitting.includes(op.base.family)) continue;
      ctx.report({ node: e.keyProp.key, messageId: 'mismatch', data: { key: e.key, type: info.type, operator: op.canonical, family: op.base.family, expected: familyFor(info.type) } });
    }
  },
});
